/**
 * Logarithmic normalization: log1p(x) = ln(1 + x), which tames the heavy tails of counts (followers,
 * in-degree, reach). Negative inputs use the odd extension −ln(1 + |x|), so the map stays monotone,
 * finite and symmetric ("signed log1p").
 */
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';
import { deprecation } from '../core/deprecation.js';
import { normalizeWith } from './normalized-vector.js';
import { expectScoreVector } from '../core/arguments.js';

/** @internal sign(x) · ln(1 + |x|). */
export function signedLog1p(x: number): number {
  return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
}

/**
 * Applies ln(1 + x) to every score (−ln(1 + |x|) for negative ones). It does not rescale: on
 * probabilities such as PageRank it is close to the identity, so use it for counts. A lower-is-better
 * source is negated first, so its values come out ≤ 0 and the best node is the closest to 0. Constant,
 * single-node and empty vectors need no special case.
 *
 * @example
 * ```ts
 * const l = logNormalize(degree({ normalized: false }).score(graph));
 * l.get('alice'); // ln(1 + 999) ≈ 6.91 for 999 followers
 * ```
 */
export function logNormalize(vector: ScoreVector): ScoreVector {
  expectScoreVector(vector, 'logNormalize');
  const nonNegative = vector.meta.higherIsBetter && vector.meta.range[0] >= 0;
  return normalizeWith(vector, 'log', nonNegative ? [0, Infinity] : [-Infinity, Infinity], (x) => {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = signedLog1p(x[i]);
    return out;
  });
}

/**
 * The former name of {@link logNormalize}, kept for one minor version: same values, plus a
 * `DEPRECATED` warning first in `meta.warnings`.
 *
 * @deprecated Use {@link logNormalize} (or `normalize(vector, 'log')`): `log` reads as a logger.
 * @example
 * ```ts
 * log(degree().score(graph)).meta.warnings[0].code; // 'DEPRECATED'
 * ```
 */
export function log(vector: ScoreVector): ScoreVector {
  const v = logNormalize(vector);
  const warnings = [deprecation('influence-score', 'the export log', 'logNormalize', 'same function'), ...v.meta.warnings];
  return createScoreVector({ keys: v.keys, values: v.values, parts: v.parts as Record<string, ScoreVector> | undefined, meta: { ...v.meta, warnings } });
}
