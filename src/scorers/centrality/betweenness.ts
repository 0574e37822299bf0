/**
 * Betweenness centrality (Freeman 1977): the share of shortest paths between other nodes that pass
 * through v,
 *   c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,
 * exact by Brandes (2001) — BFS for hop counts, Dijkstra with a binary heap for lengths — after the
 * exact leaf and twin reductions of Baglioni et al. (2012) and Puzis et al. (2015); or approximate by
 * Riondato & Kornaropoulos (2016) path sampling with balanced bidirectional BFS, within ε of the exact
 * normalized value for every node with probability at least 1 − δ.
 * NetworkX semantics: normalized by 1/((n−1)(n−2)) over ordered pairs (the same as 2/((n−1)(n−2))
 * over unordered pairs of an undirected graph); unnormalized undirected values are halved.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Resumable, RunControl } from '../../core/run.js';
import type { Scorer } from '../scorer.js';
import type { ScoringContext } from '../../context/context.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { brandes } from './internal/betweenness-brandes.js';
import { type BrandesPlan, identityPlan, reducedPlan } from './internal/betweenness-plan.js';
import { samplePaths, sampleSize, VC_CONSTANT, vertexDiameterBound } from './internal/betweenness-sample.js';

const schema = z
  .object({
    normalized: z.boolean().default(true),
    weighted: z.boolean().default(false),
    distance: z.enum(['weight', 'inverse']).default('weight'),
    endpoints: z.boolean().default(false),
    sources: z.array(z.string()).min(1).optional(),
    approximate: z
      .object({
        epsilon: z.number().gt(0).lt(1).default(0.01),
        delta: z.number().gt(0).lt(1).default(0.1),
        seed: z.number().refine(Number.isFinite, 'must be finite').default(1),
      })
      .strict()
      .optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict()
  .refine((o) => !(o.approximate && o.weighted), { message: 'approximate betweenness samples hop-count shortest paths; use weighted: false', path: ['approximate'] })
  .refine((o) => !(o.approximate && o.sources), { message: 'approximate betweenness draws its own sources; drop sources', path: ['approximate'] })
  .refine((o) => !(o.approximate && o.endpoints), { message: 'approximate betweenness counts interior nodes only; use endpoints: false', path: ['approximate'] });

/** Options of {@link betweenness}. */
export interface BetweennessOptions {
  /** Divide by (n−1)(n−2) ordered pairs, as NetworkX (n(n−1) with endpoints). @defaultValue `true` */
  normalized?: boolean;
  /**
   * Shortest paths by total edge length (Dijkstra) instead of hop count (BFS). Lengths come from the
   * view's weight attribute; parallel edges are merged by the context, so their weights add up.
   * @defaultValue `false`
   */
  weighted?: boolean;
  /**
   * How a weight becomes a length when `weighted`: `'weight'` uses the weight itself as a distance
   * (NetworkX, igraph: bigger weight = farther apart); `'inverse'` uses 1/weight, the usual reading of
   * tie strength (more interactions = closer, Newman 2001; Opsahl, Agneessens & Skvoretz 2010).
   * @defaultValue `'weight'`
   */
  distance?: 'weight' | 'inverse';
  /** Count the endpoints of each path too, as NetworkX's `endpoints=True` (exact only). @defaultValue `false` */
  endpoints?: boolean;
  /**
   * Only count shortest paths that start at these nodes (NetworkX's `betweenness_centrality_subset`
   * with every node a target), still scaled as chosen by `normalized`. Multiply by n/|sources| for
   * the Brandes–Pich (2007) estimate of the full value from random sources.
   * @defaultValue every node
   */
  sources?: string[];
  /**
   * Sample paths instead (Riondato–Kornaropoulos): every normalized value is within `epsilon` of the
   * exact one with probability at least 1 − `delta`. Unweighted, without endpoints. The same seed
   * gives the same values, on the calling thread or on any pool (`run.pool`). Falls back to the exact algorithm when that is predicted to be cheaper.
   * @defaultValue exact (no sampling); inside: `epsilon` 0.01, `delta` 0.1, `seed` 1
   */
  approximate?: { epsilon?: number; delta?: number; seed?: number };
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/** Edge lengths per CSR entry from merged weights; rejects weights that cannot be a length. */
function edgeLengths(ctx: ScoringContext, which: 'out' | 'in', distance: 'weight' | 'inverse'): Float64Array {
  const csr = ctx[which];
  const lengths = new Float64Array(csr.weights.length);
  for (let u = 0; u < ctx.n; u++) {
    for (let e = csr.offsets[u]; e < csr.offsets[u + 1]; e++) {
      const w = csr.weights[e];
      if (!(w > 0 && Number.isFinite(w))) {
        const [a, b] = which === 'out' ? [ctx.keys[u], ctx.keys[csr.targets[e]]] : [ctx.keys[csr.targets[e]], ctx.keys[u]];
        throw new InfluenceScoreError('INVALID_INPUT', 'weighted betweenness needs positive finite edge weights', [
          { path: ['edges', `${a}->${b}`, ctx.view.weight ?? 'weight'], field: ctx.view.weight ?? 'weight', message: `edge ${a} -> ${b}: weight ${w} cannot be a path length` },
        ]);
      }
      lengths[e] = distance === 'weight' ? w : 1 / w;
    }
  }
  return lengths;
}

/** Raw ordered-pair sums → NetworkX's scale. */
function rescale(values: Float64Array, n: number, directed: boolean, normalized: boolean, endpoints: boolean): void {
  let scale = 1;
  if (normalized) {
    if (endpoints) scale = n < 2 ? 1 : 1 / (n * (n - 1));
    else scale = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  } else if (!directed) scale = 0.5;
  if (scale !== 1) for (let i = 0; i < n; i++) values[i] *= scale;
}

function* exactSums(ctx: ScoringContext, plan: BrandesPlan, endpoints: boolean, control: RunControl): Resumable<{ values: Float64Array; threads: number }> {
  const { sums: kept, threads } = yield* brandes(plan, endpoints, control);
  const values = new Float64Array(ctx.n);
  for (let i = 0; i < plan.n; i++) values[plan.original[i]] = kept[i];
  return { values, threads };
}

function* planFor(ctx: ScoringContext, control: RunControl, weighted: boolean, distance: 'weight' | 'inverse', endpoints: boolean, sources?: string[]): Resumable<BrandesPlan> {
  const lengths = weighted ? edgeLengths(ctx, 'out', distance) : null;
  if (control.tick(0, ctx.n)) yield;
  if (sources) return identityPlan(ctx.n, ctx.out, lengths, Int32Array.from(new Set(sources), (key) => ctx.indexOf(key)));
  // Reductions shift endpoint counts between nodes; with endpoints every source is searched.
  if (endpoints) return identityPlan(ctx.n, ctx.out, lengths);
  const inLengths = weighted ? (ctx.in === ctx.out ? lengths : edgeLengths(ctx, 'in', distance)) : null;
  if (control.tick(0, ctx.n)) yield;
  return yield* reducedPlan(ctx.n, ctx.out, ctx.in, lengths, inLengths, control);
}

/**
 * Betweenness centrality, exact (Brandes) or approximate with a guarantee (Riondato–Kornaropoulos).
 * The reading for influence: brokers on the paths between others, who can relay or withhold.
 *
 * @example
 * ```ts
 * const exact = betweenness().score(graph);                       // NetworkX-normalized, hop counts
 * const fast = betweenness({ approximate: { epsilon: 0.01, delta: 0.1, seed: 7 } }).score(graph);
 * fast.meta.params.samples; // how many paths were sampled
 * const strong = betweenness({ weighted: true, distance: 'inverse' }).score(graph); // heavy ties are short
 * ```
 */
export function betweenness(options: BetweennessOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'betweenness');
  const { normalized, weighted, distance, endpoints, sources, approximate } = params;
  return createScorer({
    id: 'betweenness',
    label: 'Betweenness',
    description: 'Σ_{s≠v≠t} σ_st(v)/σ_st: share of shortest paths through v. Freeman 1977; Brandes 2001; sampling: Riondato & Kornaropoulos 2016.',
    range: [0, normalized ? 1 : Infinity],
    higherIsBetter: true,
    params,
    view,
    *compute(ctx, control) {
      const { n } = ctx;
      if (!approximate) {
        const { values, threads } = yield* exactSums(ctx, yield* planFor(ctx, control, weighted, distance, endpoints, sources), endpoints, control);
        rescale(values, n, ctx.directed, normalized, endpoints);
        return { values, params: { method: 'exact', threads } };
      }
      const { epsilon, delta, seed } = approximate;
      // RK normalize by n(n−1); NetworkX by (n−1)(n−2). Tighten ε so the guarantee holds on NetworkX's scale.
      const epsilonRk = n > 2 ? (epsilon * (n - 2)) / n : epsilon;
      const vertexDiameter = vertexDiameterBound(n, ctx.out, ctx.in);
      const samples = sampleSize(epsilonRk, delta, vertexDiameter);
      const guarantee = {
        guarantee: `P(every |estimate − exact| ≤ ${epsilon}) ≥ ${1 - delta} (Riondato–Kornaropoulos 2016, Thm 1)`,
        epsilon,
        delta,
        vertexDiameterBound: vertexDiameter,
        samples,
        vcConstant: VC_CONSTANT,
      };
      // Exact's cost in the sampler's unit (arcs scanned): one sweep reads about half the arcs per source.
      const exactWork = 0.5 * n * Math.max(n, ctx.out.targets.length);
      const sampled = n > 2 ? yield* samplePaths(n, ctx.out, ctx.in, samples, seed, exactWork, control) : null;
      if (!sampled?.counts) {
        const { values, threads } = n > 2 ? yield* exactSums(ctx, yield* planFor(ctx, control, false, distance, false), false, control) : { values: new Float64Array(n), threads: 1 };
        rescale(values, n, ctx.directed, normalized, false);
        return { values, params: { method: 'exact', reason: 'exact was predicted to be cheaper than sampling', threads, ...guarantee } };
      }
      const values = sampled.counts;
      // counts/r estimates b(v) on the n(n−1) scale; convert to NetworkX's normalized or raw scale.
      const scale = normalized ? n / ((n - 2) * samples) : ((n * (n - 1)) / samples) * (ctx.directed ? 1 : 0.5);
      for (let i = 0; i < n; i++) values[i] *= scale;
      return { values, params: { method: 'sampling', threads: sampled.threads, ...guarantee } };
    },
  });
}
