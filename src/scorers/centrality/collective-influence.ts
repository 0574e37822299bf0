/**
 * Collective Influence (Morone & Makse 2015): a node matters for spreading when it has many ties and
 * so do the nodes on the frontier of its ball of radius ℓ.
 *   CI_ℓ(i) = (k_i − 1) · Σ_{j ∈ ∂Ball(i, ℓ)} (k_j − 1)
 * ∂Ball(i, ℓ) is the set of nodes exactly ℓ hops from i; k is the degree. Computed on the undirected
 * projection (the measure is defined for undirected graphs). This is the static CI of every node;
 * the paper's adaptive attack removes the top node and recomputes, which is a different, O(n log n)
 * procedure. One depth-limited BFS per node: O(Σ_i |Ball(i, ℓ)|).
 * Morone, F., Makse, H. A. (2015). Influence maximization in complex networks through optimal
 * percolation. Nature 524, 65–68.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { bfs, createBfs, resetBfs } from './internal/bfs.js';

const schema = z
  .object({
    radius: z.number().int().min(1).default(2),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link collectiveInfluence}. */
export interface CollectiveInfluenceOptions {
  /** ℓ, the radius of the ball whose frontier counts (Morone & Makse report ℓ = 2 or 3). @defaultValue `2` */
  radius?: number;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Collective Influence CI_ℓ of every node. Honours `signal` and reports `onProgress` per node.
 *
 * @example
 * ```ts
 * const ci = collectiveInfluence({ radius: 2 }).score(graph);
 * ci.top(10);
 * ```
 */
export function collectiveInfluence(options: CollectiveInfluenceOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'collectiveInfluence');
  const { radius } = params;
  return createScorer({
    id: 'collective-influence',
    label: 'Collective Influence',
    description: 'CI_ℓ(i) = (k_i − 1) Σ_{j at distance ℓ} (k_j − 1), undirected degrees. Morone & Makse 2015.',
    range: [0, Infinity],
    higherIsBetter: true,
    params,
    view,
    compute(ctx, control) {
      const { n } = ctx;
      const csr = ctx.undirected();
      const { offsets } = csr;
      const values = new Float64Array(n);
      const state = createBfs(n);
      for (let i = 0; i < n; i++) {
        control.tick(i, n);
        const ki = offsets[i + 1] - offsets[i];
        // A leaf or an isolate scores 0 whatever its ball holds.
        if (ki <= 1) continue;
        const reached = bfs(csr, i, state, radius);
        let frontier = 0;
        for (let q = reached - 1; q > 0; q--) {
          const j = state.queue[q];
          if (state.dist[j] !== radius) break;
          frontier += offsets[j + 1] - offsets[j] - 1;
        }
        resetBfs(state, reached);
        values[i] = (ki - 1) * frontier;
      }
      control.finish(n);
      return { values };
    },
  });
}
