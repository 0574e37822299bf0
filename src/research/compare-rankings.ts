/**
 * All rank comparisons at once: Kendall tau-b, Spearman rho, top-k overlap and rank-biased overlap.
 */
import { z } from 'zod';
import { parseOptions } from '../core/options.js';
import { kendallTau } from './kendall-tau.js';
import { rankBiasedOverlap, type RankBiasedOverlap } from './rank-biased-overlap.js';
import { alignPair, type RankingInput } from './ranking-input.js';
import { spearmanRho } from './spearman-rho.js';
import { type TopKOverlap, topKOverlap } from './top-k-overlap.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

const schema = z
  .object({
    k: z.number().int().positive().default(10),
    p: z.number().gt(0).lt(1).default(0.9),
  })
  .strict();

/** Options of {@link compareRankings}. */
export interface CompareRankingsOptions {
  /** Size of the top sets compared by the overlap. @defaultValue `10` */
  k?: number;
  /** RBO persistence. @defaultValue `0.9` */
  p?: number;
}

/** Result of {@link compareRankings}. */
export interface RankingComparison {
  /** Items compared (after matching ScoreVectors by key). */
  readonly n: number;
  readonly kendallTau: number;
  readonly spearmanRho: number;
  readonly topK: TopKOverlap;
  readonly rbo: RankBiasedOverlap;
}

/**
 * Compares two rankings. ScoreVectors are matched by key and oriented by `higherIsBetter`; arrays
 * are index-aligned with larger = better. Correlations are `NaN` when undefined (a constant side).
 *
 * @example
 * ```ts
 * const c = compareRankings(pagerank().score(g), degree().score(g), { k: 20 });
 * c.kendallTau; c.topK.jaccard; c.rbo.extrapolated;
 * ```
 */
export function compareRankings(a: RankingInput, b: RankingInput, options: CompareRankingsOptions = {}): RankingComparison {
  checkArguments('compareRankings', [a, b, options], [['a', argument.ranking], ['b', argument.ranking], ['options', argument.options]]);
  const { k, p } = parseOptions(schema, options, 'compareRankings');
  const pair = alignPair(a, b);
  return {
    n: pair.a.length,
    kendallTau: kendallTau(pair.a, pair.b),
    spearmanRho: spearmanRho(pair.a, pair.b),
    topK: topKOverlap(pair.a, pair.b, k),
    rbo: rankBiasedOverlap(pair.a, pair.b, { p }),
  };
}
