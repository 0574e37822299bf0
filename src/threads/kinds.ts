/**
 * The chunked work a worker thread can run, by name: the only place that maps a name sent by the
 * main thread to code. Every kind is also run on the calling thread by `runChunks` when there is no
 * pool, so the two paths share one implementation.
 */
import type { ChunkKind } from '../core/chunks.js';
import { bfsSumsKind, brandesBfsKind, brandesDijkstraKind, dijkstraSumsKind, pathSamplesKind } from '../scorers/centrality/parallel.js';
import { spreadsKind } from '../research/diffusion/estimate.js';
import { celfGainsKind } from '../research/maximize/celf.js';
import { rrSetsKind } from '../research/maximize/rr-sets.js';
import { powerKind } from '../research/spreading-power.js';

/** @internal Every kind a worker can run, by name. */
export const CHUNK_KINDS: ReadonlyMap<string, ChunkKind<never, unknown, unknown>> = new Map(
  ([brandesBfsKind, brandesDijkstraKind, bfsSumsKind, dijkstraSumsKind, pathSamplesKind, spreadsKind, powerKind, celfGainsKind, rrSetsKind] as unknown as ChunkKind<never, unknown, unknown>[]).map((k) => [k.name, k]),
);
