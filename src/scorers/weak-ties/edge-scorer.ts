/**
 * The per-tie counterpart of {@link Scorer}: a configured tie-strength measure that scores every
 * tie of a graph (see {@link EdgeScores}).
 */
import type { RunOptions } from '../../core/run.js';
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
}
