/**
 * PageRank (Brin & Page 1998): the stationary distribution of a random surfer who follows an edge
 * with probability α and teleports (to the personalization vector) otherwise.
 *   x = α·(Wᵀ D⁻¹ x + (Σ_dangling x)·d) + (1 − α)·p
 * NetworkX semantics: out-weights are row-normalized, dangling mass goes to `dangling` (default p),
 * undirected edges count both ways. Solvers (Chebyshev, block and point-wise Gauss–Seidel, power method) are in
 * `../shared/pagerank-solve.ts`.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { type PageRankSolver, solvePageRank } from '../shared/pagerank-solve.js';
import { distribution, type NodeWeights } from '../shared/node-weights.js';

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
    solver: z.enum(['auto', 'power', 'gauss-seidel', 'block-gauss-seidel', 'chebyshev']).default('auto'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

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
   * How the fixed point is computed; every solver stops on the same rule and reaches the same scores
   * within `tolerance`.
   * - `auto`: `block-gauss-seidel` on directed views; on undirected ones `chebyshev`, or `power` when
   *   `dangling` is set.
   * - `chebyshev`: Chebyshev iteration on (I − αPᵀ)y = p, about a third of the power method's passes;
   *   undirected views only. Order-independent: nodes in symmetric positions get the same scores.
   * - `block-gauss-seidel`: Gauss–Seidel sweeps on the whole Google matrix (teleport and dangling
   *   terms as running sums) in a canonical order: in-degree, then out-degree, descending, Jacobi within
   *   each class of equal degrees. 70% of the power method's passes on pgp, 12 instead of 17 on a
   *   power-law graph. Order-independent: relabelling nodes only permutes scores.
   * - `power`: the power method; order-independent.
   * - `gauss-seidel`: point-wise sweeps on (I − αPᵀ)y = p in the context's node order. Its stopping
   *   point depends on node order, so symmetric nodes (other than nodes with the same in-links) can
   *   differ within `tolerance`: avoid it where exact ties matter, as in percentile composites.
   * `chebyshev` and `gauss-seidel` run the power method when `dangling` is set.
   * @defaultValue `'auto'`
   */
  solver?: PageRankSolver;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
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
      const { solver, ...result } = solvePageRank(ctx, { ...params, teleport, dangling }, control.tick);
      return { ...result, extra: { solver } };
    },
  });
}
