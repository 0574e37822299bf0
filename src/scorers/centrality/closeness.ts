/**
 * Closeness centrality (Bavelas 1950; Freeman 1978) with the Wasserman–Faust correction for graphs
 * that are not connected, as NetworkX's `closeness_centrality` (wf_improved=True):
 *   C(v) = (r − 1)/Σ_u d(u, v) · (r − 1)/(n − 1),   r = number of nodes that reach v (v included)
 * Directed graphs measure distances *to* v (u → … → v: the paths attention travels), as NetworkX.
 * One BFS per node over the in-CSR, 32 at a time (multi-source BFS): O(n·m); weighted, one Dijkstra
 * per node: O(n·(m + n) log n). Bavelas, A. (1950). Communication patterns in task-oriented
 * groups. JASA 22(6), 725–730. Wasserman, S., Faust, K. (1994). Social Network Analysis, p. 201.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { dijkstraSums } from './internal/dijkstra-sums.js';
import { distanceSums } from './internal/distance-sums.js';
import { scaledLengths, unscaleValues } from './internal/length-scale.js';

const schema = z
  .object({
    wfImproved: z.boolean().default(true),
    weighted: z.boolean().default(false),
    distance: z.enum(['weight', 'inverse']).default('weight'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link closeness}. */
export interface ClosenessOptions {
  /**
   * Scale by the share of the graph that reaches the node, (r − 1)/(n − 1) (Wasserman & Faust), so a
   * node close to a small component does not beat one close to the whole graph. @defaultValue `true`
   */
  wfImproved?: boolean;
  /** Measure paths by edge lengths (Dijkstra) instead of hops (BFS). @defaultValue `false` */
  weighted?: boolean;
  /**
   * When weighted, how a weight becomes a length: `weight` uses it as a length (NetworkX's
   * `distance='weight'`), `inverse` takes 1/weight, for weights that measure tie strength (a strong
   * tie is a short hop). Parallel edges are merged first, their weights summed.
   * @defaultValue `'weight'`
   */
  distance?: 'weight' | 'inverse';
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Closeness centrality: the inverse mean hop distance from the nodes that reach each node.
 * Honours `signal` and reports `onProgress` per source.
 *
 * @example
 * ```ts
 * const c = closeness().score(graph, { onProgress: (done, total) => console.log(done / total) });
 * c.top(10);
 * ```
 */
export function closeness(options: ClosenessOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'closeness');
  return createScorer({
    id: 'closeness',
    label: 'Closeness',
    description: 'C(v) = (r − 1)/Σ_u d(u,v) · (r − 1)/(n − 1), distances into v: hops, or lengths (NetworkX wf_improved). Freeman 1978.',
    // Lengths below 1 (weighted) put a node closer than one hop: no upper bound then.
    range: [0, params.weighted ? Infinity : 1],
    higherIsBetter: true,
    params,
    view,
    *compute(ctx, control) {
      const { n } = ctx;
      const values = new Float64Array(n);
      // Extreme weights are searched at a safe scale and the values unscaled at the end (length-scale.ts).
      const lengths = params.weighted ? scaledLengths(n, ctx.in, params.distance, 'closeness') : null;
      const { reached, sum, threads } = yield* (lengths ? dijkstraSums(n, lengths.csr, params.distance, control) : distanceSums(n, ctx.in, control));
      for (let v = 0; v < n; v++) {
        const r = reached[v];
        if (sum[v] > 0 && n > 1) {
          // Same operations as NetworkX, so values agree to the last bit.
          let c = (r - 1) / sum[v];
          if (params.wfImproved) c *= (r - 1) / (n - 1);
          values[v] = c;
        }
      }
      if (lengths) unscaleValues(values, lengths.factor, ctx.keys, 'closeness');
      control.finish(n);
      return { values, params: { threads } };
    },
  });
}
