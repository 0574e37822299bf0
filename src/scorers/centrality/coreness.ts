/**
 * Coreness, the k-core number (Seidman 1983): the largest k such that the node belongs to a subgraph
 * where every node has degree ≥ k. Batagelj–Zaversnik bucket peeling, O(n + m): take a node of least
 * remaining degree, fix its core number, lower its neighbours' degrees.
 * Directed graphs use total degree (in + out, a reciprocated pair counting twice) by default, as
 * NetworkX's `core_number` and igraph's `coreness(mode="all")`; `in`/`out` peel by one direction.
 * Batagelj, V., Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks. arXiv:cs/0310049.
 */
import { z } from 'zod';
import { parseOptionsWithRenames } from '../../core/deprecation.js';
import type { Scorer } from '../scorer.js';
import type { ScoringContext } from '../../context/context.js';
import type { Csr } from '../../context/csr.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';

const schema = z
  .object({
    direction: z.enum(['both', 'in', 'out']).default('both'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link coreness}. */
export interface CorenessOptions {
  /**
   * Which degree is peeled on a directed graph: `both` (in + out, NetworkX), `in` (edges pointing to
   * the node, attention received: the in-core) or `out` (edges it sends). Undirected graphs ignore it.
   * @defaultValue `'both'`
   */
  direction?: 'both' | 'in' | 'out';
  /**
   * @deprecated Use `direction` (`'all'` is `'both'`). Accepted for one minor version, with a
   * `DEPRECATED` warning in `meta.warnings`.
   */
  mode?: 'all' | 'in' | 'out';
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/** Core numbers by Batagelj–Zaversnik; `degreeRows` define degrees, `updateRows` whose degrees drop when a node goes. */
function coreNumbers(n: number, degreeRows: readonly Csr[], updateRows: readonly Csr[]): Int32Array {
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    for (const csr of degreeRows) deg[v] += csr.offsets[v + 1] - csr.offsets[v];
    if (deg[v] > maxDeg) maxDeg = deg[v];
  }
  // bin[d] = first position of degree d in `vert` (nodes sorted by degree); pos = inverse of vert.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v] + 1]++;
  for (let d = 0; d <= maxDeg; d++) bin[d + 1] += bin[d];
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  const fill = bin.slice(0, maxDeg + 1);
  for (let v = 0; v < n; v++) {
    pos[v] = fill[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = vert[i];
    for (const csr of updateRows) {
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const u = csr.targets[e];
        if (deg[u] > deg[v]) {
          // Swap u with the first node of its degree bucket, then shrink the bucket.
          const du = deg[u];
          const pu = pos[u];
          const pw = bin[du];
          const w = vert[pw];
          if (u !== w) {
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
            pos[u] = pw;
          }
          bin[du]++;
          deg[u]--;
        }
      }
    }
  }
  return deg;
}

function rowsFor(ctx: ScoringContext, mode: 'both' | 'in' | 'out'): [Csr[], Csr[]] {
  if (!ctx.directed) return [[ctx.out], [ctx.out]];
  // Removing v lowers the in-degree of its out-neighbours and the out-degree of its in-neighbours.
  if (mode === 'in') return [[ctx.in], [ctx.out]];
  if (mode === 'out') return [[ctx.out], [ctx.in]];
  return [[ctx.out, ctx.in], [ctx.out, ctx.in]];
}

/**
 * Coreness (k-core number) of every node: how deep in the graph's dense core it sits.
 *
 * @example
 * ```ts
 * const k = coreness().score(graph);
 * k.top(10); // the innermost core first
 * ```
 */
export function coreness(options: CorenessOptions = {}): Scorer {
  const { options: parsed, deprecations } = parseOptionsWithRenames<typeof schema, CorenessOptions, 'mode'>(schema, options, 'coreness', {
    mode: { to: 'direction', values: { all: 'both' } },
  });
  const { view, ...params } = parsed;
  return createScorer({
    id: 'coreness',
    label: 'Coreness',
    description: 'Largest k such that v is in the k-core (every node of degree ≥ k); Batagelj–Zaversnik O(m). Seidman 1983.',
    range: [0, Infinity],
    higherIsBetter: true,
    params,
    view,
    deprecations,
    compute(ctx) {
      const [degreeRows, updateRows] = rowsFor(ctx, params.direction);
      return { values: Float64Array.from(coreNumbers(ctx.n, degreeRows, updateRows)) };
    },
  });
}
