/**
 * A fixed-size pool of worker threads (node:worker_threads) for the measures whose work splits into
 * independent chunks. The core hands it a chunk kind, the shared data and the number of chunks;
 * the pool copies typed arrays into SharedArrayBuffers once (cached per array, so a CSR crosses to
 * the workers once however many runs use it), sends each worker the job once, then deals chunk
 * indices to whichever worker is free and hands each result back as it arrives.
 *
 * Each worker has one message listener, which hands a reply to its run by job id (so any number of
 * concurrent runs share it). A run never stays pending: it settles with its result, its error, an
 * abort, `POOL_CLOSED` when the pool is closed under it, or `INTERNAL` when a worker fails or exits
 * (the pool then stops its remaining workers and the next run starts fresh ones).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InfluenceScoreError } from '../core/errors.js';
import { abortError, type ThreadPool } from '../core/run.js';
import type { ToMain, ToWorker } from './messages.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/** Options of {@link createThreadPool}. */
export interface ThreadPoolOptions {
  /** Worker threads. @defaultValue `os.availableParallelism()` */
  threads?: number;
}

/** A pool of worker threads; pass it as `pool` to an async run, and `close()` it when done. */
export interface NodeThreadPool extends ThreadPool {
  /**
   * Stops the workers. Runs in progress reject with a `POOL_CLOSED` {@link InfluenceScoreError}, and
   * so does every later run on this pool.
   */
  close(): Promise<void>;
}

type Typed = Int32Array | Uint32Array | Float64Array | Uint8Array | Int8Array | Uint16Array | Int16Array | Float32Array;

function workerFile(): string | URL {
  // The CommonJS build defines __dirname and ships worker.cjs beside node.cjs; the ESM build ships worker.js.
  if (typeof __dirname === 'string') return join(__dirname, 'worker.cjs');
  return new URL('./worker.js', import.meta.url);
}

/**
 * Starts a pool of worker threads for the parallel measures (exact and approximate betweenness,
 * closeness, harmonic, simulate, spreadingPower, evaluate, and maximizeInfluence: IMM's
 * reverse-reachable sets, CELF's estimates and the final spread estimate).
 * Results never depend on the number of threads: the work is cut into chunks that depend on the
 * input only, and the chunks' results are combined in chunk order.
 *
 * @example
 * ```ts
 * import { createThreadPool } from 'influence-score/node';
 * const pool = createThreadPool({ threads: 2 });
 * try {
 *   const v = await betweenness().scoreAsync(graph, { pool });
 *   v.meta.params.threads; // 2
 * } finally {
 *   await pool.close();
 * }
 * ```
 */
export function createThreadPool(options: ThreadPoolOptions = {}): NodeThreadPool {
  checkArguments('createThreadPool', [options], [['options', argument.options]]);
  const size = options.threads ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1 || size > 256) {
    throw new InfluenceScoreError('INVALID_OPTION', 'threads must be an integer from 1 to 256', [{ path: ['threads'], field: 'threads', message: `got ${String(size)}` }]);
  }
  return startPool(size, workerFile());
}

/** One run in flight: its chunks, its callbacks and how to stop it. */
interface Run {
  readonly kind: string;
  readonly chunks: number;
  dealt: number;
  received: number;
  readonly onResult: (chunk: number, result: unknown) => void;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  /** Set to 1 when the run settles early: a worker's chunk checks it at every checkpoint and stops. */
  readonly cancel: Int32Array;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

const closedError = (what: string): InfluenceScoreError =>
  new InfluenceScoreError('POOL_CLOSED', `the thread pool is closed${what}`, [{ path: ['pool'], message: 'create a new pool with createThreadPool, or close the pool only after its runs settle' }]);

/**
 * @internal The pool on `size` workers running `file` (tests pass a scripted worker). Separate from
 * {@link createThreadPool} only so the worker file can be chosen.
 */
export function startPool(size: number, file: string | URL): NodeThreadPool {
  const shared = new WeakMap<Typed, Typed>();
  const runs = new Map<number, Run>();
  let workers: Worker[] | null = null;
  let nextId = 1;
  let closed = false;

  const deal = (w: Worker, id: number, run: Run): void => {
    if (run.dealt < run.chunks) w.postMessage({ type: 'chunk', id, chunk: run.dealt++ } satisfies ToWorker);
  };

  /** Forgets run `id`: the workers drop its job, and idle workers no longer keep the process alive. */
  const settle = (id: number, run: Run): void => {
    runs.delete(id);
    run.signal?.removeEventListener('abort', run.onAbort);
    for (const w of workers ?? []) w.postMessage({ type: 'end', id } satisfies ToWorker);
    if (runs.size === 0) for (const w of workers ?? []) w.unref();
  };

  const fail = (id: number, error: unknown): void => {
    const run = runs.get(id);
    if (!run) return;
    Atomics.store(run.cancel, 0, 1);
    settle(id, run);
    run.reject(error);
  };

  const failAll = (error: (run: Run) => InfluenceScoreError): void => {
    for (const [id, run] of [...runs]) fail(id, error(run));
  };

  const onMessage = (w: Worker, m: ToMain): void => {
    const run = runs.get(m.id);
    if (!run) return; // a run that already settled
    if (m.type === 'error') {
      fail(m.id, new InfluenceScoreError(m.code, m.message, m.issues));
      return;
    }
    run.received++;
    // The worker gets its next chunk before the main thread merges this one.
    if (run.received < run.chunks) deal(w, m.id, run);
    try {
      run.onResult(m.chunk, m.result);
    } catch (error) {
      fail(m.id, error);
      return;
    }
    if (run.received === run.chunks) {
      settle(m.id, run);
      run.resolve();
    }
  };

  /** A worker failed or exited while the pool was open: its chunks are lost, so every run fails and the next run starts fresh workers. */
  const lost = (set: Worker[], reason: string): void => {
    if (workers !== set) return; // an earlier set, already replaced
    workers = null;
    failAll((run) => new InfluenceScoreError('INTERNAL', `${run.kind}: ${reason}`, [{ path: ['pool'], message: reason }]));
    for (const w of set) void w.terminate();
  };

  const start = (): Worker[] => {
    if (workers) return workers;
    const set: Worker[] = Array.from({ length: size }, () => new Worker(file));
    for (const w of set) {
      w.unref();
      w.on('message', (m: ToMain) => onMessage(w, m));
      w.on('error', (error: Error) => lost(set, `a worker thread failed: ${error.message}`));
      w.on('exit', (code: number) => lost(set, `a worker thread exited (code ${code})`));
    }
    workers = set;
    return set;
  };

  const share = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const typed = value as Typed;
      if (typed.buffer instanceof SharedArrayBuffer) return typed;
      let copy = shared.get(typed);
      if (!copy) {
        const Ctor = typed.constructor as new (buffer: SharedArrayBuffer) => Typed;
        copy = new Ctor(new SharedArrayBuffer(typed.byteLength));
        copy.set(typed as never);
        shared.set(typed, copy);
      }
      return copy;
    }
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, share(v)]));
    }
    return value;
  };

  return {
    size,
    runChunks(kind, data, chunks, signal, onResult) {
      if (closed) return Promise.reject(closedError(`: ${kind} cannot run on it`));
      if (signal?.aborted) return Promise.reject(abortError(kind, signal));
      if (chunks === 0) return Promise.resolve();
      const pool = start();
      const id = nextId++;
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      const job = { type: 'job', id, kind, data: share(data) as Record<string, unknown>, cancel } satisfies ToWorker;
      return new Promise<void>((resolve, reject) => {
        const onAbort = (): void => fail(id, abortError(kind, signal!));
        const run: Run = { kind, chunks, dealt: 0, received: 0, onResult, resolve, reject, cancel, signal, onAbort };
        if (runs.size === 0) for (const w of pool) w.ref();
        runs.set(id, run);
        signal?.addEventListener('abort', onAbort);
        for (const w of pool) w.postMessage(job);
        // Two chunks in flight per worker, so a worker never waits for the main thread between chunks.
        for (let round = 0; round < 2; round++) for (const w of pool) deal(w, id, run);
      });
    },
    async close() {
      closed = true;
      const set = workers;
      workers = null;
      failAll((run) => closedError(` (closed while ${run.kind} was running)`));
      if (set) await Promise.all(set.map((w) => w.terminate()));
    },
  };
}
