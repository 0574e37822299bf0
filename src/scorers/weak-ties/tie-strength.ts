/**
 * Weak or strong: classifies every tie by a tie-strength measure (overlap, embeddedness, Simmelian
 * strength, interaction strength, or any EdgeScorer) against a threshold. A tie is weak when its
 * strength is at most the threshold; the threshold is a fixed value, or the q-quantile of the
 * measure over all ties (linear interpolation, numpy's default). Granovetter's weak ties are the
 * low-overlap, low-interaction ones (Onnela et al. 2007).
 * Granovetter, M. (1973). The strength of weak ties. AJS 78(6), 1360–1380.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import { finishSync, type RunOptions } from '../../core/run.js';
import type { ScoreInput } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { contextFor } from '../create-scorer.js';
import type { EdgeScorer } from './edge-scorer.js';
import { createEdgeScores, type EdgeScores } from './edge-scores.js';
import { tiePairs } from './internal/pairs.js';
import { classifyTies, resolveMeasure, type TieMeasure, type TieThreshold, tieOptionFields } from './internal/tie-options.js';
export type { TieMeasure, TieThreshold } from './internal/tie-options.js';

const schema = z.object({ ...tieOptionFields, view: z.custom<ViewOptions>().optional() }).strict();

/** Options of {@link tieStrength} (and the tie options of weakTieReach and bridging). */
export interface TieStrengthOptions {
  /**
   * The strength measure: `'overlap'` (Onnela), `'embeddedness'`, `'simmelian'`, `'interaction'`
   * (type weights 1; pass `interactionStrength({ typeWeights })` to weigh types), or any EdgeScorer
   * whose larger values mean stronger ties.
   * @defaultValue `'overlap'`
   */
  strength?: TieMeasure | EdgeScorer;
  /**
   * A tie is weak when its strength is ≤ this: a fixed value, or `{ quantile: q }`, the q-quantile of
   * the strength over all ties (so `{ quantile: 0.5 }` makes at least half the ties weak).
   * @defaultValue `{ quantile: 0.5 }`
   */
  threshold?: TieThreshold;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/** Every tie with its strength and class: {@link EdgeScores} plus the weak flags. */
export interface TieClasses extends EdgeScores {
  /** 1 where tie `i` is weak, 0 where strong. */
  readonly weak: Uint8Array;
  /** The threshold used (the quantile resolved to a value). */
  readonly threshold: number;
  /** How many ties are weak. */
  readonly weakCount: number;
  /** Whether the tie between two accounts is weak; `undefined` when they are not tied. */
  isWeak(u: string, v: string): boolean | undefined;
}

/** A configured weak/strong classifier, see {@link tieStrength}. */
export interface TieStrength {
  /** The measure ties are ranked by. */
  readonly measure: EdgeScorer;
  /** The threshold as configured. */
  readonly threshold: TieThreshold;
  /**
   * Scores and classifies every tie of the graph.
   * @param input - a graphology graph, or a ScoringContext.
   * @param run - abort signal and progress callback.
   */
  classify(input: ScoreInput, run?: RunOptions): TieClasses;
}

/**
 * A weak/strong tie classifier.
 *
 * @example
 * ```ts
 * const ties = tieStrength({ strength: 'overlap', threshold: { quantile: 0.25 } }).classify(graph);
 * ties.isWeak('alice', 'bob'); // true when their overlap is in the lowest quarter
 * ties.weakCount;
 * ```
 */
export function tieStrength(options: TieStrengthOptions = {}): TieStrength {
  const { view, strength, threshold } = parseOptions(schema, options, 'tieStrength');
  const measure = resolveMeasure(strength, view);
  return {
    measure,
    threshold,
    classify(input, run) {
      const started = performance.now();
      const ctx = contextFor(input, view);
      const pairs = tiePairs(ctx);
      const classes = finishSync(classifyTies(measure, threshold, ctx, run));
      let weakCount = 0;
      for (let p = 0; p < pairs.m; p++) weakCount += classes.weak[p];
      const scores = createEdgeScores(ctx, pairs, classes.values, {
        measure: measure.id,
        params: { ...measure.params, threshold, resolvedThreshold: classes.threshold },
        range: measure.range,
        elapsedMs: performance.now() - started,
        warnings: classes.warnings,
      });
      return {
        ...scores,
        weak: classes.weak,
        threshold: classes.threshold,
        weakCount,
        isWeak(u, v) {
          const p = scores.indexOf(u, v);
          return p < 0 ? undefined : classes.weak[p] === 1;
        },
      };
    },
  };
}
