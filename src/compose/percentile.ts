/**
 * Percentile-rank normalization with mid-ranks for ties (the "mean" percentile of Hazen 1914 /
 * scipy's `percentileofscore(kind='mean')`):  p(v) = (#{u : x_u < x_v} + ½·#{u : x_u = x_v}) / n.
 * Rank-based, so it ignores scale and outliers; the result lies in (0, 1).
 */
import type { ScoreVector } from '../core/score-vector.js';
import { normalizeWith } from './normalized-vector.js';

/**
 * Maps each score to its mid-rank percentile in (0, 1). Equal scores share one value; a constant
 * vector (and a single node) gives ½ everywhere; an empty vector stays empty. A lower-is-better
 * source is flipped first, so the best node gets the highest percentile.
 *
 * @example
 * ```ts
 * const p = percentile(pagerank().score(graph));
 * p.get('alice'); // 0.97: alice outranks 97% of accounts (ties count half)
 * ```
 */
export function percentile(vector: ScoreVector): ScoreVector {
  return normalizeWith(vector, 'percentile', [0, 1], (x) => {
    const n = x.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : 0));
    const out = new Float64Array(n);
    let start = 0;
    while (start < n) {
      let end = start + 1;
      while (end < n && x[order[end]] === x[order[start]]) end++;
      // `start` nodes lie strictly below this block of `end - start` equal values.
      const p = (start + 0.5 * (end - start)) / n;
      for (let j = start; j < end; j++) out[order[j]] = p;
      start = end;
    }
    return out;
  }, false);
}
