/**
 * A fixed-size pool of worker threads (node:worker_threads) for the measures whose work splits into
 * independent chunks. The core hands it a chunk kind, the shared data and the number of chunks;
 * the pool copies typed arrays into SharedArrayBuffers once (cached per array, so a CSR crosses to
 * the workers once however many runs use it), sends each worker the job once, then deals chunk
 * indices to whichever worker is free and hands each result back as it arrives.
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
  /** Stops the workers. Runs in progress reject. */
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
  const shared = new WeakMap<Typed, Typed>();
  let workers: Worker[] | null = null;
  let nextId = 1;
  let closed = false;
  let busy = 0;

  const start = (): Worker[] => {
    if (!workers) {
      workers = Array.from({ length: size }, () => {
        const w = new Worker(workerFile());
        w.unref();
        return w;
      });
    }
    return workers;
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
      if (closed) return Promise.reject(new InfluenceScoreError('INVALID_INPUT', 'the thread pool is closed', [{ path: ['pool'], message: 'closed' }]));
      if (signal?.aborted) return Promise.reject(abortError(kind, signal));
      const pool = start();
      const id = nextId++;
      // Set when the run settles early: a worker's chunk checks it at every checkpoint and stops.
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      const job = { type: 'job', id, kind, data: share(data) as Record<string, unknown>, cancel } satisfies ToWorker;
      return new Promise((resolve, reject) => {
        let dealt = 0;
        let received = 0;
        let settled = false;
        const cleanup = (): void => {
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          for (const w of pool) {
            w.off('message', handlers.get(w)!);
            w.off('error', onError);
            w.postMessage({ type: 'end', id } satisfies ToWorker);
          }
          if (--busy === 0) for (const w of pool) w.unref();
        };
        const fail = (error: unknown): void => {
          if (settled) return;
          Atomics.store(cancel, 0, 1);
          cleanup();
          reject(error);
        };
        const onAbort = (): void => fail(abortError(kind, signal!));
        const onError = (error: Error): void => fail(new InfluenceScoreError('INTERNAL', `a worker thread failed: ${error.message}`, [{ path: [], message: error.message }]));
        const deal = (w: Worker): void => {
          if (dealt < chunks) w.postMessage({ type: 'chunk', id, chunk: dealt++ } satisfies ToWorker);
        };
        const handlers = new Map<Worker, (m: ToMain) => void>();
        if (busy++ === 0) for (const w of pool) w.ref();
        signal?.addEventListener('abort', onAbort);
        for (const w of pool) {
          const handler = (m: ToMain): void => {
            if (m.id !== id || settled) return;
            if (m.type === 'error') {
              fail(new InfluenceScoreError(m.code, m.message, m.issues));
              return;
            }
            received++;
            // The worker gets its next chunk before the main thread merges this one.
            if (received < chunks) deal(w);
            try {
              onResult(m.chunk, m.result);
            } catch (error) {
              fail(error);
              return;
            }
            if (received === chunks) {
              cleanup();
              resolve();
            }
          };
          handlers.set(w, handler);
          w.on('message', handler);
          w.on('error', onError);
          w.postMessage(job);
        }
        // Two chunks in flight per worker, so a worker never waits for the main thread between chunks.
        for (let round = 0; round < 2; round++) for (const w of pool) deal(w);
      });
    },
    async close() {
      closed = true;
      const pool = workers;
      workers = null;
      if (pool) await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
