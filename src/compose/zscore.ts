/**
 * Standard-score normalization: (x − mean) / sd, with the population standard deviation (ddof = 0).
 * Unbounded; 0 is the average node.
 */
import type { ScoreVector } from '../core/score-vector.js';
import { normalizeWith, unitScale } from './normalized-vector.js';

/**
 * Centres scores on their mean in units of their standard deviation. A constant vector (and a single
 * node) gives 0 everywhere; an empty vector stays empty. A lower-is-better source is negated first, so
 * a positive z always means "better than average".
 *
 * @example
 * ```ts
 * const z = zscore(pagerank().score(graph));
 * z.get('alice'); // 3.2: alice is 3.2 standard deviations above the mean
 * ```
 */
export function zscore(vector: ScoreVector): ScoreVector {
  return normalizeWith(vector, 'zscore', [-Infinity, Infinity], (raw) => {
    const x = unitScale(raw);
    const n = x.length;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i];
    mean /= n || 1;
    // Two passes: the second (centred) sum of squares avoids the cancellation of E[x²] − E[x]².
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (x[i] - mean) ** 2;
    const sd = Math.sqrt(ss / (n || 1));
    const out = new Float64Array(n);
    if (sd > 0) for (let i = 0; i < n; i++) out[i] = (x[i] - mean) / sd;
    return out;
  });
}
