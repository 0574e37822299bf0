/**
 * influence-score/node: Node-only helpers (reading files and streams, gzip, Parquet). The main
 * entry stays browser-safe.
 */
export { formatOf, loadContext, loadGraph, loadInfo } from './io/load.js';
export type { GraphFileFormat, LoadContextOptions, LoadGraphOptions, LoadInfo } from './io/load.js';
export { DEFAULT_MAX_BYTES } from './io/limits.js';
export type { LoadLimits } from './io/limits.js';
export type { InputSource } from './io/input-bytes.js';
export { MAX_SIDECAR_NODES, siblingMeta } from './io/sidecar.js';
export type { Direction, DirectionSource } from './io/sidecar.js';
export { parseGexf, parseGraphml, writeGexf, writeGraphml, type XmlReadOptions } from './graph/xml-formats.js';
export { withScores } from './graph/score-attributes.js';

export { createThreadPool } from './threads/pool.js';
export type { NodeThreadPool, ThreadPoolOptions } from './threads/pool.js';
