/**
 * The scorer contract. Every measure is a factory that validates its options once and returns a
 * {@link Scorer}; composites are scorers too, so they nest.
 * It sits at the base of the scorers layer, just above the context it scores, so the core (vectors,
 * errors, rng, run control) depends on nothing; see the README's Development section for the layers.
 */
import type { AbstractGraph } from 'graphology-types';
import type { ColumnarGraph } from '../context/columnar-graph.js';
import type { ScoringContext } from '../context/context.js';
import type { RunOptions } from '../core/run.js';
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
}
