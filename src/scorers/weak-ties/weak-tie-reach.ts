/**
 * Weak-tie reach: the accounts a node reaches within h hops that only its weak ties open up
 * (Granovetter 1973; Bakshy et al. 2012: most novel information travels over weak ties).
 *   WTR(v) = |B_h(v) \ ({v} ∪ ⋃_{s ∈ N_strong(v)} B_{h−1}(s))| / (n − 1)
 * B_r(x) is everything within r hops of x in the reach direction, N_strong(v) are v's contacts over
 * strong ties (tieStrength). Since B_h(v) = {v} ∪ ⋃_{u ∈ N(v)} B_{h−1}(u), this counts the accounts
 * that some walk of ≤ h hops starting with a weak tie reaches and no walk starting with a strong tie
 * does: reach over weak first steps minus reach over strong first steps. Walks may pass back through
 * v (so for h ≥ 3, v's own contacts count as reached by its strong circle); this is what keeps the
 * measure computable with mergeable neighbourhood sketches on big graphs.
 * Direction: `u → v` means u pays attention to v, so v's content reaches u; by default reach runs
 * against the arrows, from v to its audience, then to their audience.
 * Granovetter, M. (1973). The strength of weak ties. AJS 78(6). Bakshy, E. et al. (2012). The role
 * of social networks in information diffusion. WWW 2012, 519–528.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import type { EdgeScorer } from './edge-scorer.js';
import { denseBytes, denseWeakReach } from './internal/reach-dense.js';
import { exactWeakReach } from './internal/reach-exact.js';
import { type ReachDirection, reachGraph } from './internal/reach-graph.js';
export type { ReachDirection } from './internal/reach-graph.js';
import { sketchWeakReach } from './internal/reach-sketch.js';
import { classifyTies, resolveMeasure, type TieMeasure, type TieThreshold, tieOptionFields } from './internal/tie-options.js';

/** Memory the exact bitset method may take before `auto` switches to the sketch: 512 MiB. */
export const DENSE_REACH_LIMIT_BYTES = 512 * 1024 * 1024;

const schema = z
  .object({
    hops: z.number().int().min(1).max(32).default(2),
    ...tieOptionFields,
    direction: z.enum(['audience', 'sources', 'both']).default('audience'),
    method: z.enum(['auto', 'exact', 'bfs', 'bitset', 'sketch']).default('auto'),
    sketchSize: z.number().int().min(8).max(65536).default(1024),
    seed: z.number().refine(Number.isFinite, 'must be a finite number').default(42),
    normalized: z.boolean().default(true),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link weakTieReach}. */
export interface WeakTieReachOptions {
  /** Walk length h. @defaultValue `2` */
  hops?: number;
  /** Tie-strength measure, as in tieStrength. @defaultValue `'overlap'` */
  strength?: TieMeasure | EdgeScorer;
  /** Weak when strength ≤ threshold: a value or `{ quantile }` over all ties. @defaultValue `{ quantile: 0.5 }` */
  threshold?: TieThreshold;
  /**
   * Which way reach travels on a directed graph: `'audience'` (from v to those who attend to v, against
   * the arrows: how far v's content spreads), `'sources'` (along the arrows: whom v hears from), or
   * `'both'`. Undirected graphs ignore it.
   * @defaultValue `'audience'`
   */
  direction?: ReachDirection;
  /**
   * `'exact'`: breadth-first searches (`'bfs'`, O(n) memory) for h ≤ 2; for h ≥ 3 bitsets (`'bitset'`,
   * n²/8 bytes per level, far faster) when they fit in {@link DENSE_REACH_LIMIT_BYTES}, searches otherwise.
   * `'sketch'`: bottom-k neighbourhood sketches, O(n·k) memory and O(h·m·k) time, exact for nodes whose
   * h-ball has fewer than k accounts, otherwise relative standard error ≈ 1/√((k − 2)·f), f = the
   * counted share of the h-ball. `'auto'`: exact for h ≤ 2 or when the bitsets fit, else the sketch.
   * @defaultValue `'auto'`
   */
  method?: 'auto' | 'exact' | 'bfs' | 'bitset' | 'sketch';
  /** k of the bottom-k sketches. @defaultValue `1024` */
  sketchSize?: number;
  /** Seed of the sketch's random node ranking. @defaultValue `42` */
  seed?: number;
  /** Divide by n − 1. @defaultValue `true` */
  normalized?: boolean;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Weak-tie reach of every node. `meta.extra` reports the method used, the resolved tie threshold, the
 * number of weak ties and, for the sketch, how many nodes were counted exactly.
 *
 * @example
 * ```ts
 * const reach = weakTieReach({ hops: 2, strength: 'overlap', threshold: { quantile: 0.5 } }).score(graph);
 * reach.top(10); // the accounts whose weak ties open up the most new audience
 * ```
 */
export function weakTieReach(options: WeakTieReachOptions = {}): Scorer {
  const { view, strength, threshold, ...params } = parseOptions(schema, options, 'weakTieReach');
  const measure = resolveMeasure(strength, view);
  return createScorer({
    id: 'weak-tie-reach',
    label: 'Weak-tie reach',
    description: '|B_h(v) \\ ({v} ∪ ⋃_{strong s} B_{h−1}(s))| / (n − 1): reach only weak first steps open. Granovetter 1973; Bakshy et al. 2012.',
    range: [0, params.normalized ? 1 : Infinity],
    higherIsBetter: true,
    params: { ...params, strength: measure.id, threshold },
    view,
    compute(ctx, control, run) {
      const { hops } = params;
      const ties = classifyTies(measure, threshold, ctx, run);
      const graph = reachGraph(ctx, ctx.directed ? params.direction : 'both', ties.weak);
      const denseFits = hops >= 2 && denseBytes(ctx.n, hops) <= DENSE_REACH_LIMIT_BYTES;
      let method: 'bfs' | 'bitset' | 'sketch';
      if (params.method === 'bfs' || params.method === 'sketch') method = params.method;
      else if (params.method === 'bitset') method = hops >= 2 ? 'bitset' : 'bfs';
      else if (params.method === 'auto' && hops >= 3 && !denseFits) method = 'sketch';
      else method = hops >= 3 && denseFits ? 'bitset' : 'bfs';
      let values: Float64Array;
      let exactNodes = ctx.n;
      if (method === 'sketch') {
        const sketch = sketchWeakReach(graph, hops, params.sketchSize, params.seed, control);
        values = sketch.counts;
        exactNodes = sketch.exactNodes;
      } else {
        values = method === 'bitset' ? denseWeakReach(graph, hops, control) : exactWeakReach(graph, hops, control);
      }
      if (params.normalized && ctx.n > 1) for (let i = 0; i < ctx.n; i++) values[i] /= ctx.n - 1;
      let weakTies = 0;
      for (let p = 0; p < ties.weak.length; p++) weakTies += ties.weak[p];
      return {
        values,
        warnings: ties.warnings.filter((w) => !ctx.warnings.includes(w)),
        extra: { method, exactNodes, threshold: ties.threshold, weakTies, ties: ties.weak.length },
      };
    },
  });
}
