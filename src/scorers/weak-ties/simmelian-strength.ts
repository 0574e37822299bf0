/**
 * Simmelian strength of a tie: the number of triangles it stands in, i.e. the third parties tied
 * to both endpoints (Simmel's triad; Krackhardt's Simmelian ties). Computed by graphology-metrics'
 * own `simmelianStrength` on the view's undirected projection, so views, merged parallel edges and
 * dropped self-loops apply to it as to every other measure here. On that simple undirected graph
 * it equals {@link embeddedness}; the two are kept apart because they answer to different literatures.
 * Krackhardt, D. (1998). Simmelian ties: super strong and sticky. In Power and Influence in
 * Organizations, 21–38. Sage.
 */
import { UndirectedGraph } from 'graphology';
import simmelian from 'graphology-metrics/edge/simmelian-strength.js';
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { ViewOptions } from '../../context/view.js';
import type { EdgeScorer } from './edge-scorer.js';
import { createEdgeScorer } from './internal/create-edge-scorer.js';

const schema = z.object({ view: z.custom<ViewOptions>().optional() }).strict();

/** Options of {@link simmelianStrength}. */
export interface SimmelianStrengthOptions {
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Triangles per tie, from graphology-metrics.
 *
 * @example
 * ```ts
 * const triangles = simmelianStrength().score(graph);
 * triangles.get('alice', 'bob'); // 2 triangles contain the tie
 * ```
 */
export function simmelianStrength(options: SimmelianStrengthOptions = {}): EdgeScorer {
  const { view } = parseOptions(schema, options, 'simmelianStrength');
  return createEdgeScorer({
    id: 'simmelian',
    label: 'Simmelian strength',
    description: 'Triangles containing the tie, by graphology-metrics simmelianStrength on the undirected projection. Krackhardt 1998.',
    range: [0, Infinity],
    params: {},
    view,
    compute(ctx, pairs, control) {
      // Index keys ("0".."n-1") keep graphology-metrics' plain-object lookups safe for keys such as "__proto__".
      const projection = new UndirectedGraph();
      for (let i = 0; i < ctx.n; i++) projection.addNode(String(i));
      for (let p = 0; p < pairs.m; p++) projection.addEdgeWithKey(String(p), String(pairs.source[p]), String(pairs.target[p]));
      control.check();
      const strengths = simmelian(projection);
      const values = new Float64Array(pairs.m);
      for (let p = 0; p < pairs.m; p++) values[p] = strengths[String(p)];
      return { values };
    },
  });
}
