/**
 * The tie-strength options shared by tieStrength, weakTieReach and bridging, and the classifier
 * they resolve to. Defaults live here and only here.
 */
import { z } from 'zod';
import type { Resumable, RunOptions } from '../../../core/run.js';
import type { ScoringContext } from '../../../context/context.js';
import type { ViewOptions } from '../../../context/view.js';
import { embeddedness } from '../embeddedness.js';
import { type EdgeScorer, edgeScoreSteps } from '../edge-scorer.js';
import type { EdgeScores } from '../edge-scores.js';
import { interactionStrength } from '../interaction-strength.js';
import { edgeOverlap } from '../overlap.js';
import { simmelianStrength } from '../simmelian-strength.js';
import { tiePairs } from './pairs.js';
import { type Warning } from '../../../core/warnings.js';

/** Names of the built-in tie-strength measures. */
export type TieMeasure = 'overlap' | 'embeddedness' | 'simmelian' | 'interaction';

/** A tie-strength threshold: a fixed value, or a quantile of the measure over all ties. */
export type TieThreshold = number | { quantile: number };

const isEdgeScorer = (v: unknown): v is EdgeScorer =>
  typeof v === 'object' && v !== null && typeof (v as EdgeScorer).score === 'function' && typeof (v as EdgeScorer).id === 'string';

/** @internal Zod fields of the tie options. */
export const tieOptionFields = {
  strength: z
    .union([z.enum(['overlap', 'embeddedness', 'simmelian', 'interaction']), z.custom<EdgeScorer>(isEdgeScorer, 'must be a measure name or an EdgeScorer')])
    .default('overlap'),
  threshold: z
    .union([z.number().refine(Number.isFinite, 'must be finite'), z.object({ quantile: z.number().min(0).max(1) }).strict()])
    .default({ quantile: 0.5 }),
};

/** @internal The measure an option names. */
export function resolveMeasure(strength: TieMeasure | EdgeScorer, view: ViewOptions | undefined): EdgeScorer {
  if (typeof strength !== 'string') return strength;
  switch (strength) {
    case 'overlap':
      return edgeOverlap({ view });
    case 'embeddedness':
      return embeddedness({ view });
    case 'simmelian':
      return simmelianStrength({ view });
    case 'interaction':
      return interactionStrength({ view });
  }
}

/**
 * Quantile `q` of `values` with linear interpolation between order statistics (Hyndman & Fan
 * type 7, numpy's default); 0 when there are no values.
 * @internal
 */
export function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** @internal The result of {@link classifyTies}. */
export interface TieClassification {
  /** The measure on the ties of the context (tie ids of `tiePairs(ctx)`). */
  values: Float64Array;
  /** 1 where the tie is weak. */
  weak: Uint8Array;
  /** The resolved threshold. */
  threshold: number;
  warnings: readonly Warning[];
}

/**
 * Scores the ties of `ctx` with `measure` and marks the weak ones (value ≤ threshold). A measure
 * with its own view may see other ties (e.g. strength from replies, structure from follows): its
 * values are carried over by account pair, and a tie it does not see gets 0, the weakest value.
 * @internal
 */
export function* classifyTies(measure: EdgeScorer, threshold: TieThreshold, ctx: ScoringContext, run: RunOptions | undefined): Resumable<TieClassification> {
  const pairs = tiePairs(ctx);
  const scores: EdgeScores = yield* edgeScoreSteps(measure, ctx, run);
  let values = scores.values;
  if (scores.source !== pairs.source) {
    values = new Float64Array(pairs.m);
    for (let p = 0; p < pairs.m; p++) values[p] = scores.get(ctx.keys[pairs.source[p]], ctx.keys[pairs.target[p]]) ?? 0;
  }
  const cut = typeof threshold === 'number' ? threshold : quantile(values, threshold.quantile);
  const weak = new Uint8Array(pairs.m);
  for (let p = 0; p < pairs.m; p++) weak[p] = values[p] <= cut ? 1 : 0;
  return { values, weak, threshold: cut, warnings: scores.meta.warnings };
}
