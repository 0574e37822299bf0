/**
 * Burt's hierarchy (Burt 1992): how far a node's constraint is concentrated on a single contact,
 *   H_v = Σ_j (r_j ln r_j) / (N ln N),   r_j = ℓ_vj / (c_v / N),  N = |N(v)|,
 * with ℓ_vj the local constraints of {@link constraint}. 0 when all contacts constrain equally (and
 * for nodes with fewer than two contacts), towards 1 when one contact holds all the constraint.
 * This is Burt's (and UCINET's) definition; NetworkX has no hierarchy.
 * Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { ISOLATE_CONSTRAINT } from './constraint.js';
import { burtConstraint } from './internal/structural-holes.js';

const schema = z
  .object({
    weighted: z.boolean().default(false),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link hierarchy}. */
export interface HierarchyOptions {
  /** Use edge weights (the view's weight attribute) as tie weights. @defaultValue `false` */
  weighted?: boolean;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Burt's hierarchy of constraint; lower means the constraint is spread, not owed to one contact.
 *
 * @example
 * ```ts
 * const h = hierarchy().score(graph);
 * h.get('alice'); // 0.4: much of alice's constraint comes from one contact
 * ```
 */
export function hierarchy(options: HierarchyOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'hierarchy');
  return createScorer({
    id: 'hierarchy',
    label: 'Burt hierarchy',
    description: 'H_v = Σ_j r_j ln r_j / (N ln N), r_j = local constraint / mean local constraint. Burt 1992.',
    range: [0, 1],
    higherIsBetter: false,
    params,
    view,
    *compute(ctx, control) {
      return { values: (yield* burtConstraint(ctx, params.weighted, control, ISOLATE_CONSTRAINT, true)).hierarchy! };
    },
  });
}
