/**
 * Power iteration on A + I over in-rows, as NetworkX's `eigenvector_centrality`: the identity shift
 * makes the Perron root λ + 1 strictly dominant in modulus, so bipartite and periodic graphs converge
 * too. Shared by eigenvector centrality and Katz's default α (which needs λ_max).
 */
import type { Csr } from '../../../context/csr.js';

/** @internal Result of {@link perronVector}. */
export interface PerronResult {
  /** Unit (euclidean) Perron vector of A + I. */
  values: Float64Array;
  /** Estimate of the spectral radius λ_max of A: ‖(A + I)x‖₂ − 1 at the last iterate. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

/**
 * @internal Iterates x ← (A + I)x / ‖(A + I)x‖₂ with (Ax)[v] = Σ_{u→v} w(u,v)·x[u], reading `inCsr`,
 * until the L1 change is below `tolerance`. No allocation inside the loop.
 */
export function perronVector(
  n: number,
  inCsr: Csr,
  opts: { weighted: boolean; tolerance: number; maxIterations: number },
  tick: (done: number, total: number) => void,
): PerronResult {
  const { offsets, targets, weights } = inCsr;
  // Uniform unit start (NetworkX starts at 1/n: the same direction).
  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let next = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  let norm = 1;
  while (iterations < opts.maxIterations) {
    iterations++;
    let sq = 0;
    for (let v = 0; v < n; v++) {
      let acc = x[v];
      if (opts.weighted) for (let e = offsets[v]; e < offsets[v + 1]; e++) acc += x[targets[e]] * weights[e];
      else for (let e = offsets[v]; e < offsets[v + 1]; e++) acc += x[targets[e]];
      next[v] = acc;
      sq += acc * acc;
    }
    norm = Math.sqrt(sq) || 1;
    const s = 1 / norm;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v] * s;
      next[v] = value;
      err += Math.abs(value - x[v]);
    }
    [x, next] = [next, x];
    tick(iterations, opts.maxIterations);
    if (err < opts.tolerance) {
      converged = true;
      break;
    }
  }
  return { values: x, lambda: Math.max(0, norm - 1), iterations, converged };
}
