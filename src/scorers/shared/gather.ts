/**
 * The sparse product shared by the iterative solvers: y[r] = Σ_{e ∈ row r} w_e · x[target_e], one
 * pass over the rows (pull: reads scattered, writes in order).
 */
import type { Csr } from '../../context/csr.js';

/** @internal y = A x over `csr`'s rows (weights when `weighted`); returns xᵀy from the same pass. */
export function gather(n: number, csr: Csr, weighted: boolean, x: Float64Array, y: Float64Array): number {
  const { offsets, targets, weights } = csr;
  let dot = 0;
  let start = offsets[0];
  for (let r = 0; r < n; r++) {
    const end = offsets[r + 1];
    let acc = 0;
    if (weighted) for (let e = start; e < end; e++) acc += x[targets[e]] * weights[e];
    else for (let e = start; e < end; e++) acc += x[targets[e]];
    start = end;
    y[r] = acc;
    dot += acc * x[r];
  }
  return dot;
}
