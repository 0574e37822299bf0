/**
 * Burt's effective size (Burt 1992): the number of a node's contacts minus their redundancy, i.e.
 * how many non-redundant contacts it has,
 *   e_v = Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p_vw m_uw),   m_uw = a_uw / max_x a_ux,
 * with the mutual weights a and proportions p of {@link constraint}. Unweighted undirected graphs use
 * Borgatti's equivalent e_v = N − 2t/N (t ties among the N contacts), exactly as NetworkX does.
 * Isolates get 0 (NetworkX: NaN). Values lie in [0, N] ⊆ [0, n − 1]; unweighted, every non-isolate has e ≥ 1.
 * Burt, R. S. (1992). Structural Holes. Harvard University Press; Borgatti, S. (1997). Structural
 * holes: unpacking Burt's redundancy measures. Connections 20(1), 35–38.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { burtEffectiveSize } from './internal/structural-holes.js';

const schema = z
  .object({
    weighted: z.boolean().default(false),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link effectiveSize}. */
export interface EffectiveSizeOptions {
  /** Use edge weights (the view's weight attribute) as tie weights; NetworkX's default `weight=None` ignores them. @defaultValue `false` */
  weighted?: boolean;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Burt's effective size of each node's ego network.
 *
 * @example
 * ```ts
 * const e = effectiveSize().score(graph);
 * e.get('alice'); // 4.5 non-redundant contacts
 * ```
 */
export function effectiveSize(options: EffectiveSizeOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'effectiveSize');
  return createScorer({
    id: 'effective-size',
    label: 'Effective size',
    description: 'e_v = Σ_u (1 − Σ_w p_vw m_uw), non-redundant contacts (NetworkX; Borgatti N − 2t/N when unweighted undirected). Burt 1992.',
    range: [0, Infinity],
    higherIsBetter: true,
    params,
    view,
    *compute(ctx, control) {
      return { values: yield* burtEffectiveSize(ctx, params.weighted, control) };
    },
  });
}
