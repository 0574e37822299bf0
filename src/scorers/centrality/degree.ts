/**
 * Degree centrality (Freeman 1978): the number (or total weight) of a node's ties, over n − 1 when
 * normalized, as NetworkX's `degree_centrality`. Parallel edges count once (they are merged);
 * self-loops are dropped. Normalized, a one-node graph gives its node 1 (NetworkX's convention for n ≤ 1).
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { Csr } from '../../context/csr.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { deprecation } from '../../core/deprecation.js';

const schema = z
  .object({
    mode: z.enum(['in', 'out', 'all', 'total']).default('in'),
    weighted: z.boolean().default(false),
    normalized: z.boolean().default(true),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link degree}. */
export interface DegreeOptions {
  /**
   * Which ties count on a directed graph: `in` (attention received, the influence reading), `out`, or
   * `all` (in + out, NetworkX's `degree_centrality`; the word igraph and `coreness` use). Undirected
   * graphs ignore it. `'total'` is the deprecated name of `'all'`: accepted, with a warning.
   * @defaultValue `'in'`
   */
  mode?: 'in' | 'out' | 'all' | 'total';
  /** Sum edge weights (strength) instead of counting ties. @defaultValue `false` */
  weighted?: boolean;
  /** Divide by n − 1, as NetworkX. @defaultValue `true` */
  normalized?: boolean;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

function rowTotals(n: number, csr: Csr, weighted: boolean, into: Float64Array): void {
  for (let i = 0; i < n; i++) {
    if (!weighted) into[i] += csr.offsets[i + 1] - csr.offsets[i];
    else for (let e = csr.offsets[i]; e < csr.offsets[i + 1]; e++) into[i] += csr.weights[e];
  }
}

/**
 * Degree centrality.
 *
 * @example
 * ```ts
 * const followers = degree({ mode: 'in', normalized: false }).score(graph);
 * followers.top(3);
 * ```
 */
export function degree(options: DegreeOptions = {}): Scorer {
  const { view, mode: given, ...rest } = parseOptions(schema, options, 'degree');
  const mode = given === 'total' ? 'all' : given;
  const deprecated = given === 'total' ? [deprecation('degree', "mode 'total'", "'all'", 'same meaning')] : [];
  const params = { mode, ...rest };
  const upper = params.weighted ? Infinity : params.normalized ? (params.mode === 'all' ? 2 : 1) : Infinity;
  return createScorer({
    id: 'degree',
    label: 'Degree',
    description: 'deg(v) / (n − 1): ties (in, out or all) of each node, NetworkX degree_centrality. Freeman 1978.',
    range: [0, upper],
    higherIsBetter: true,
    params,
    view,
    compute(ctx) {
      const values = new Float64Array(ctx.n);
      if (!ctx.directed || params.mode !== 'out') rowTotals(ctx.n, ctx.in, params.weighted, values);
      if (ctx.directed && params.mode !== 'in') rowTotals(ctx.n, ctx.out, params.weighted, values);
      // NetworkX's convention for n ≤ 1: the lone node of a one-node graph has centrality 1.
      if (params.normalized && ctx.n === 1) values[0] = 1;
      if (params.normalized && ctx.n > 1) {
        // Multiply by the reciprocal, as NetworkX does, so normalized values match it bit for bit.
        const s = 1 / (ctx.n - 1);
        for (let i = 0; i < ctx.n; i++) values[i] *= s;
      }
      return { values, warnings: deprecated };
    },
  });
}
