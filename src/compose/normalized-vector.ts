/**
 * Shared machinery of the normalizers: orientation (a lower-is-better source is negated first, so
 * every normalized vector reads "higher = more influence"), scale-free preprocessing, and the
 * resulting ScoreVector that remembers its source for drill-down.
 */
import { expectScoreVector } from '../core/arguments.js';
import { InfluenceScoreError } from '../core/errors.js';
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';

/** @internal A normalizer's core: oriented values in (a private copy it may modify), normalized values out. */
export type Transform = (values: Float64Array) => Float64Array;

/**
 * @internal Values of `source` oriented so that higher means more influence: a copy, negated when
 * `meta.higherIsBetter` is false (e.g. Burt's constraint).
 */
export function oriented(source: ScoreVector): Float64Array {
  const out = Float64Array.from(source.values);
  if (!source.meta.higherIsBetter) for (let i = 0; i < out.length; i++) out[i] = -out[i];
  return out;
}

/**
 * @internal Divides by the largest magnitude when it is extreme, so differences and squares can
 * neither overflow nor underflow. Min-max, z-score and robust scaling are invariant to a positive
 * scale, so this changes nothing but safety; ordinary magnitudes are left alone (no extra rounding).
 */
export function unitScale(values: Float64Array): Float64Array {
  let big = 0;
  for (let i = 0; i < values.length; i++) big = Math.max(big, Math.abs(values[i]));
  if (big > 0 && (big > 1e100 || big < 1e-100)) for (let i = 0; i < values.length; i++) values[i] /= big;
  return values;
}

/**
 * @internal Applies `transform` to the oriented values of `source` and wraps the result. Only rank-based
 * methods (`finiteOnly` false) accept infinite scores; the others would turn them into NaN.
 */
export function normalizeWith(
  source: ScoreVector,
  method: string,
  range: readonly [number, number],
  transform: Transform,
  finiteOnly = true,
): ScoreVector {
  expectScoreVector(source, method);
  const started = performance.now();
  const input = oriented(source);
  if (finiteOnly) {
    const bad = input.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw new InfluenceScoreError('INVALID_INPUT', `${method} needs finite scores, but ${source.meta.scorer} gave node "${source.keys[bad]}" ${source.values[bad]}; use percentile for such scores`, [
        { path: [source.keys[bad]], message: `non-finite score ${source.values[bad]}` },
      ]);
    }
  }
  const values = transform(input);
  const { meta } = source;
  return createScoreVector({
    keys: source.keys,
    values,
    meta: {
      scorer: `${method}(${meta.scorer})`,
      params: { normalize: method, source: meta.scorer, flipped: !meta.higherIsBetter },
      converged: meta.converged,
      iterations: meta.iterations,
      elapsedMs: performance.now() - started,
      warnings: meta.warnings,
      higherIsBetter: true,
      range,
      extra: { source },
    },
  });
}
