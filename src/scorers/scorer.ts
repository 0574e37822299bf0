/**
 * The scorer contract. Every measure is a factory that validates its options once and returns a
 * {@link Scorer}; composites are scorers too, so they nest.
 * It sits at the base of the scorers layer, just above the context it scores, so the core (vectors,
 * errors, rng, run control) depends on nothing; see the README's Development section for the layers.
 */
import type { AbstractGraph } from 'graphology-types';
import type { ColumnarGraph } from '../context/columnar-graph.js';
import type { ScoringContext } from '../context/context.js';
import { isAsyncRun, type Resumable, type RunOptions } from '../core/run.js';
import type { ScoreVector } from '../core/score-vector.js';

/**
 * A graphology graph (any type), a prepared {@link ScoringContext}, or the edge columns of a
 * context built without a graph (`ctx.source` of `contextFromColumns` / `loadContext`).
 */
export type ScoreInput = AbstractGraph | ScoringContext | ColumnarGraph;

/** A configured measure of influence. */
export interface Scorer {
  /** Stable id, e.g. `'pagerank'`. */
  readonly id: string;
  /** Human name, e.g. `'PageRank'`. */
  readonly label: string;
  /** The formula in a line or two, with its citation. */
  readonly description: string;
  /** Declared bounds of the values (may be infinite). */
  readonly range: readonly [number, number];
  /** Whether larger values mean more influence. */
  readonly higherIsBetter: boolean;
  /** The resolved parameters (defaults filled in). */
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * Scores every node.
   * @param input - a graphology graph, or a ScoringContext to reuse its CSR.
   * @param run - abort signal and progress callback.
   */
  score(input: ScoreInput, run?: RunOptions): ScoreVector;
  /**
   * Scores every node like {@link Scorer.score}, giving the event loop a turn every ~10 ms of work,
   * so `signal` can be a timer (`AbortSignal.timeout(50)`) and the page or server stays responsive.
   * Rejects with an `ABORTED` error within about 100 ms of the abort. With `run.pool` (Node:
   * `createThreadPool` from `influence-score/node`) the parallel measures split their work over
   * worker threads; the values do not depend on the thread count.
   * @param input - a graphology graph, or a ScoringContext to reuse its CSR.
   * @param run - abort signal, progress callback and thread pool.
   * @example
   * ```ts
   * const v = await closeness().scoreAsync(graph, { signal: AbortSignal.timeout(5_000) });
   * ```
   */
  scoreAsync(input: ScoreInput, run?: RunOptions): Promise<ScoreVector>;
}

/**
 * @internal The resumable form of each library-made scorer, keyed by its `score` function: a copy
 * that replaces `score` (`{ ...scorer, score: wrapped }`) is then a hand-written scorer, not a
 * bypass of the wrapper.
 */
export const SCORE_STEPS = new WeakMap<Scorer['score'], (input: ScoreInput, run?: RunOptions) => Resumable<ScoreVector>>();
/** @internal The library's own `scoreAsync` functions (a copy that wraps `score` but keeps one of these must go through `score`). */
export const LIBRARY_SCORE_ASYNC = new WeakSet<Scorer['scoreAsync']>();

/**
 * @internal Scores `input` with `scorer` inside a resumable computation: the library's scorers pause
 * with their caller; a hand-written scorer runs through its `scoreAsync` in an async run and through
 * `score` otherwise.
 */
export function* scoreSteps(scorer: Scorer, input: ScoreInput, run?: RunOptions): Resumable<ScoreVector> {
  const own = SCORE_STEPS.get(scorer.score);
  if (own) return yield* own(input, run);
  if (isAsyncRun(run) && typeof scorer.scoreAsync === 'function' && !LIBRARY_SCORE_ASYNC.has(scorer.scoreAsync)) {
    return (yield scorer.scoreAsync(input, run)) as ScoreVector;
  }
  return scorer.score(input, run);
}
