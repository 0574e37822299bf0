/**
 * Topological overlap of a tie (Onnela et al. 2007): the share of the two endpoints' other
 * contacts that they have in common,
 *   O_uv = n_uv / ((k_u − 1) + (k_v − 1) − n_uv),   0 when the denominator is 0,
 * with n_uv common neighbours and k the degree in the view's undirected projection. Weak ties
 * (low overlap) hold a network together; strong ties sit inside dense clusters.
 * Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks.
 * PNAS 104(18), 7332–7336.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { ViewOptions } from '../../context/view.js';
import type { EdgeScorer } from './edge-scorer.js';
import { commonNeighbours } from './internal/common-neighbours.js';
import { createEdgeScorer } from './internal/create-edge-scorer.js';

const schema = z.object({ view: z.custom<ViewOptions>().optional() }).strict();

/** Options of {@link edgeOverlap}. */
export interface EdgeOverlapOptions {
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Onnela's topological overlap of every tie, in [0, 1].
 *
 * @example
 * ```ts
 * const overlap = edgeOverlap().score(graph);
 * overlap.get('alice', 'bob'); // 0.25: a quarter of their other contacts are shared
 * ```
 */
export function edgeOverlap(options: EdgeOverlapOptions = {}): EdgeScorer {
  const { view } = parseOptions(schema, options, 'edgeOverlap');
  return createEdgeScorer({
    id: 'overlap',
    label: 'Topological overlap',
    description: 'O_uv = n_uv / ((k_u − 1) + (k_v − 1) − n_uv), 0 when the denominator is 0. Onnela et al. 2007.',
    range: [0, 1],
    params: {},
    view,
    *compute(ctx, pairs, control) {
      const common = yield* commonNeighbours(ctx.n, pairs, control);
      const { offsets } = pairs.adj;
      const values = new Float64Array(pairs.m);
      for (let p = 0; p < pairs.m; p++) {
        const u = pairs.source[p];
        const v = pairs.target[p];
        const c = common[p];
        // Integer arithmetic up to the one division, so the value is the correctly rounded quotient.
        const denominator = offsets[u + 1] - offsets[u] - 1 + (offsets[v + 1] - offsets[v] - 1) - c;
        values[p] = denominator > 0 ? c / denominator : 0;
      }
      return { values };
    },
  });
}
