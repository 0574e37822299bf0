/**
 * Robust scaling: (x − median) / IQR, where IQR = Q3 − Q1 with linearly interpolated quartiles
 * (Hyndman & Fan 1996 type 7, numpy's default). Outliers do not move the centre or the scale.
 * Social data are often mostly zeros, which makes the IQR 0; the scale then falls back to the mean
 * absolute deviation from the median, and only a constant vector gives all zeros. A spread below
 * rounding level (≤ max|x| · 2⁻⁵²) counts as 0, so the result is always finite.
 */
import type { ScoreVector } from '../core/score-vector.js';
import { normalizeWith, unitScale } from './normalized-vector.js';

/** @internal Quantile q of sorted values, type 7 (linear interpolation between order statistics). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Centres scores on the median in units of the interquartile range (falling back to the mean absolute
 * deviation from the median when the IQR is 0). Constant, single-node and empty vectors give all zeros
 * (or stay empty). A lower-is-better source is negated first.
 *
 * @example
 * ```ts
 * const r = robust(degree().score(graph));
 * r.get('alice'); // 4: alice is four IQRs above the median account
 * ```
 */
export function robust(vector: ScoreVector): ScoreVector {
  return normalizeWith(vector, 'robust', [-Infinity, Infinity], (raw) => {
    const x = unitScale(raw);
    const sorted = Float64Array.from(x).sort();
    const median = quantileSorted(sorted, 0.5);
    // A spread below rounding level of the largest value is numerically 0 (dividing by it overflows).
    const negligible = Math.max(Math.abs(sorted[0] ?? 0), Math.abs(sorted[sorted.length - 1] ?? 0)) * Number.EPSILON;
    let scale = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
    if (!(scale > negligible)) {
      let dev = 0;
      for (let i = 0; i < x.length; i++) dev += Math.abs(x[i] - median);
      scale = dev / (x.length || 1);
    }
    const out = new Float64Array(x.length);
    if (scale > negligible) for (let i = 0; i < x.length; i++) out[i] = (x[i] - median) / scale;
    return out;
  });
}
