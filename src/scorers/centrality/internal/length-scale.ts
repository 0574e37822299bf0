/**
 * Edge lengths at the ends of the floating-point range, for the distance-based measures (weighted
 * closeness and harmonic centrality). Both scale exactly as 1/length: multiplying every length by κ
 * divides every value by κ and leaves the ranking unchanged. So weights of extreme magnitude are
 * first brought to a largest weight of 1 (`extremeWeightScale`, as HITS and eigenvector do), the
 * searches run on those lengths, where no distance or distance sum can overflow, and the values are
 * divided by κ at the end. A value that does not fit in a double at the true scale (below the
 * smallest normal number, 2.2e-308, where precision is lost, or above 1.8e308) is refused with
 * `INVALID_INPUT`, never returned as 0 or Infinity.
 */
import { InfluenceScoreError } from '../../../core/errors.js';
import type { Csr } from '../../../context/csr.js';
import { extremeWeightScale, withWeightScale } from '../../../context/weight-range.js';
import type { DistanceMode } from './dijkstra-sums.js';

/** The smallest positive normal double: below it a value keeps fewer than 53 significant bits. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** @internal The CSR whose lengths the searches read, and κ: true length = κ × the length searched. */
export interface ScaledLengths {
  readonly csr: Csr;
  readonly factor: number;
}

function refuse(owner: string, message: string, detail: string): never {
  throw new InfluenceScoreError('INVALID_INPUT', `${owner}: ${message}`, [{ path: ['edges'], field: 'weight', message: detail }]);
}

function weightSpan(weights: Float64Array): string {
  let low = Infinity;
  let high = 0;
  for (const w of weights) {
    if (w > 0 && w < low) low = w;
    if (w > high) high = w;
  }
  return `the positive weights run from ${low} to ${high}`;
}

/**
 * @internal Lengths safe for Dijkstra and for summing: weights of ordinary magnitude are kept as they
 * are (factor 1, so results stay bit for bit); extreme ones are rescaled. Throws `INVALID_INPUT`
 * when no scale makes every length and every distance sum finite (weights spanning more than the
 * double range, or subnormal weights).
 */
export function scaledLengths(n: number, csr: Csr, distance: DistanceMode, owner: string): ScaledLengths {
  const scale = extremeWeightScale(csr.weights);
  if (!Number.isFinite(scale)) refuse(owner, 'the edge weights are too small to be read as lengths (subnormal numbers); scale them up', weightSpan(csr.weights));
  const scaled = withWeightScale(csr, scale);
  let total = 0;
  for (let e = 0; e < scaled.weights.length; e++) {
    const w = scaled.weights[e];
    if (!(w > 0)) {
      if (csr.weights[e] > 0) refuse(owner, 'the edge weights span more than the range of a double, so no scale keeps every length', weightSpan(csr.weights));
      continue;
    }
    const length = distance === 'inverse' ? 1 / w : w;
    if (!(length < Infinity)) refuse(owner, 'the edge weights span more than the range of a double, so no scale keeps every length', weightSpan(csr.weights));
    total += length;
  }
  // Every distance is at most the sum of all lengths, and every distance sum at most n − 1 of them.
  if (!((n - 1) * total < Infinity)) refuse(owner, 'distance sums would overflow: the edge lengths span too wide a range', weightSpan(csr.weights));
  return { csr: scaled, factor: scale === 1 ? 1 : distance === 'inverse' ? scale : 1 / scale };
}

/**
 * @internal Divides `values` (computed on lengths divided by `factor`) by `factor` in place, so they
 * are the values at the true lengths (exact, bit for bit, at factor 1). Throws `INVALID_INPUT` when a
 * nonzero one leaves the normal double range there.
 */
export function unscaleValues(values: Float64Array, factor: number, keys: readonly string[], owner: string): void {
  // Checked at factor 1 too: ordinary largest weights can sit beside tiny ones (1e-308) whose 1/length overflows.
  for (let v = 0; v < values.length; v++) {
    if (values[v] === 0) continue;
    const value = values[v] / factor;
    if (!(Math.abs(value) >= MIN_NORMAL && Math.abs(value) < Infinity)) {
      refuse(
        owner,
        `at this weight scale the values leave the range of a double (${values[v]} / ${factor}); multiply every weight by one factor to bring them near 1: ${owner} scales as 1/length, so the ranking does not change`,
        `${owner} of "${keys[v]}" would be ${value}`,
      );
    }
    values[v] = value;
  }
}
