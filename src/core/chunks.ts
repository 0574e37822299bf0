/**
 * Work split into a fixed list of independent chunks (sources of a shortest-path search, runs of a
 * Monte Carlo estimate). The chunking depends on the input only, never on the number of threads,
 * and results are combined in chunk order, so a run on one thread, on a pool of two or on the
 * calling thread gives bit-identical results.
 *
 * A {@link ChunkKind} is registered by name in the worker entry (`src/worker.ts`), which is the only
 * place that maps names to code; the core only sends the name, the shared data and chunk indices.
 */
import type { Resumable, RunControl } from './run.js';

/** @internal One kind of chunked work: `setup` runs once per thread and run, `run` once per chunk. */
export interface ChunkKind<D, S, R> {
  /** The name the worker entry registers it under. */
  readonly name: string;
  setup(data: D): S;
  run(state: S, chunk: number, control: RunControl): Resumable<R>;
}

/** @internal How a pooled run reports progress: `done + perChunk · (chunks done)` of `total`, in the caller's units. */
export interface ChunkProgress {
  done: number;
  perChunk: number;
  total: number;
}

/**
 * @internal Runs chunks `0..chunks-1` of `kind` over `data` and hands each result to `reduce`, in
 * chunk order. On the caller's thread unless the run is async and has a pool. Returns the number of
 * threads that ran the work (1 on the caller's thread), for `meta.params.threads`. On a pool,
 * progress is reported as chunks come back (`progress`, by default in chunks); on the caller's
 * thread the kind reports it itself.
 */
export function* runChunks<D extends object, S, R>(
  control: RunControl,
  kind: ChunkKind<D, S, R>,
  data: D,
  chunks: number,
  reduce: (chunk: number, result: R) => void,
  progress: ChunkProgress = { done: 0, perChunk: 1, total: chunks },
): Resumable<number> {
  const pool = control.pool;
  if (pool && pool.size > 0 && chunks > 1) {
    const { done, perChunk, total } = progress;
    const onResult = (finished: number): void => control.report(Math.min(total, done + finished * perChunk), total);
    const results = (yield pool.runChunks(kind.name, data as Record<string, unknown>, chunks, control.signal, onResult)) as R[];
    for (let c = 0; c < chunks; c++) reduce(c, results[c]);
    return pool.size;
  }
  const state = kind.setup(data);
  for (let c = 0; c < chunks; c++) reduce(c, yield* kind.run(state, c, control));
  return 1;
}
