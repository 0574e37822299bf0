/**
 * Katz centrality (Katz 1953): walks of every length into a node, the longer ones damped by α per step.
 *   x = α Aᵀ x + β·1   (x_v = β Σ_k α^k (number of k-walks ending at v))
 * NetworkX semantics (`katz_centrality`): in-edges on directed graphs, start at 0, euclidean norm
 * when normalized. The series converges only for α < 1/λ_max; NetworkX's fixed α = 0.1 diverges on
 * most real networks (λ_max is 118 on email-Enron), so the default α is 0.5/λ_max, λ_max estimated
 * by power iteration (0.1 when λ_max = 0, an acyclic graph, where every α converges).
 * Katz, L. (1953). A new status index derived from sociometric analysis. Psychometrika 18(1), 39–43.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { spectralRadius } from './internal/spectral-radius.js';
import { warning, type Warning } from '../../core/warnings.js';

/** α as a fraction of the convergence bound 1/λ_max when the caller gives none. */
const DEFAULT_ALPHA_FRACTION = 0.5;
/** α for a graph with λ_max = 0 (acyclic or edgeless): NetworkX's default. */
const ACYCLIC_ALPHA = 0.1;
/** An iterate this large means the series diverges (α ≥ 1/λ_max). */
const DIVERGED = 1e250;

const schema = z
  .object({
    alpha: z.number().positive().refine(Number.isFinite, 'must be finite').optional(),
    beta: z.number().positive().refine(Number.isFinite, 'must be finite').default(1),
    normalized: z.boolean().default(true),
    weighted: z.boolean().default(false),
    tolerance: z.number().positive().default(1e-12),
    maxIterations: z.number().int().positive().default(10_000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link katz}. */
export interface KatzOptions {
  /**
   * Attenuation per step; must be below 1/λ_max for the series to converge.
   * @defaultValue `0.5 / λ_max` (λ_max by power iteration; `0.1` when λ_max = 0), reported in `meta.params.alpha`
   */
  alpha?: number;
  /** Weight every node receives for free (the walk of length 0). @defaultValue `1` */
  beta?: number;
  /** Scale to unit euclidean norm, as NetworkX. @defaultValue `true` */
  normalized?: boolean;
  /** Use edge weights (the view's weight attribute). @defaultValue `false` (NetworkX's `weight=None`) */
  weighted?: boolean;
  /** Stop when ‖x_k − x_{k−1}‖₁ ≤ tolerance · ‖x_k‖₁. @defaultValue `1e-12` */
  tolerance?: number;
  /** Give up (with `meta.converged = false` and a warning) after this many iterations. @defaultValue `10000` */
  maxIterations?: number;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Katz centrality over the attention graph: every walk into a node counts, damped by α per step.
 *
 * @example
 * ```ts
 * const k = katz().score(graph);
 * k.meta.params.alpha; // 0.5 / λ_max, e.g. 0.0042 on email-Enron
 * katz({ alpha: 0.01, normalized: false }).score(graph).top(5);
 * ```
 */
export function katz(options: KatzOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'katz');
  return createScorer({
    id: 'katz',
    label: 'Katz',
    description: 'x = αAᵀx + β (walks into v damped by α per step); default α = 0.5/λ_max. Katz 1953.',
    range: [0, params.normalized ? 1 : Infinity],
    higherIsBetter: true,
    params,
    view,
    compute(ctx, control) {
      const { n } = ctx;
      const { beta, weighted } = params;
      let alpha = params.alpha;
      const fitted: Record<string, unknown> = {};
      if (alpha === undefined) {
        const { lambda } = spectralRadius(ctx, weighted, control.tick);
        alpha = lambda > 0 ? DEFAULT_ALPHA_FRACTION / lambda : ACYCLIC_ALPHA;
        fitted.lambdaMax = lambda;
      }
      fitted.alpha = alpha;
      const { offsets, targets, weights } = ctx.in;
      let x = new Float64Array(n);
      let next = new Float64Array(n);
      let iterations = 0;
      let converged = n === 0;
      let diverged = false;
      while (!converged && iterations < params.maxIterations) {
        iterations++;
        let err = 0;
        let total = 0;
        for (let v = 0; v < n; v++) {
          let acc = 0;
          if (weighted) for (let e = offsets[v]; e < offsets[v + 1]; e++) acc += x[targets[e]] * weights[e];
          else for (let e = offsets[v]; e < offsets[v + 1]; e++) acc += x[targets[e]];
          const value = alpha * acc + beta;
          next[v] = value;
          err += Math.abs(value - x[v]);
          total += value;
        }
        if (!(total < DIVERGED)) {
          diverged = true;
          break;
        }
        [x, next] = [next, x];
        control.tick(iterations, params.maxIterations);
        if (err <= params.tolerance * total) converged = true;
      }
      const warnings: Warning[] = [];
      if (diverged || !converged) {
        warnings.push(warning('NOT_CONVERGED', `Katz did not converge in ${iterations} iterations${diverged ? ' (the series diverges)' : ''}: α = ${alpha} is probably ≥ 1/λ_max; leave alpha unset for 0.5/λ_max`,));
      }
      if (params.normalized) {
        // Scale by the max first so that a diverging iterate (up to 1e250) cannot overflow the norm.
        let max = 0;
        for (let v = 0; v < n; v++) if (x[v] > max) max = x[v];
        let sq = 0;
        for (let v = 0; v < n; v++) sq += (x[v] / max) ** 2;
        const s = max > 0 ? 1 / (max * Math.sqrt(sq)) : 1;
        for (let v = 0; v < n; v++) x[v] *= s;
      }
      return { values: x, converged, iterations, warnings, params: fitted };
    },
  });
}
