/**
 * Harmonic centrality (Marchiori & Latora 2000; Boldi & Vigna 2014): the sum of inverse distances
 * from every other node, which stays meaningful on disconnected graphs (unreachable pairs add 0).
 *   H(v) = Σ_{u ≠ v} 1/d(u, v)
 * Directed graphs measure distances *to* v, as NetworkX's `harmonic_centrality`; not normalized (as
 * NetworkX). One BFS per node over the in-CSR, 32 at a time (multi-source BFS): O(n·m); weighted,
 * one Dijkstra per node: O(n·(m + n) log n).
 * Boldi, P., Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3–4), 222–262.
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
    normalized: z.boolean().default(false),
    weighted: z.boolean().default(false),
    distance: z.enum(['weight', 'inverse']).default('weight'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link harmonic}. */
export interface HarmonicOptions {
  /** Divide by n − 1 so values lie in [0, 1]; NetworkX does not. @defaultValue `false` */
  normalized?: boolean;
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
 * Harmonic centrality: Σ 1/d over the nodes that reach each node. Honours `signal` and reports
 * `onProgress` per source.
 *
 * @example
 * ```ts
 * const h = harmonic().score(graph, { signal: AbortSignal.timeout(10_000) });
 * h.top(10);
 * ```
 */
export function harmonic(options: HarmonicOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'harmonic');
  return createScorer({
    id: 'harmonic',
    label: 'Harmonic',
    description: 'H(v) = Σ_{u≠v} 1/d(u,v), distances into v: hops, or lengths (NetworkX harmonic_centrality). Boldi & Vigna 2014.',
    // Lengths below 1 (weighted) make 1/d exceed 1: normalized is bounded by 1 for hops only.
    range: [0, params.normalized && !params.weighted ? 1 : Infinity],
    higherIsBetter: true,
    params,
    view,
    *compute(ctx, control) {
      const { n } = ctx;
      const scale = params.normalized && n > 1 ? 1 / (n - 1) : 1;
      // Extreme weights are searched at a safe scale and the values unscaled at the end (length-scale.ts).
      const lengths = params.weighted ? scaledLengths(n, ctx.in, params.distance, 'harmonic') : null;
      const { inverseSum, threads } = yield* (lengths ? dijkstraSums(n, lengths.csr, params.distance, control) : distanceSums(n, ctx.in, control));
      const values = new Float64Array(n);
      for (let v = 0; v < n; v++) values[v] = inverseSum[v] * scale;
      if (lengths) unscaleValues(values, lengths.factor, ctx.keys, 'harmonic');
      control.finish(n);
      return { values, params: { threads } };
    },
  });
}
