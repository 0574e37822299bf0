/**
 * Power iteration on A + I over in-rows, as NetworkX's `eigenvector_centrality`: the identity shift
 * makes the Perron root λ + 1 strictly dominant in modulus, so bipartite and periodic graphs converge
 * too. Shared by eigenvector centrality and Katz's default α (which needs λ_max).
 * One pass over the CSR per iteration: the product is scaled by the previous norm on the fly and
 * convergence is measured by the residual ‖(A + I)x − μx‖₁/μ, which needs no second pass.
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
 * y = s·(A + I)x over in-rows, where x = x̂/s for the unit iterate x̂ and s = 1/μ; stores
 * out[0] = ‖y‖₂² and out[1] = ‖y − x‖₁ (x = μx̂, so that is the residual ‖(A + I)x̂ − μx̂‖₁).
 */
function step(n: number, csr: Csr, weighted: boolean, x: Float64Array, y: Float64Array, s: number, out: Float64Array): void {
  const { offsets, targets, weights } = csr;
  let sq = 0;
  let residual = 0;
  let start = offsets[0];
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1];
    let acc = x[v];
    if (weighted) for (let e = start; e < end; e++) acc += x[targets[e]] * weights[e];
    else for (let e = start; e < end; e++) acc += x[targets[e]];
    start = end;
    acc *= s;
    y[v] = acc;
    sq += acc * acc;
    residual += Math.abs(acc - x[v]);
  }
  out[0] = sq;
  out[1] = residual;
}

/**
 * The same step pushing along out-rows: y[v] gathers x[u] from every u → v without the in-CSR, whose
 * transpose would cost more than the whole iteration on a freshly built directed context.
 */
function pushStep(n: number, csr: Csr, weighted: boolean, x: Float64Array, y: Float64Array, s: number, out: Float64Array): void {
  const { offsets, targets, weights } = csr;
  y.set(x);
  let start = offsets[0];
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1];
    const xu = x[u];
    if (weighted) for (let e = start; e < end; e++) y[targets[e]] += xu * weights[e];
    else for (let e = start; e < end; e++) y[targets[e]] += xu;
    start = end;
  }
  let sq = 0;
  let residual = 0;
  for (let v = 0; v < n; v++) {
    const value = y[v] * s;
    y[v] = value;
    sq += value * value;
    residual += Math.abs(value - x[v]);
  }
  out[0] = sq;
  out[1] = residual;
}

/** Which adjacency {@link perronVector} reads: in-rows (pull) or out-rows (push), same product. */
export type PerronRows = { rows: 'in'; csr: Csr } | { rows: 'out'; csr: Csr };

/**
 * @internal Iterates x ← (A + I)x / ‖(A + I)x‖₂ with (Ax)[v] = Σ_{u→v} w(u,v)·x[u], reading `adjacency`,
 * until ‖(A + I)x − μx‖₁/μ (μ the previous norm, ≈ the L1 change of x per step) is below `tolerance`.
 * No allocation inside the loop.
 */
export function perronVector(
  n: number,
  adjacency: PerronRows,
  opts: { weighted: boolean; tolerance: number; maxIterations: number; start?: Float64Array },
  tick: (done: number, total: number) => void,
): PerronResult {
  // Uniform unit start (NetworkX starts at 1/n: the same direction), or the caller's unit vector.
  let x = opts.start ? opts.start.slice() : new Float64Array(n).fill(1 / Math.sqrt(n));
  let y = new Float64Array(n);
  let s = 1;
  let mu = 1;
  let iterations = 0;
  let converged = false;
  const sums = new Float64Array(2);
  while (iterations < opts.maxIterations) {
    iterations++;
    (adjacency.rows === 'in' ? step : pushStep)(n, adjacency.csr, opts.weighted, x, y, s, sums);
    const norm = Math.sqrt(sums[0]) || 1;
    [x, y] = [y, x];
    s = 1 / norm;
    tick(iterations, opts.maxIterations);
    mu = norm;
    if (sums[1] / norm < opts.tolerance) {
      converged = true;
      break;
    }
  }
  for (let v = 0; v < n; v++) x[v] *= s;
  return { values: x, lambda: Math.max(0, mu - 1), iterations, converged };
}
