/**
 * Solvers for PageRank's fixed point x = α·(Pᵀx + (dᵀ_dangling x)·d) + (1 − α)·p, shared by PageRank
 * and TrustRank.
 *
 * When dangling mass goes where teleports go (d = p, NetworkX's default), x = y / ‖y‖₁ for the linear
 * system (I − αPᵀ)y = p, P with zero rows at dangling nodes (Langville & Meyer 2006, ch. 7). Three
 * solvers use that:
 * - Chebyshev iteration (Golub & Varga 1961; Saad 2003, alg. 12.1), the default on undirected views:
 *   P = D⁻¹W is similar to a symmetric matrix, so the spectrum of I − αPᵀ lies in [1 − α, 1 + α], and
 *   the Chebyshev polynomials of that interval cut the error by about (1 − √(1 − α²))/α per pass
 *   (0.56 at α = 0.85, where the power method's bound is 0.85): about a third of the passes.
 * - Block Gauss–Seidel in a canonical order (`block-gauss-seidel.ts`), the default on directed views,
 *   where Chebyshev does not apply (their spectra are complex): about 70% of the power method's passes.
 * - Point-wise Gauss–Seidel sweeps in the context's node order, on request: each pull reads values
 *   updated earlier in the same sweep, about 60–67% of the passes on any view.
 * Otherwise (a `dangling` vector of its own) the power method. All stop on the same rule, the L1
 * change one power step would make.
 *
 * Node order: the power method and Chebyshev use only whole-vector operations, and block Gauss–Seidel
 * fixes its order by degrees with Jacobi steps inside each degree class, so nodes in symmetric
 * positions get the same scores whatever the node order, and percentile composites see their ties.
 * Point-wise Gauss–Seidel's stopping point depends on node order: a final Jacobi pass makes nodes with
 * identical in-links identical again, but other symmetric nodes (the two ends of a reciprocal pair)
 * differ within the tolerance. Restarted GMRES, also order-independent, was no faster than the power
 * method on directed views here: its orthogonalization costs as much as the passes it saves.
 */
import type { ScoringContext } from '../../context/context.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { blockGaussSeidel } from './block-gauss-seidel.js';
import { gather } from './gather.js';

/** How PageRank's fixed point is computed; see {@link PageRankOptions.solver}. */
export type PageRankSolver = 'auto' | 'power' | 'gauss-seidel' | 'block-gauss-seidel' | 'chebyshev';

/** @internal Inputs of {@link solvePageRank}. */
export interface PageRankSolve {
  alpha: number;
  weighted: boolean;
  tolerance: number;
  maxIterations: number;
  teleport: Float64Array;
  dangling: Float64Array;
  /**
   * `auto`: block Gauss–Seidel on directed views; on undirected ones Chebyshev when `dangling` is
   * `teleport`, the power method otherwise. `chebyshev` requires an undirected view; `chebyshev` and
   * `gauss-seidel` fall back to the power method when `dangling` is not `teleport`.
   * @defaultValue `'auto'`
   */
  solver?: PageRankSolver;
}

type Tick = (done: number, total: number) => void;

/** @internal A solver's result: the normalized fixed point and how it got there. */
export interface PageRankSolution {
  values: Float64Array;
  iterations: number;
  converged: boolean;
  /** The solver that ran (`auto` resolved). */
  solver: Exclude<PageRankSolver, 'auto'>;
}

/** The adjacency a solver reads: `in`/`out` rows, and whether the view is undirected (symmetric). */
type Adjacency = Pick<ScoringContext, 'n' | 'out' | 'in' | 'directed'>;

/** @internal Which solver `auto` (or an explicit choice) runs on this context. */
export function resolveSolver(ctx: Adjacency, opts: PageRankSolve): Exclude<PageRankSolver, 'auto'> {
  const linear = opts.dangling === opts.teleport;
  const solver = opts.solver ?? 'auto';
  if (solver === 'auto') return ctx.directed ? 'block-gauss-seidel' : linear ? 'chebyshev' : 'power';
  if (solver === 'chebyshev' && ctx.directed) {
    throw new InfluenceScoreError('INVALID_OPTION', "solver 'chebyshev' needs an undirected view (a directed graph's spectrum is complex); use 'auto' or 'block-gauss-seidel'", [
      { path: ['solver'], field: 'solver', message: 'chebyshev on a directed view' },
    ]);
  }
  // Chebyshev and point-wise Gauss–Seidel solve the linear system, which needs d = p.
  if (!linear && solver !== 'block-gauss-seidel') return 'power';
  return solver;
}

/** @internal PageRank's fixed point (see the module header); reports convergence, throws only for `chebyshev` on a directed view. */
export function solvePageRank(ctx: Adjacency, opts: PageRankSolve, tick: Tick): PageRankSolution {
  const invOut = inverseOutWeights(ctx, opts.weighted);
  const solver = resolveSolver(ctx, opts);
  if (solver === 'block-gauss-seidel') {
    const result = blockGaussSeidel({ ...opts, n: ctx.n, out: ctx.out, in: ctx.in, invOut, tick });
    // Already a distribution up to rounding; normalizing makes the sum 1 as every solver's.
    return { ...result, values: normalize(result.values), solver };
  }
  const run = solver === 'chebyshev' ? chebyshev : solver === 'gauss-seidel' ? gaussSeidel : powerMethod;
  return { ...run(ctx, opts, invOut, tick), solver };
}

type Solution = Omit<PageRankSolution, 'solver'>;

/** Share of each node's rank sent along one unit of out-weight; 0 marks a dangling node. */
function inverseOutWeights(ctx: Adjacency, weighted: boolean): Float64Array {
  const { offsets, weights } = ctx.out;
  const inv = new Float64Array(ctx.n);
  for (let u = 0; u < ctx.n; u++) {
    let s = 0;
    if (weighted) for (let e = offsets[u]; e < offsets[u + 1]; e++) s += weights[e];
    else s = offsets[u + 1] - offsets[u];
    inv[u] = s > 0 ? 1 / s : 0;
  }
  return inv;
}

/** Scales y to sum 1, clearing the tiny negatives an extrapolating solver can leave near zero. */
function normalize(y: Float64Array): Float64Array {
  let sum = 0;
  for (let v = 0; v < y.length; v++) {
    if (y[v] < 0) y[v] = 0;
    sum += y[v];
  }
  for (let v = 0; v < y.length; v++) y[v] /= sum;
  return y;
}

/**
 * Chebyshev iteration on (I − αPᵀ)y = p over the interval [1 − α, 1 + α] (centre 1, half-width α).
 * The residual r = p − (I − αPᵀ)y is carried along, and the power step's L1 change at x = y/‖y‖₁ is
 * ‖(c − 1/s)·p + r/s‖₁ with s = ‖y‖₁ and c = α·(dangling mass of x) + 1 − α, so the stopping rule is
 * the power method's without its extra pass.
 */
function chebyshev(ctx: Adjacency, opts: PageRankSolve, invOut: Float64Array, tick: Tick): Solution {
  const { n } = ctx;
  const { alpha, weighted, teleport: p } = opts;
  const y = new Float64Array(n);
  const r = new Float64Array(n);
  const d = new Float64Array(n);
  const scaled = new Float64Array(n);
  const product = new Float64Array(n);
  // y₀ = p/(1 − α), the solution's scale; r₀ = p − (I − αPᵀ)y₀ = αPᵀy₀ − αp/(1 − α).
  for (let v = 0; v < n; v++) {
    y[v] = p[v] / (1 - alpha);
    scaled[v] = y[v] * invOut[v];
  }
  gather(n, ctx.in, weighted, scaled, product);
  for (let v = 0; v < n; v++) {
    r[v] = p[v] - y[v] + alpha * product[v];
    d[v] = r[v];
  }
  const sigma = 1 / alpha;
  let rho = alpha;
  let iterations = 0;
  let converged = false;
  while (iterations < opts.maxIterations) {
    iterations++;
    for (let v = 0; v < n; v++) scaled[v] = d[v] * invOut[v];
    gather(n, ctx.in, weighted, scaled, product);
    let s = 0;
    let danglingMass = 0;
    for (let v = 0; v < n; v++) {
      y[v] += d[v];
      r[v] -= d[v] - alpha * product[v];
      s += y[v];
      if (invOut[v] === 0) danglingMass += y[v];
    }
    const shift = alpha * (danglingMass / s) + 1 - alpha - 1 / s;
    const next = 1 / (2 * sigma - rho);
    const keep = next * rho;
    const push = 2 * next / alpha;
    let change = 0;
    for (let v = 0; v < n; v++) {
      change += Math.abs(shift * p[v] + r[v] / s);
      d[v] = keep * d[v] + push * r[v];
    }
    rho = next;
    tick(iterations, opts.maxIterations);
    if (change < opts.tolerance) {
      converged = true;
      break;
    }
  }
  return { values: normalize(y), iterations, converged };
}

/** Gauss–Seidel sweeps over the in-CSR (pull), then one Jacobi pass (see the module header). */
function gaussSeidel(ctx: Adjacency, opts: PageRankSolve, invOut: Float64Array, tick: Tick): Solution {
  const { n } = ctx;
  const { alpha, weighted, teleport } = opts;
  const { offsets: inOff, targets: inSrc, weights: inW } = ctx.in;
  // scaled[u] = y[u] · invOut[u], kept in step with y so each pull is one multiply-add per arc.
  // Start at the solution's scale (‖y‖₁ = 1/(1 − α) without dangling nodes), so the first sweeps
  // measure real change rather than growth.
  const y = new Float64Array(n);
  const scaled = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    y[u] = teleport[u] / (1 - alpha);
    scaled[u] = y[u] * invOut[u];
  }
  let iterations = 0;
  let converged = false;
  while (iterations < opts.maxIterations) {
    iterations++;
    let change = 0;
    let total = 0;
    let start = inOff[0];
    for (let v = 0; v < n; v++) {
      const end = inOff[v + 1];
      let acc = 0;
      if (weighted) for (let e = start; e < end; e++) acc += scaled[inSrc[e]] * inW[e];
      else for (let e = start; e < end; e++) acc += scaled[inSrc[e]];
      start = end;
      const value = teleport[v] + alpha * acc;
      change += Math.abs(value - y[v]);
      total += value;
      y[v] = value;
      scaled[v] = value * invOut[v];
    }
    tick(iterations, opts.maxIterations);
    if (change < opts.tolerance * total) {
      converged = true;
      break;
    }
  }
  // The Jacobi pass reads only the finished sweep, so nodes with the same in-links get the same value.
  gather(n, ctx.in, weighted, scaled, y);
  for (let v = 0; v < n; v++) y[v] = teleport[v] + alpha * y[v];
  return { values: normalize(y), iterations, converged };
}

/** The power method, pushing along the out-CSR (any dangling vector, no in-CSR needed). */
function powerMethod(ctx: Adjacency, opts: PageRankSolve, invOut: Float64Array, tick: Tick): Solution {
  const { n } = ctx;
  const { alpha, weighted, teleport, dangling } = opts;
  const { offsets: outOff, targets: outDst, weights: outW } = ctx.out;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  const teleportScale = 1 - alpha;
  while (iterations < opts.maxIterations) {
    iterations++;
    // `next` holds zeros here: the update loop below clears each slot of the array it reads.
    let danglingMass = 0;
    let start = outOff[0];
    for (let u = 0; u < n; u++) {
      const end = outOff[u + 1];
      const inv = invOut[u];
      if (inv === 0) danglingMass += x[u];
      else if (weighted) {
        const share = x[u] * inv;
        for (let e = start; e < end; e++) next[outDst[e]] += share * outW[e];
      } else {
        const share = x[u] * inv;
        for (let e = start; e < end; e++) next[outDst[e]] += share;
      }
      start = end;
    }
    const danglingScale = alpha * danglingMass;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const value = alpha * next[v] + danglingScale * dangling[v] + teleportScale * teleport[v];
      err += Math.abs(value - x[v]);
      x[v] = 0;
      next[v] = value;
    }
    [x, next] = [next, x];
    tick(iterations, opts.maxIterations);
    if (err < opts.tolerance) {
      converged = true;
      break;
    }
  }
  return { values: x, iterations, converged };
}
