/**
 * Interaction strength of a tie: how much two accounts actually interact, counting every raw edge
 * between them in either direction (each reply, mention, share... is one interaction):
 *   s_uv = Σ_{e between u and v} typeWeight(type_e) · w_e
 * where w_e is the view's weight of the edge: its weight attribute (1 when missing, or always 1 with
 * `view.weight: null`) times 0.5^(age / halfLife) when the view sets a half-life. This is the
 * "amount of time / frequency of contact" leg of Granovetter's definition, the measure Onnela et
 * al. used (aggregate call duration).
 * Granovetter, M. (1973). The strength of weak ties. AJS 78(6), 1360–1380; Onnela et al. (2007), PNAS 104(18).
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { ViewOptions } from '../../context/view.js';
import type { EdgeScorer } from './edge-scorer.js';
import { createEdgeScorer } from './internal/create-edge-scorer.js';
import { findEntry } from './internal/pairs.js';

const weight = z.number().nonnegative().refine(Number.isFinite, 'must be finite');
const schema = z
  .object({
    typeWeights: z.union([z.record(z.string(), weight), z.instanceof(Map<string, number>)]).optional(),
    defaultTypeWeight: weight.default(1),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link interactionStrength}. */
export interface InteractionStrengthOptions {
  /**
   * Weight of one interaction of each relation type, e.g. `{ reply: 3, mention: 2, like: 0.5 }`
   * (a Map for type names such as `__proto__`). Types not listed weigh `defaultTypeWeight`.
   * @defaultValue every type weighs `defaultTypeWeight`
   */
  typeWeights?: Record<string, number> | Map<string, number>;
  /** Weight of interactions whose type is not in `typeWeights`, and of untyped edges. @defaultValue `1` */
  defaultTypeWeight?: number;
  /** Which edges to read; its `halfLife` decays old interactions, its `weight` names the per-edge weight. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Type-weighted, decayed count of the interactions on every tie.
 *
 * @example
 * ```ts
 * const WEEK = 7 * 24 * 3600 * 1000;
 * const strength = interactionStrength({ typeWeights: { reply: 3, like: 0.5 }, view: { halfLife: 4 * WEEK } });
 * strength.score(graph).get('alice', 'bob'); // e.g. 4.7 decayed, weighted interactions
 * ```
 */
export function interactionStrength(options: InteractionStrengthOptions = {}): EdgeScorer {
  const { view, ...params } = parseOptions(schema, options, 'interactionStrength');
  const typeWeights = params.typeWeights instanceof Map ? params.typeWeights : new Map(Object.entries(params.typeWeights ?? {}));
  return createEdgeScorer({
    id: 'interaction',
    label: 'Interaction strength',
    description: 's_uv = Σ typeWeight(type)·w over every interaction between u and v (either direction), decayed by the view. Granovetter 1973.',
    range: [0, Infinity],
    params: { typeWeights: Object.fromEntries(typeWeights), defaultTypeWeight: params.defaultTypeWeight },
    view,
    compute(ctx, pairs, control) {
      const { edges } = ctx;
      const byCode = edges.typeNames.map((name) => typeWeights.get(name) ?? params.defaultTypeWeight);
      const values = new Float64Array(pairs.m);
      for (let e = 0; e < edges.length; e++) {
        const u = edges.src[e];
        const v = edges.dst[e];
        if (u === v) continue;
        const code = edges.type[e];
        const entry = findEntry(pairs.adj, u, v);
        values[pairs.pairOf[entry]] += (code < 0 ? params.defaultTypeWeight : byCode[code]) * edges.weight[e];
        if ((e & 16383) === 0) control.tick(e, edges.length);
      }
      return { values };
    },
  });
}
