/**
 * Embeddedness of a tie: the number of contacts the two endpoints share, n_uv = |N(u) ∩ N(v)|,
 * in the view's undirected projection. Granovetter's "strength of weak ties" argument turns on
 * it: a tie with no common contacts is a bridge of its neighbourhood.
 * Granovetter, M. (1973). The strength of weak ties. American Journal of Sociology 78(6), 1360–1380;
 * Marsden, P. V. & Campbell, K. E. (1984). Measuring tie strength. Social Forces 63(2), 482–501.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { ViewOptions } from '../../context/view.js';
import type { EdgeScorer } from './edge-scorer.js';
import { commonNeighbours } from './internal/common-neighbours.js';
import { createEdgeScorer } from './internal/create-edge-scorer.js';

const schema = z.object({ view: z.custom<ViewOptions>().optional() }).strict();

/** Options of {@link embeddedness}. */
export interface EmbeddednessOptions {
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Common-neighbour count of every tie.
 *
 * @example
 * ```ts
 * const shared = embeddedness().score(graph);
 * shared.get('alice', 'bob'); // 3 contacts in common
 * ```
 */
export function embeddedness(options: EmbeddednessOptions = {}): EdgeScorer {
  const { view } = parseOptions(schema, options, 'embeddedness');
  return createEdgeScorer({
    id: 'embeddedness',
    label: 'Embeddedness',
    description: 'n_uv = |N(u) ∩ N(v)|, common contacts in the undirected projection. Granovetter 1973; Marsden & Campbell 1984.',
    range: [0, Infinity],
    params: {},
    view,
    *compute(ctx, pairs, control) {
      return { values: Float64Array.from(yield* commonNeighbours(ctx.n, pairs, control)) };
    },
  });
}
