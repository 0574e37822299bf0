/**
 * Kitsak's imprecision function (Kitsak et al. 2010, Nature Physics 6:888):
 * ε(p) = 1 − M_eff(p) / M(p), where M(p) is the mean spreading power of the p·N best spreaders and
 * M_eff(p) that of the p·N nodes a scorer ranks highest. 0 means the scorer found spreaders as good
 * as the best; near 1 means it found poor ones. Ties in the scorer at the cut-off are averaged
 * (the expected value under random tie-breaking), since coreness and degree tie heavily.
 */
import { InfluenceScoreError } from '../core/errors.js';
import { alignPair, type RankingInput } from './ranking-input.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/**
 * ε(fraction) of `scores` against the spreading power `truth` (ScoreVectors matched by key).
 *
 * @param fraction - share of nodes taken, in (0, 1]; the count is max(1, round(fraction · N)).
 * @returns ε in [0, 1] (0 when the truth's top set has zero spread).
 * @example
 * ```ts
 * imprecision(truth, coreness().score(graph), 0.05); // 0.12: the top 5% by coreness spread 12% less
 * ```
 */
export function imprecision(truth: RankingInput, scores: RankingInput, fraction: number): number {
  checkArguments('imprecision', [truth, scores, fraction], [['truth', argument.ranking], ['scores', argument.ranking], ['fraction', argument.finite]]);
  if (!(fraction > 0 && fraction <= 1)) {
    throw new InfluenceScoreError('INVALID_OPTION', 'fraction must be in (0, 1]', [{ path: ['fraction'], field: 'fraction', message: `got ${fraction}` }]);
  }
  const { a: t, b: s } = alignPair(truth, scores);
  const n = t.length;
  if (n === 0) return 0;
  const count = Math.max(1, Math.round(fraction * n));
  const byTruth = Float64Array.from(t).sort().reverse();
  let best = 0;
  for (let i = 0; i < count; i++) best += byTruth[i];
  if (best <= 0) return 0;

  const order = Int32Array.from({ length: n }, (_, i) => i).sort((i, j) => (s[i] > s[j] ? -1 : s[i] < s[j] ? 1 : 0));
  let taken = 0;
  let picked = 0;
  for (let start = 0; start < n && taken < count; ) {
    let end = start + 1;
    while (end < n && s[order[end]] === s[order[start]]) end++;
    let groupSum = 0;
    for (let r = start; r < end; r++) groupSum += t[order[r]];
    const slots = Math.min(end - start, count - taken);
    picked += (groupSum * slots) / (end - start);
    taken += slots;
    start = end;
  }
  return Math.min(1, Math.max(0, 1 - picked / best));
}
