/**
 * Edge weights at the edges of the floating-point range. Each weight is finite, but sums of them
 * (parallel edges merged into one CSR entry, a node's strength, a view's total) can overflow to
 * Infinity, and products in power iterations (HITS squares A, eigenvector norms) overflow or
 * underflow long before that. Sums that overflow are refused; scale-invariant solvers rescale.
 */
import { InfluenceScoreError } from '../core/errors.js';
import type { Csr } from './csr.js';

/**
 * @internal Throws `INVALID_INPUT` when the weights `weight[0..length)` sum to Infinity: then merged
 * parallel edges, strengths and weighted degrees would be Infinity, and every ratio of them NaN.
 * A finite total bounds every one of those sums.
 * @param describe - names edge `e` for the message, e.g. `edge 3 (a → b)`.
 */
export function assertFiniteWeightTotal(weight: Float64Array, length: number, describe: (e: number) => string): void {
  let total = 0;
  for (let e = 0; e < length; e++) total += weight[e];
  if (total < Infinity) return;
  let largest = 0;
  for (let e = 1; e < length; e++) if (weight[e] > weight[largest]) largest = e;
  throw new InfluenceScoreError('INVALID_INPUT', 'The edge weights sum to more than the largest number (1.8e308): merged parallel edges, strengths and degrees would be Infinity; scale the weights down', [
    { path: ['edges'], field: 'weight', message: `the largest weight is ${weight[largest]} on ${describe(largest)}` },
  ]);
}

/** Weights whose largest magnitude lies outside [1e-100, 1e100] are rescaled by the solvers that may. */
const EXTREME = 1e100;

/**
 * @internal The factor that brings weights of extreme magnitude to a largest weight of 1 (1 for
 * ordinary weights, so their results stay bit for bit as before). For solvers whose result does not
 * depend on the scale of the weights (HITS, eigenvector, modularity).
 */
export function extremeWeightScale(weights: Float64Array): number {
  let big = 0;
  for (let e = 0; e < weights.length; e++) if (weights[e] > big) big = weights[e];
  return big > 0 && (big > EXTREME || big < 1 / EXTREME) ? 1 / big : 1;
}

/** @internal `csr` with every weight multiplied by `scale` (`csr` itself when `scale` is 1). */
export function withWeightScale(csr: Csr, scale: number): Csr {
  if (scale === 1) return csr;
  const weights = csr.weights.map((w) => w * scale);
  return {
    offsets: csr.offsets,
    targets: csr.targets,
    weights,
    get counts() {
      return csr.counts;
    },
  };
}
