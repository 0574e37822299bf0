/** Maps a sub-task's progress into a slice [from, to) of its parent's 0..1000 scale. */
import type { RunOptions } from '../core/run.js';

/** @internal */
export const PROGRESS_SCALE = 1000;

/** @internal RunOptions for a sub-task reporting into `[from, to)` of the parent's scale. */
export function subProgress(run: RunOptions | undefined, from: number, to: number): RunOptions | undefined {
  if (!run) return undefined;
  const { onProgress } = run;
  return {
    ...run,
    onProgress: onProgress ? (done, total) => onProgress(Math.round(from + ((to - from) * done) / Math.max(1, total)), PROGRESS_SCALE) : undefined,
  };
}
