/**
 * loadGraph and loadContext: one front end for every file format. Both resolve the format, the
 * sidecar and the direction by the same rules (load/options.ts, sidecar.ts), read edge tables through
 * the same streaming reader (CSV/TSV: byte-level fast path + csv-parse; Parquet: hyparquet), and stop
 * with a typed `TOO_LARGE` error at the limits (limits.ts). loadGraph then builds a graphology graph
 * (load/graph.ts); loadContext keeps the columns, tens of bytes per edge, and never builds one
 * (load/context.ts). load/info.ts records what each load did.
 */
export { formatOf, type GraphFileFormat } from './load/format.js';
export type { LoadContextOptions, LoadGraphOptions, LoadRun } from './load/options.js';
export { loadInfo, type LoadInfo } from './load/info.js';
export { loadGraph } from './load/graph.js';
export { loadContext } from './load/context.js';
