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

/**
 * @internal Progress of one batch of chunks, in the run's own units (sources, nodes, runs, RR sets):
 * the batch covers `count` units after `done` of `total`, `perChunk` per chunk (the last may hold
 * fewer). A kind's `control.tick(d, …)` counts `d` from the start of its batch; on the calling
 * thread it is reported as `done + d` of `total`, on a pool `done + perChunk · (chunks back)`,
 * capped at `done + count`, so both paths report the same units and never go back.
 */
export interface ChunkProgress {
  done: number;
  perChunk: number;
  count: number;
  total: number;
}

/**
 * @internal Runs chunks `0..chunks-1` of `kind` over `data` and hands each result to `reduce`, in
 * chunk order. On the caller's thread unless the run is async and has a pool. Returns the number of
 * threads that ran the work (1 on the caller's thread), for `meta.params.threads`.
 *
 * On a pool a result goes to `reduce` as soon as every chunk before it has gone, and is dropped
 * after: only chunks that arrive ahead of their turn wait, so a run never holds every chunk's result
 * at once. `reduce`'s third argument is the bytes of those waiting results (by `sizeOf`; 0 without
 * it or on the caller's thread), for a caller that reports its peak memory.
 */
export function* runChunks<D extends object, S, R>(
  control: RunControl,
  kind: ChunkKind<D, S, R>,
  data: D,
  chunks: number,
  reduce: (chunk: number, result: R, waitingBytes: number) => void,
  progress: ChunkProgress,
  sizeOf?: (result: R) => number,
): Resumable<number> {
  const { done, perChunk, count, total } = progress;
  const pool = control.pool;
  if (pool && pool.size > 0 && chunks > 1) {
    const waiting = new Map<number, R>();
    let waitingBytes = 0;
    let nextChunk = 0;
    let arrived = 0;
    const onResult = (chunk: number, result: unknown): void => {
      arrived++;
      control.report(done + Math.min(count, arrived * perChunk), total);
      if (chunk !== nextChunk) {
        waiting.set(chunk, result as R);
        waitingBytes += sizeOf?.(result as R) ?? 0;
        return;
      }
      reduce(nextChunk++, result as R, waitingBytes);
      for (let r = waiting.get(nextChunk); r !== undefined; r = waiting.get(nextChunk)) {
        waiting.delete(nextChunk);
        waitingBytes -= sizeOf?.(r) ?? 0;
        reduce(nextChunk++, r, waitingBytes);
      }
    };
    yield pool.runChunks(kind.name, data as Record<string, unknown>, chunks, control.signal, onResult);
    return pool.size;
  }
  // Kinds tick from the start of their batch; report that in the run's units.
  const inRunUnits: RunControl = { ...control, tick: (d) => control.tick(done + d, total), report: (d) => control.report(done + d, total) };
  const state = kind.setup(data);
  for (let c = 0; c < chunks; c++) reduce(c, yield* kind.run(state, c, inRunUnits), 0);
  return 1;
}
