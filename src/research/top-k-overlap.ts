/**
 * Top-k overlap: how many of one ranking's k best items are among the other's k best, as the
 * intersection size and the Jaccard index |A ∩ B| / |A ∪ B|.
 */
import { InfluenceScoreError } from '../core/errors.js';
import { alignPair, bestFirst, type RankingInput } from './ranking-input.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/** Result of {@link topKOverlap}. */
export interface TopKOverlap {
  /** The k used (capped at the number of items). */
  readonly k: number;
  /** |A ∩ B|. */
  readonly intersection: number;
  /** |A ∩ B| / |A ∪ B|, 1 for two empty sets. */
  readonly jaccard: number;
}

/**
 * Overlap of the two rankings' top-k sets. Each top-k is taken best first, ties broken by index
 * (node order), as `ScoreVector.top`.
 *
 * @param k - set size; capped at the number of items.
 * @example
 * ```ts
 * topKOverlap([5, 4, 3, 2], [4, 5, 1, 3], 2); // { k: 2, intersection: 2, jaccard: 1 }
 * ```
 */
export function topKOverlap(a: RankingInput, b: RankingInput, k: number): TopKOverlap {
  checkArguments('topKOverlap', [a, b, k], [['a', argument.ranking], ['b', argument.ranking], ['k', argument.finite]]);
  if (!Number.isInteger(k) || k < 0) {
    throw new InfluenceScoreError('INVALID_OPTION', 'k must be an integer ≥ 0', [{ path: ['k'], field: 'k', message: `got ${k}` }]);
  }
  const pair = alignPair(a, b);
  const size = Math.min(k, pair.a.length);
  const inA = new Uint8Array(pair.a.length);
  const orderA = bestFirst(pair.a);
  const orderB = bestFirst(pair.b);
  for (let r = 0; r < size; r++) inA[orderA[r]] = 1;
  let intersection = 0;
  for (let r = 0; r < size; r++) intersection += inA[orderB[r]];
  const union = 2 * size - intersection;
  return { k: size, intersection, jaccard: union === 0 ? 1 : intersection / union };
}
