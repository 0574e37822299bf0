/**
 * Eigenvector centrality (Bonacich 1972): a node is central when central nodes point to it.
 *   x_v ∝ Σ_{u→v} w(u,v)·x_u,   x = Perron vector of Aᵀ, ‖x‖₂ = 1
 * NetworkX semantics (`eigenvector_centrality`): directed graphs use in-edges (influence flows to v),
 * euclidean norm. Directed views: power iteration on A + I, as NetworkX (the shift keeps periodic
 * graphs convergent). Undirected views: restarted Lanczos (`internal/lanczos.ts`), the same vector in
 * about half the matrix–vector products, stopped by the same residual test.
 * Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique identification.
 * Journal of Mathematical Sociology 2(1), 113–120.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { extremeWeightScale, withWeightScale } from '../../context/weight-range.js';
import { createScorer } from '../create-scorer.js';
import { lanczosPerron } from './internal/lanczos.js';
import { perronVector } from './internal/perron.js';

const schema = z
  .object({
    weighted: z.boolean().default(false),
    tolerance: z.number().positive().default(1e-10),
    maxIterations: z.number().int().positive().default(10_000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link eigenvector}. */
export interface EigenvectorOptions {
  /** Use edge weights (the view's weight attribute); NetworkX's default `weight=None` ignores them. @defaultValue `false` */
  weighted?: boolean;
  /**
   * Stop when the L1 change of the unit vector between iterations is below this. NetworkX stops at
   * n × 1e-6, which leaves errors near 1e-4 on large graphs; we iterate further. @defaultValue `1e-10`
   */
  tolerance?: number;
  /** Give up (with `meta.converged = false` and a warning) after this many matrix–vector products (iterations). @defaultValue `10000` */
  maxIterations?: number;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Eigenvector centrality over the attention graph: a node scores high when high scorers point to it.
 * `meta.params.lambdaMax` reports the spectral radius found on the way.
 *
 * @example
 * ```ts
 * const ev = eigenvector().score(graph);
 * ev.meta.converged; // true
 * ev.top(5);
 * ```
 */
export function eigenvector(options: EigenvectorOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'eigenvector');
  return createScorer({
    id: 'eigenvector',
    label: 'Eigenvector',
    description: 'x_v ∝ Σ_{u→v} x_u (Perron vector of Aᵀ, ‖x‖₂ = 1), power iteration on A + I as NetworkX. Bonacich 1972.',
    range: [0, 1],
    higherIsBetter: true,
    params,
    view,
    compute(ctx, control) {
      if (ctx.n === 0) return { values: new Float64Array(0), converged: true, iterations: 0 };
      // A and cA have the same eigenvectors; weights of extreme magnitude are brought near 1 first, or
      // the norm of (A + I)x overflows (all zeros) or A vanishes beside I (the uniform start returned).
      const source = ctx.directed ? ctx.out : ctx.in;
      const scale = params.weighted ? extremeWeightScale(source.weights) : 1;
      const csr = withWeightScale(source, scale);
      const r = ctx.directed ? perronVector(ctx.n, { rows: 'out', csr }, params, control.tick) : lanczosPerron(ctx.n, csr, params, control.tick);
      return { values: r.values, converged: r.converged, iterations: r.iterations, params: { lambdaMax: r.lambda / scale } };
    },
  });
}
