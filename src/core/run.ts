/**
 * Cooperative cancellation, progress and pausing for long computations.
 *
 * Long computations are written as generators (a {@link Resumable}): their outer loops call
 * `control.tick()`, which throws when aborted, reports progress when due and returns `true` once a
 * time slice has passed; the generator then `yield`s. The synchronous entry points drive a
 * generator to its end in one go ({@link finishSync}); the asynchronous ones ({@link finishAsync})
 * give the event loop a turn (a macrotask) at every pause, so a timer or a user event can abort the
 * run. A generator may also yield a Promise (work done elsewhere: a nested scorer's `scoreAsync`, a
 * thread pool); the async driver resumes it with the settled value.
 */
import { InfluenceScoreError } from './errors.js';

/**
 * Work that can run on other threads: a pool created by `createThreadPool` from
 * `influence-score/node`. The core only hands it tasks; it never imports Node built-ins.
 */
export interface ThreadPool {
  /** Number of worker threads. */
  readonly size: number;
  /**
   * @internal Runs `chunks` tasks of `kind` on the workers over the shared `data` (sent once per
   * call) and hands each chunk's result to `onResult` as it arrives (in any order; the pool keeps
   * none of them); resolves once every chunk is back. If `onResult` throws, the run rejects with that error.
   */
  runChunks(kind: string, data: Record<string, unknown>, chunks: number, signal: AbortSignal | undefined, onResult: (chunk: number, result: unknown) => void): Promise<void>;
}

/** Options every long-running computation accepts. */
export interface RunOptions {
  /** Abort the computation; it throws an `ABORTED` {@link InfluenceScoreError} within about 100 ms (async forms; the sync forms check it at the same points but cannot be interrupted by a timer). */
  signal?: AbortSignal;
  /** Called with the units of work done so far and the total, at most every 50 ms and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for the parallel measures (exact and approximate betweenness, closeness,
   * harmonic, simulate, spreadingPower, evaluate, IMM, CELF), used by the async forms only. Create
   * one with `createThreadPool({ threads })` from `influence-score/node`. Results do not depend on
   * the number of threads.
   * @defaultValue none: the work runs on the calling thread
   */
  pool?: ThreadPool;
}

/** Handle returned by {@link runControl}. */
export interface RunControl {
  /**
   * Throws if aborted; reports progress when due. `done` and `total` are in the caller's units.
   * Returns `true` when a pause is due: a generator then yields (other callers ignore it).
   */
  tick(done: number, total: number): boolean;
  /**
   * Throws if aborted; returns `true` when a pause is due, without reporting progress (for work
   * before the computation proper, such as building a context).
   */
  pause(): boolean;
  /** Reports final progress. */
  finish(total: number): void;
  /** Reports progress when due, without checking the signal or pausing (for callbacks outside the run's own steps). */
  report(done: number, total: number): void;
  /** Throws if aborted, without progress reporting. */
  check(): void;
  /** Whether an async driver runs this computation (it may then yield Promises and use `pool`). */
  readonly async: boolean;
  /** The thread pool, when the caller passed one and the run is async. */
  readonly pool: ThreadPool | undefined;
  /** The caller's abort signal. */
  readonly signal: AbortSignal | undefined;
}

/** A computation that can pause: it yields at checkpoints (or yields a Promise to await) and returns its result. */
export type Resumable<T> = Generator<unknown, T, unknown>;

const PROGRESS_INTERVAL_MS = 50;
/** CPU time between two pauses of an async run: short enough for a 100 ms abort, long enough to keep the overhead small. */
let sliceMs = 10;

/** @internal For tests: pause at every checkpoint (0) or restore the default slice (10 ms). */
export function setPauseSlice(ms: number): void {
  sliceMs = ms;
}
const ASYNC = Symbol('influence-score.async');

type AsyncRun = RunOptions & { [ASYNC]?: true };

/** @internal The abort error. */
export function abortError(label: string, signal: AbortSignal): InfluenceScoreError {
  return new InfluenceScoreError('ABORTED', `${label} was aborted`, [{ path: [], message: String(signal.reason ?? 'aborted') }]);
}

/** @internal Creates the abort/progress/pause handle for one run. */
export function runControl(run: RunOptions | undefined, label: string): RunControl {
  const signal = run?.signal;
  const onProgress = run?.onProgress;
  const isAsync = (run as AsyncRun | undefined)?.[ASYNC] === true;
  // -Infinity, not 0: performance.now() counts from the thread's start, so 0 would skip the first report in a run that starts within 50 ms of it.
  let lastReport = -Infinity;
  let lastPause = performance.now();
  const check = (): void => {
    if (signal?.aborted) throw abortError(label, signal);
  };
  const pause = (now: number): boolean => {
    if (now - lastPause < sliceMs) return false;
    lastPause = now;
    return true;
  };
  return {
    check,
    async: isAsync,
    signal,
    pool: isAsync ? run?.pool : undefined,
    tick(done, total) {
      check();
      const now = performance.now();
      if (onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = now;
        onProgress(done, total);
      }
      return pause(now);
    },
    pause() {
      check();
      return pause(performance.now());
    },
    finish(total) {
      check();
      onProgress?.(total, total);
    },
    report(done, total) {
      const now = performance.now();
      if (onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = now;
        onProgress(done, total);
      }
    },
  };
}

/** @internal The RunOptions an async driver passes down, so nested runs know they may yield Promises. */
export function asyncRun(run: RunOptions | undefined): RunOptions {
  return { ...run, [ASYNC]: true } as AsyncRun;
}

/** @internal Whether `run` comes from an async driver. */
export function isAsyncRun(run: RunOptions | undefined): boolean {
  return (run as AsyncRun | undefined)?.[ASYNC] === true;
}

/** @internal Whether a value is a generator (a {@link Resumable}). */
export function isResumable<T>(value: unknown): value is Resumable<T> {
  return typeof value === 'object' && value !== null && typeof (value as Resumable<T>).next === 'function' && typeof (value as Resumable<T>).throw === 'function';
}

/** @internal Runs a computation to its end on the calling thread, without pausing. */
export function finishSync<T>(steps: Resumable<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (r.value instanceof Promise) {
      steps.return(undefined as T);
      throw new InfluenceScoreError('INTERNAL', 'a synchronous run met asynchronous work; please report this', [{ path: [], message: 'promise in sync run' }]);
    }
  }
}

let channel: { port: MessagePort; queue: (() => void)[] } | undefined;

/** Resolves in a later macrotask (after pending timers and I/O): setImmediate where it exists, else a MessageChannel, else setTimeout. */
export function nextMacrotask(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  if (typeof g.setImmediate === 'function') return new Promise((resolve) => g.setImmediate!(resolve));
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      const mc = new MessageChannel();
      const queue: (() => void)[] = [];
      mc.port1.onmessage = () => queue.shift()?.();
      channel = { port: mc.port2, queue };
    }
    const c = channel;
    return new Promise((resolve) => {
      c.queue.push(resolve);
      c.port.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * @internal Runs a computation, giving the event loop a turn at every pause and awaiting every
 * Promise it yields. Rejects with `ABORTED` as soon as `signal` fires between two slices.
 */
export async function finishAsync<T>(steps: Resumable<T>, signal: AbortSignal | undefined, label: string): Promise<T> {
  let input: unknown;
  let failure: { error: unknown } | undefined;
  for (;;) {
    const r = failure ? steps.throw(failure.error) : steps.next(input);
    failure = undefined;
    input = undefined;
    if (r.done) return r.value;
    if (r.value instanceof Promise) {
      try {
        input = await r.value;
      } catch (error) {
        failure = { error };
      }
    } else await nextMacrotask();
    if (signal?.aborted) {
      steps.return(undefined as T);
      throw abortError(label, signal);
    }
  }
}

/** @internal Runs a plain computation in a macrotask of its own, checking the signal before and after. */
export async function finishLater<T>(compute: () => T, signal: AbortSignal | undefined, label: string): Promise<T> {
  await nextMacrotask();
  if (signal?.aborted) throw abortError(label, signal);
  return compute();
}
