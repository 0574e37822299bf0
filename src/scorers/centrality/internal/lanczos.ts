/**
 * The Perron vector of a symmetric adjacency matrix by restarted Lanczos (Lanczos 1950; Golub & Van
 * Loan 2013, §10.1): m steps build the tridiagonal T = VᵀAV of the Krylov space of the start vector,
 * whose largest eigenpair (θ, s) gives the Ritz vector y = Vs. The error in the top eigenvector falls
 * like the Chebyshev polynomials of the spectral gap, so Lanczos needs about the square root of the
 * power method's steps. Only the top pair is wanted, so there is no reorthogonalization: loss of
 * orthogonality in V only duplicates pairs that have already converged (Paige 1976). Each cycle ends
 * with the power method's own test, ‖(A + I)y − (θ + 1)y‖₁/(θ + 1) < tolerance, on the true residual,
 * and restarts from y when it fails. Within HANDOFF (100x) of the tolerance, or when a restart gains
 * less than 10x (tolerances near rounding level, where the non-orthogonal basis stalls), the power
 * method finishes from y instead. Paige, C. C. (1976). Error analysis of the Lanczos algorithm for
 * tridiagonalizing a symmetric matrix. IMA J. Appl. Math. 18(3), 341–349.
 */
import type { Csr } from '../../../context/csr.js';
import { gather } from '../../shared/gather.js';
import { type PerronResult, perronVector } from './perron.js';

/** Lanczos steps per cycle at most: enough for a 1e-12 Perron vector on graphs of 10⁴–10⁵ nodes. */
const STEPS = 40;
/** Steps between convergence checks on the tridiagonal (each costs O(k³), k ≤ STEPS). */
const CHECK_EVERY = 3;
/** Within this factor of the tolerance, the power method finishes (a few steps at rate λ₂/λ₁). */
const HANDOFF = 100;

/**
 * @internal Largest eigenpair of the symmetric tridiagonal with diagonal a[0..k) and off-diagonal
 * b[0..k−1), by cyclic Jacobi rotations on the dense k × k matrix (k ≤ 40: microseconds, and
 * accurate to rounding for every pair, close ones included).
 */
export function topTridiagonalPair(a: Float64Array, b: Float64Array, k: number): { theta: number; s: Float64Array } {
  const m = new Float64Array(k * k);
  const q = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    m[i * k + i] = a[i];
    q[i * k + i] = 1;
    if (i + 1 < k) m[i * k + i + 1] = m[(i + 1) * k + i] = b[i];
  }
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < k; i++) {
      diag += m[i * k + i] * m[i * k + i];
      for (let j = i + 1; j < k; j++) off += m[i * k + j] * m[i * k + j];
    }
    if (off <= 1e-32 * diag) break;
    for (let p = 0; p < k; p++) {
      for (let r = p + 1; r < k; r++) {
        const apr = m[p * k + r];
        if (apr === 0) continue;
        // The rotation that zeroes m[p][r] (Golub & Van Loan, alg. 8.5.1).
        const tau = (m[r * k + r] - m[p * k + p]) / (2 * apr);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = t * c;
        for (let i = 0; i < k; i++) {
          const mip = m[i * k + p];
          const mir = m[i * k + r];
          m[i * k + p] = c * mip - sn * mir;
          m[i * k + r] = sn * mip + c * mir;
        }
        for (let i = 0; i < k; i++) {
          const mpi = m[p * k + i];
          const mri = m[r * k + i];
          m[p * k + i] = c * mpi - sn * mri;
          m[r * k + i] = sn * mpi + c * mri;
        }
        for (let i = 0; i < k; i++) {
          const qip = q[i * k + p];
          const qir = q[i * k + r];
          q[i * k + p] = c * qip - sn * qir;
          q[i * k + r] = sn * qip + c * qir;
        }
      }
    }
  }
  let top = 0;
  for (let i = 1; i < k; i++) if (m[i * k + i] > m[top * k + top]) top = i;
  const s = new Float64Array(k);
  for (let i = 0; i < k; i++) s[i] = q[i * k + top];
  return { theta: m[top * k + top], s };
}

/**
 * @internal Unit Perron vector of the symmetric adjacency `csr` (pass the in-rows of an undirected
 * view), with λ_max, the matrix–vector products it took and whether the residual test passed.
 */
export function lanczosPerron(
  n: number,
  csr: Csr,
  opts: { weighted: boolean; tolerance: number; maxIterations: number },
  tick: (done: number, total: number) => void,
): PerronResult {
  const steps = Math.min(STEPS, n);
  const basis = Array.from({ length: steps }, () => new Float64Array(n));
  const w = new Float64Array(n);
  const alpha = new Float64Array(steps);
  const beta = new Float64Array(steps);
  let y = new Float64Array(n).fill(1 / Math.sqrt(n));
  let lambda = 0;
  let products = 0;
  let converged = false;
  let previous = Infinity;
  while (products < opts.maxIterations) {
    basis[0].set(y);
    let k = 0;
    let lastEstimate = Infinity;
    for (; k < steps && products < opts.maxIterations; k++) {
      const v = basis[k];
      const dot = gather(n, csr, opts.weighted, v, w);
      products++;
      tick(products, opts.maxIterations);
      alpha[k] = dot;
      const prev = k > 0 ? basis[k - 1] : null;
      const b = k > 0 ? beta[k - 1] : 0;
      let norm = 0;
      let l1 = 0;
      for (let i = 0; i < n; i++) {
        const r = w[i] - dot * v[i] - (prev ? b * prev[i] : 0);
        w[i] = r;
        norm += r * r;
        l1 += Math.abs(r);
      }
      beta[k] = Math.sqrt(norm);
      // Stop at an invariant subspace, or once the top pair has converged: the Ritz vector's residual
      // Ay − θy is s_k·w, so its L1 norm is |s_k|·‖w‖₁. Going on would only grow ghost copies of the
      // converged pair, which blur the Ritz vector.
      if (k + 1 === steps || beta[k] <= 1e-14 * Math.abs(alpha[k]) + 1e-300) {
        k++;
        break;
      }
      if (k % CHECK_EVERY === CHECK_EVERY - 1) {
        // Also stop within reach of the power method's finish, or when the estimate stalls.
        const { theta, s } = topTridiagonalPair(alpha, beta, k + 1);
        const estimate = (Math.abs(s[k]) * l1) / (theta + 1);
        if (estimate < HANDOFF * opts.tolerance || estimate > 0.5 * lastEstimate) {
          k++;
          break;
        }
        lastEstimate = estimate;
      }
      const next = basis[k + 1];
      for (let i = 0; i < n; i++) next[i] = w[i] / beta[k];
    }
    const { theta, s } = topTridiagonalPair(alpha, beta, k);
    lambda = theta;
    const ritz = new Float64Array(n);
    for (let j = 0; j < k; j++) {
      const v = basis[j];
      const c = s[j];
      for (let i = 0; i < n; i++) ritz[i] += c * v[i];
    }
    // The Perron vector is non-negative: pick the sign that makes it so.
    let sum = 0;
    for (let i = 0; i < n; i++) sum += ritz[i];
    y = unitNorm(ritz, sum < 0 ? -1 : 1, false);
    // The power method's test on the true residual: ‖(A + I)y − (θ + 1)y‖₁ / (θ + 1).
    gather(n, csr, opts.weighted, y, w);
    products++;
    let residual = 0;
    for (let i = 0; i < n; i++) residual += Math.abs(w[i] - theta * y[i]);
    if (residual / (theta + 1) < opts.tolerance) {
      converged = true;
      break;
    }
    // Near rounding level the non-orthogonal basis stops improving the vector: hand the last Ritz
    // vector to the power method, which refines it at its usual rate, when it is that close already
    // or when a restart gained less than 10x.
    if (residual < HANDOFF * opts.tolerance * (theta + 1) || residual > 0.1 * previous) {
      const rest = perronVector(n, { rows: 'in', csr }, { ...opts, maxIterations: Math.max(1, opts.maxIterations - products), start: unitNorm(y, 1, true) }, tick);
      return { ...rest, iterations: products + rest.iterations };
    }
    previous = residual;
  }
  // Negative entries left are within the tolerance of 0 (restarts use them, they are information).
  return { values: unitNorm(y, 1, true), lambda: Math.max(0, lambda), iterations: products, converged };
}

/** x·sign scaled to unit euclidean norm, negatives cleared first when `clamp`; in place. */
function unitNorm<T extends Float64Array>(x: T, sign: number, clamp: boolean): T {
  let sq = 0;
  for (let i = 0; i < x.length; i++) {
    const v = clamp ? Math.max(0, sign * x[i]) : sign * x[i];
    x[i] = v;
    sq += v * v;
  }
  const scale = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (let i = 0; i < x.length; i++) x[i] *= scale;
  return x;
}
