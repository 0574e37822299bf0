/**
 * PageRank (Brin & Page 1998): the stationary distribution of a random surfer who follows an edge
 * with probability α and teleports (to the personalization vector) otherwise.
 *   x = α·(Wᵀ D⁻¹ x + (Σ_dangling x)·d) + (1 − α)·p
 * NetworkX semantics: out-weights are row-normalized, dangling mass goes to `dangling` (default p),
 * undirected edges count both ways. Power method by default, Gauss–Seidel sweeps on request; no
 * allocation per step.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../../core/scorer.js';
import type { ScoringContext } from '../../context/context.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';

const nodeWeights = z.union([
  z.record(z.string(), z.number().nonnegative().refine(Number.isFinite, 'must be finite')),
  z.instanceof(Map<string, number>),
]);

const schema = z
  .object({
    alpha: z.number().gt(0).lt(1).default(0.85),
    weighted: z.boolean().default(true),
    personalization: nodeWeights.optional(),
    dangling: nodeWeights.optional(),
    tolerance: z.number().positive().default(1e-10),
    maxIterations: z.number().int().positive().default(1000),
    solver: z.enum(['power', 'gauss-seidel']).default('power'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Weights per node key, as an object or a Map (use a Map for keys such as `__proto__`). */
export type NodeWeights = Record<string, number> | Map<string, number>;

/** Options of {@link pagerank}. */
export interface PageRankOptions {
  /** Damping: probability of following an edge. @defaultValue `0.85` */
  alpha?: number;
  /** Use edge weights (the view's weight attribute). @defaultValue `true` */
  weighted?: boolean;
  /** Teleport distribution over node keys; missing nodes get 0. Normalized to sum 1. @defaultValue uniform */
  personalization?: NodeWeights;
  /** Where dangling nodes' mass goes. @defaultValue the personalization vector (NetworkX) */
  dangling?: NodeWeights;
  /** Stop when the L1 change between iterations is below this (NetworkX uses n × 1e-6; we iterate further). @defaultValue `1e-10` */
  tolerance?: number;
  /** Give up (with `meta.converged = false`) after this many iterations. @defaultValue `1000` */
  maxIterations?: number;
  /**
   * `power`: the power method, order-independent, so nodes in identical positions get identical
   * scores. `gauss-seidel`: sweeps on (I − αPᵀ)y = p, about half the passes, but the stopping point
   * depends on node order (ties differ within `tolerance`); used only when `dangling` is not set.
   * @defaultValue `'power'`
   */
  solver?: 'power' | 'gauss-seidel';
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/** @internal Dense, normalized distribution from node weights; uniform when absent. */
export function distribution(ctx: ScoringContext, weights: NodeWeights | undefined, what: string): Float64Array {
  const out = new Float64Array(ctx.n);
  if (!weights) return out.fill(1 / ctx.n);
  const entries = weights instanceof Map ? [...weights] : Object.entries(weights);
  let sum = 0;
  for (const [key, w] of entries) {
    const i = ctx.index.get(key);
    if (i === undefined) throw new InfluenceScoreError('UNKNOWN_NODE', `${what} names node "${key}", which is not in the graph`, [{ path: [what, key], message: 'unknown node' }]);
    out[i] = w;
    sum += w;
  }
  if (!(sum > 0)) throw new InfluenceScoreError('INVALID_OPTION', `${what} must give some node a positive weight`, [{ path: [what], message: 'all weights are zero' }]);
  for (let i = 0; i < ctx.n; i++) out[i] /= sum;
  return out;
}

/** Share of each node's rank sent along one unit of out-weight; 0 marks a dangling node. */
function inverseOutWeights(ctx: ScoringContext, weighted: boolean): Float64Array {
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

/** @internal Inputs of {@link powerIteratePageRank}. */
export interface PageRankSolve {
  alpha: number;
  weighted: boolean;
  tolerance: number;
  maxIterations: number;
  teleport: Float64Array;
  dangling: Float64Array;
  /** @defaultValue `'power'` */
  solver?: 'power' | 'gauss-seidel';
}

type Tick = (done: number, total: number) => void;
type Solution = { values: Float64Array; iterations: number; converged: boolean };

/**
 * @internal PageRank's fixed point, shared with trust scorers (TrustRank). By default the power
 * method. With `solver: 'gauss-seidel'` and dangling mass going where teleports go (NetworkX's
 * default), the fixed point is y / ‖y‖₁ for the linear system (I − αPᵀ) y = p (Langville & Meyer
 * 2006, ch. 7), which Gauss–Seidel sweeps solve in about half the passes, because each pull reads
 * the values updated earlier in the same sweep; the price is that the stopping point depends on node
 * order. Both stop when the L1 change of the normalized vector is below `tolerance`; neither
 * allocates per iteration.
 */
export function powerIteratePageRank(ctx: ScoringContext, opts: PageRankSolve, tick: Tick): Solution {
  const invOut = inverseOutWeights(ctx, opts.weighted);
  const gs = opts.solver === 'gauss-seidel' && opts.dangling === opts.teleport;
  return gs ? gaussSeidel(ctx, opts, invOut, tick) : powerMethod(ctx, opts, invOut, tick);
}

/** Gauss–Seidel sweeps over the in-CSR (pull). */
function gaussSeidel(ctx: ScoringContext, opts: PageRankSolve, invOut: Float64Array, tick: Tick): Solution {
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
  let sum = 0;
  for (let v = 0; v < n; v++) sum += y[v];
  for (let v = 0; v < n; v++) y[v] /= sum;
  return { values: y, iterations, converged };
}

/** The power method, pushing along the out-CSR (any dangling vector). */
function powerMethod(ctx: ScoringContext, opts: PageRankSolve, invOut: Float64Array, tick: Tick): Solution {
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

/**
 * PageRank over the attention graph: influence flows along `u → v` to v.
 *
 * @example
 * ```ts
 * const pr = pagerank({ alpha: 0.85 }).score(graph);
 * pr.meta.converged; // true
 * pr.top(10);
 * ```
 */
export function pagerank(options: PageRankOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'pagerank');
  return createScorer({
    id: 'pagerank',
    label: 'PageRank',
    description: 'x = α(Wᵀ D⁻¹ x + dangling·d) + (1 − α)p; random-surfer stationary distribution. Brin & Page 1998.',
    range: [0, 1],
    higherIsBetter: true,
    params,
    view,
    compute(ctx, control) {
      if (ctx.n === 0) return { values: new Float64Array(0), converged: true, iterations: 0 };
      const teleport = distribution(ctx, params.personalization, 'personalization');
      const dangling = params.dangling ? distribution(ctx, params.dangling, 'dangling') : teleport;
      return powerIteratePageRank(ctx, { ...params, teleport, dangling }, control.tick);
    },
  });
}
