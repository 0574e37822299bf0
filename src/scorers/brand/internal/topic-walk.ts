/**
 * The random walk both topical formulas share: a PageRank iteration on the out-CSR with given step
 * probabilities (rows may sum to less than 1) and a teleport vector E; what a row does not spend
 * teleports to E, like dangling mass in PageRank, so the visits stay a distribution.
 *   x = γ·(Pᵀ x + (Σ_i x_i (1 − Σ_j P_ij))·E) + (1 − γ)·E
 * It also returns the inflow Pᵀ x: the walk's arrivals along edges, without the teleport.
 */
import type { Csr } from '../../../context/csr.js';
import type { RunControl } from '../../../core/run.js';

/** @internal Settings of {@link topicWalk}. */
export interface WalkSettings {
  readonly alpha: number;
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly weighted: boolean;
}

/** @internal Stationary visits, the inflow along edges, and convergence. */
export interface WalkResult {
  readonly visits: Float64Array;
  readonly inflow: Float64Array;
  readonly values: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/** @internal Iterates the walk to its fixed point (L1 change below the tolerance). */
export function topicWalk(out: Csr, step: Float64Array, teleport: Float64Array, settings: WalkSettings, control: RunControl): Omit<WalkResult, 'values'> {
  const n = teleport.length;
  const { offsets, targets } = out;
  const kept = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let e = offsets[i]; e < offsets[i + 1]; e++) kept[i] += step[e];
  const { alpha, tolerance, maxIterations } = settings;
  let x = Float64Array.from(teleport);
  let next = new Float64Array(n);
  const inflow = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    inflow.fill(0);
    let lost = 0;
    for (let i = 0; i < n; i++) {
      lost += x[i] * (1 - kept[i]);
      for (let e = offsets[i]; e < offsets[i + 1]; e++) inflow[targets[e]] += x[i] * step[e];
    }
    let change = 0;
    for (let j = 0; j < n; j++) {
      const value = alpha * (inflow[j] + lost * teleport[j]) + (1 - alpha) * teleport[j];
      change += Math.abs(value - x[j]);
      next[j] = value;
    }
    [x, next] = [next, x];
    control.tick(iterations, maxIterations);
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  // The inflow of the final visits (one more product, so it matches x exactly).
  inflow.fill(0);
  for (let i = 0; i < n; i++) for (let e = offsets[i]; e < offsets[i + 1]; e++) inflow[targets[e]] += x[i] * step[e];
  return { visits: x, inflow, converged, iterations };
}
