/**
 * Burt's constraint (Burt 1992): how much a node's contacts are tied to each other. Low constraint
 * means the node spans structural holes, so it brokers between otherwise disconnected contacts.
 *   c_v = Σ_{j ∈ N(v)} (p_vj + Σ_{q ∈ N(v)} p_vq p_qj)²,   p_uv = a_uv / Σ_w a_uw,   a_uv = w(u→v) + w(v→u)
 * NetworkX's `constraint` definition: neighbours in both directions, mutual weights. Values lie in
 * [0, 4) (a pendant node has 1, a closed triad member 1.125). Deviations from NetworkX, both for
 * isolated or one-way nodes where it has no number: an isolate gets 1, and a node of a directed graph
 * with in-edges only gets the formula's value where NetworkX reports NaN.
 * Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { burtConstraint } from './internal/structural-holes.js';

/** Constraint given to a node without contacts: that of a pendant node, the most dependent position with a tie. */
export const ISOLATE_CONSTRAINT = 1;

const schema = z
  .object({
    weighted: z.boolean().default(false),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link constraint}. */
export interface ConstraintOptions {
  /** Use edge weights (the view's weight attribute) as tie weights; NetworkX's default `weight=None` ignores them. @defaultValue `false` */
  weighted?: boolean;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Burt's constraint. Lower is better (more brokerage), so the scorer declares `higherIsBetter: false`
 * and `top(k)` lists the least constrained nodes first.
 *
 * @example
 * ```ts
 * const c = constraint().score(graph);
 * c.top(5); // the five best brokers (lowest constraint)
 * ```
 */
export function constraint(options: ConstraintOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'constraint');
  return createScorer({
    id: 'constraint',
    label: 'Burt constraint',
    description: 'c_v = Σ_j (p_vj + Σ_q p_vq p_qj)², p from mutual tie weights (NetworkX); lower = more brokerage. Burt 1992.',
    range: [0, 4],
    higherIsBetter: false,
    params: { ...params, isolated: ISOLATE_CONSTRAINT },
    view,
    *compute(ctx, control) {
      return { values: (yield* burtConstraint(ctx, params.weighted, control, ISOLATE_CONSTRAINT, false)).constraint };
    },
  });
}
