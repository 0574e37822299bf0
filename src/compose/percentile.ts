/**
 * Percentile-rank normalization with mid-ranks for ties (the "mean" percentile of Hazen 1914 /
 * scipy's `percentileofscore(kind='mean')`):  p(v) = (#{u : x_u < x_v} + ½·#{u : x_u = x_v}) / n.
 * Rank-based, so it ignores scale and outliers; the result lies in (0, 1).
 * Scores that agree to 12 significant digits count as equal (see PERCENTILE_TIE_TOLERANCE below).
 */
import type { ScoreVector } from '../core/score-vector.js';
import { normalizeWith } from './normalized-vector.js';

/**
 * Relative difference below which two scores are one tie: |a − b| ≤ 1e-12 · max(|a|, |b|).
 * Iterative solvers and summation order leave last-digit differences between nodes in identical
 * positions (PageRank of two mirror-image accounts can differ by one rounding), and a rank-based
 * normalizer would turn that noise into different percentiles, and different percentiles again after
 * the nodes are relabelled.
 */
const PERCENTILE_TIE_TOLERANCE = 1e-12;

/**
 * Maps each score to its mid-rank percentile in (0, 1). Equal scores share one value, and scores
 * equal to 12 significant digits count as equal: |a − b| ≤ 1e-12 · max(|a|, |b|) is a tie, so
 * rounding noise between nodes in identical positions never splits them. A constant vector (and a
 * single node) gives ½ everywhere; an empty vector stays empty. A lower-is-better source is flipped
 * first, so the best node gets the highest percentile.
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
      while (end < n && tied(x[order[end - 1]], x[order[end]])) end++;
      // `start` nodes lie strictly below this block of `end - start` equal values.
      const p = (start + 0.5 * (end - start)) / n;
      for (let j = start; j < end; j++) out[order[j]] = p;
      start = end;
    }
    return out;
  }, false);
}

/** Whether sorted neighbours a ≤ b are one tie under PERCENTILE_TIE_TOLERANCE. */
function tied(a: number, b: number): boolean {
  if (a === b) return true;
  // Infinite scores are extremes, never within a tolerance of anything else.
  return Number.isFinite(a) && Number.isFinite(b) && b - a <= PERCENTILE_TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}
