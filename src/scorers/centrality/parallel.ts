/**
 * The centrality kernels that run in chunks on worker threads (Brandes' betweenness by BFS and by
 * Dijkstra, distance sums for closeness and harmonic, path samples of approximate betweenness),
 * for the worker entry's registry.
 */
export { dijkstraKind as brandesDijkstraKind } from './internal/betweenness-brandes.js';
export { msbfsKind as brandesBfsKind } from './internal/betweenness-msbfs.js';
export { dijkstraSumsKind } from './internal/dijkstra-sums.js';
export { bfsSumsKind } from './internal/distance-sums.js';
export { pathSamplesKind } from './internal/betweenness-sample.js';
