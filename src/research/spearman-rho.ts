/**
 * Spearman's rank correlation rho (Spearman 1904), tie-aware: the Pearson correlation of the two
 * samples' average ranks, as `scipy.stats.spearmanr`.
 */
import { alignPair, averageRanks, type RankingInput } from './ranking-input.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/**
 * Spearman's rho between two rankings (ScoreVectors are matched by key; arrays by index).
 *
 * @returns rho in [−1, 1]; `NaN` when undefined (fewer than 2 values or a constant sample), as scipy.
 * @throws InfluenceScoreError `INVALID_INPUT` on length mismatch or NaN values.
 * @example
 * ```ts
 * spearmanRho([1, 2, 3, 4], [1, 3, 2, 4]); // 0.8
 * ```
 */
export function spearmanRho(a: RankingInput, b: RankingInput): number {
  checkArguments('spearmanRho', [a, b], [['a', argument.ranking], ['b', argument.ranking]]);
  const pair = alignPair(a, b);
  const n = pair.a.length;
  if (n < 2) return NaN;
  const ra = averageRanks(pair.a);
  const rb = averageRanks(pair.b);
  // Average ranks always have mean (n + 1) / 2 exactly; centring on it keeps the sums exact-ish.
  const mean = (n + 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const x = ra[i] - mean;
    const y = rb[i] - mean;
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  if (saa === 0 || sbb === 0) return NaN;
  return Math.min(1, Math.max(-1, sab / Math.sqrt(saa * sbb)));
}
