/**
 * Normalization by name: the five normalizers behind `combine({ normalize })`, and which of them
 * have bounded, non-negative output (needed by geometric and harmonic means and by `scale`).
 */
import { InfluenceScoreError } from '../core/errors.js';
import type { ScoreVector } from '../core/score-vector.js';
import { logNormalize } from './log.js';
import { minmax } from './minmax.js';
import { percentile } from './percentile.js';
import { robust } from './robust.js';
import { zscore } from './zscore.js';

/** Names of the normalizers. */
export const NORMALIZERS = ['percentile', 'minmax', 'zscore', 'log', 'robust'] as const;

/** A normalizer's name: `'percentile'`, `'minmax'`, `'zscore'`, `'log'` or `'robust'`. */
export type NormalizerName = (typeof NORMALIZERS)[number];

const byName: Record<NormalizerName, (v: ScoreVector) => ScoreVector> = { percentile, minmax, zscore, log: logNormalize, robust };

/** @internal Normalizers whose output always lies in [0, 1]. */
export const BOUNDED_NORMALIZERS: readonly NormalizerName[] = ['percentile', 'minmax'];

/**
 * Normalizes a vector with the named method; the result reads "higher = more influence" whatever
 * the source's orientation.
 *
 * @example
 * ```ts
 * const p = normalize(pagerank().score(graph), 'percentile');
 * ```
 */
export function normalize(vector: ScoreVector, method: NormalizerName): ScoreVector {
  if (!Object.hasOwn(byName, method)) {
    throw new InfluenceScoreError('INVALID_OPTION', `Unknown normalizer "${String(method)}"`, [
      { path: ['normalize'], field: 'normalize', message: `expected one of ${NORMALIZERS.join(', ')}` },
    ]);
  }
  return byName[method](vector);
}
