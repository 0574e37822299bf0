/**
 * influence-score/node: Node-only helpers (reading files, gzip). The main entry stays browser-safe.
 */
export {};
