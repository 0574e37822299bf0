/**
 * The per-tie counterpart of {@link Scorer}: a configured tie-strength measure that scores every
 * tie of a graph (see {@link EdgeScores}).
 */
import { isAsyncRun, type Resumable, type RunOptions } from '../../core/run.js';
import type { ScoreInput } from '../scorer.js';
import type { EdgeScores } from './edge-scores.js';

/** A configured per-tie measure, e.g. `edgeOverlap()`. */
export interface EdgeScorer {
  /** Stable id, e.g. `'overlap'`. */
  readonly id: string;
  /** Human name. */
  readonly label: string;
  /** The formula in a line or two, with its citation. */
  readonly description: string;
  /** Declared bounds of the values. */
  readonly range: readonly [number, number];
  /** The resolved parameters (defaults filled in). */
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * Scores every tie.
   * @param input - a graphology graph, or a ScoringContext to reuse its CSR.
   * @param run - abort signal and progress callback.
   */
  score(input: ScoreInput, run?: RunOptions): EdgeScores;
  /**
   * Scores every tie like `score`, giving the event loop a turn every ~10 ms so a timer abort works.
   * @example
   * ```ts
   * const overlap = await edgeOverlap().scoreAsync(graph, { signal: AbortSignal.timeout(1_000) });
   * ```
   */
  scoreAsync(input: ScoreInput, run?: RunOptions): Promise<EdgeScores>;
}

/** @internal The resumable form of each library-made per-tie measure, keyed by its `score` function (see `SCORE_STEPS`). */
export const EDGE_SCORE_STEPS = new WeakMap<EdgeScorer['score'], (input: ScoreInput, run?: RunOptions) => Resumable<EdgeScores>>();
/** @internal The library's own per-tie `scoreAsync` functions. */
export const LIBRARY_EDGE_SCORE_ASYNC = new WeakSet<EdgeScorer['scoreAsync']>();

/** @internal Scores ties inside a resumable computation (see `scoreSteps` for node scorers). */
export function* edgeScoreSteps(measure: EdgeScorer, input: ScoreInput, run?: RunOptions): Resumable<EdgeScores> {
  const own = EDGE_SCORE_STEPS.get(measure.score);
  if (own) return yield* own(input, run);
  if (isAsyncRun(run) && typeof measure.scoreAsync === 'function' && !LIBRARY_EDGE_SCORE_ASYNC.has(measure.scoreAsync)) return (yield measure.scoreAsync(input, run)) as EdgeScores;
  return measure.score(input, run);
}
