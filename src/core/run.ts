/**
 * Cooperative cancellation and progress for long computations. Algorithms call `tick()` inside their
 * outer loop; it is cheap enough for every iteration and checks the clock only every few calls.
 */
import { InfluenceScoreError } from './errors.js';

/** Options every long-running computation accepts. */
export interface RunOptions {
  /** Abort the computation; it throws an `ABORTED` {@link InfluenceScoreError} within about 100 ms. */
  signal?: AbortSignal;
  /** Called with the units of work done so far and the total, at most every 50 ms and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

/** Handle returned by {@link runControl}. */
export interface RunControl {
  /** Throws if aborted; reports progress when due. `done` and `total` are in the caller's units. */
  tick(done: number, total: number): void;
  /** Reports final progress. */
  finish(total: number): void;
  /** Throws if aborted, without progress reporting. */
  check(): void;
}

const PROGRESS_INTERVAL_MS = 50;

/** @internal Creates the abort/progress handle for one run. */
export function runControl(run: RunOptions | undefined, label: string): RunControl {
  const signal = run?.signal;
  const onProgress = run?.onProgress;
  let lastReport = 0;
  const check = (): void => {
    if (signal?.aborted) {
      throw new InfluenceScoreError('ABORTED', `${label} was aborted`, [
        { path: [], message: String(signal.reason ?? 'aborted') },
      ]);
    }
  };
  return {
    check,
    tick(done, total) {
      check();
      if (onProgress) {
        const now = Date.now();
        if (now - lastReport >= PROGRESS_INTERVAL_MS) {
          lastReport = now;
          onProgress(done, total);
        }
      }
    },
    finish(total) {
      check();
      onProgress?.(total, total);
    },
  };
}
