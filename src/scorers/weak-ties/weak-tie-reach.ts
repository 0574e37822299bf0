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
 * Which ties are weak, by default (`ties: 'communities'`): the ties between two communities (Louvain,
 * resolution 0.5, seeded). Granovetter's argument is about bridges, the ties that join otherwise
 * separate clusters; a threshold on a tie's own overlap cannot see them in sparse or uneven clusters,
 * where an ordinary account's ties all have low overlap and its whole 2-hop ball then counted as weak
 * reach (on planted partitions, overlap ≤ median ranked the bridge ends first in 3% of graphs, the
 * community ties in 99%; see the README). Resolution 0.5 keeps a dense random cluster in one piece:
 * at 1, Louvain splits some, and the ties inside a cluster across the split become "bridges" (bridge
 * ends on top in 271 of 300 planted partitions at 1, 296 at 0.5).
 * `ties: 'strength'` keeps the tie-strength definition (strength ≤ threshold).
 * Granovetter, M. (1973). The strength of weak ties. AJS 78(6). Bakshy, E. et al. (2012). The role
 * of social networks in information diffusion. WWW 2012, 519–528. Blondel, V. et al. (2008). Fast
 * unfolding of communities in large networks. J. Stat. Mech. P10008. Reichardt, J. & Bornholdt, S.
 * (2006). Statistical mechanics of community detection. Phys. Rev. E 74, 016110 (the resolution γ).
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import { phaseControl } from '../../core/progress.js';
import type { Scorer } from '../scorer.js';
import type { ScoringContext } from '../../context/context.js';
import type { ViewOptions } from '../../context/view.js';
import type { Resumable, RunControl, RunOptions } from '../../core/run.js';
import { createScorer } from '../create-scorer.js';
import type { EdgeScorer } from './edge-scorer.js';
import { denseBytes, denseWeakReach } from './internal/reach-dense.js';
import { exactWeakReach } from './internal/reach-exact.js';
import { type ReachDirection, reachGraph } from './internal/reach-graph.js';
export type { ReachDirection } from './internal/reach-graph.js';
import { sketchWeakReach } from './internal/reach-sketch.js';
import { type CommunitySource, detectCommunities } from './internal/communities.js';
import { tiePairs } from './internal/pairs.js';
import { classifyTies, resolveMeasure, type TieMeasure, type TieThreshold, tieOptionFields } from './internal/tie-options.js';
import { type Warning, withoutWarnings } from '../../core/warnings.js';

/** Memory the exact bitset method may take before `auto` switches to the sketch: 512 MiB. */
export const DENSE_REACH_LIMIT_BYTES = 512 * 1024 * 1024;

const schema = z
  .object({
    hops: z.number().int().min(1).max(32).default(2),
    ties: z.enum(['communities', 'strength']).optional(),
    communities: z.union([z.literal('louvain'), z.object({ attribute: z.string().min(1) }).strict()]).default('louvain'),
    resolution: z.number().positive().refine(Number.isFinite, 'must be finite').default(0.5),
    // No defaults here: whether they were given decides `ties` (see resolveTies).
    strength: tieOptionFields.strength.removeDefault().optional(),
    threshold: tieOptionFields.threshold.removeDefault().optional(),
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
  /**
   * Which ties are weak. `'communities'`: the ties between two communities (Granovetter's bridges;
   * communities from `communities`). `'strength'`: the ties whose `strength` is ≤ `threshold` (the
   * definition before 0.2). Giving `strength` or `threshold` selects `'strength'`; combining them with
   * `'communities'` is an error.
   * @defaultValue `'communities'`, or `'strength'` when `strength` or `threshold` is given
   */
  ties?: 'communities' | 'strength';
  /** For `ties: 'communities'`: `'louvain'` (seeded by `seed`), or `{ attribute }` naming a node attribute that holds each node's community. @defaultValue `'louvain'` */
  communities?: CommunitySource;
  /** Louvain resolution γ (lower gives fewer, larger communities). @defaultValue `0.5` */
  resolution?: number;
  /** For `ties: 'strength'`: the tie-strength measure, as in tieStrength. @defaultValue `'overlap'` */
  strength?: TieMeasure | EdgeScorer;
  /** For `ties: 'strength'`: weak when strength ≤ threshold, a value or `{ quantile }` over all ties. @defaultValue `{ quantile: 0.5 }` */
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
  /** Seed of Louvain's random node order and of the sketch's random node ranking. @defaultValue `42` */
  seed?: number;
  /** Divide by n − 1. @defaultValue `true` */
  normalized?: boolean;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

type TieChoice =
  | { ties: 'communities'; communities: CommunitySource; resolution: number }
  | { ties: 'strength'; measure: EdgeScorer; threshold: TieThreshold };

/** Resolves which ties are weak: the one place the `ties` default is decided. */
function resolveTies(o: z.output<typeof schema>): TieChoice {
  const byStrength = o.strength !== undefined || o.threshold !== undefined;
  const ties = o.ties ?? (byStrength ? 'strength' : 'communities');
  if (ties === 'communities' && byStrength) {
    const given = (['strength', 'threshold'] as const).filter((k) => o[k] !== undefined);
    throw new InfluenceScoreError('INVALID_OPTION', `weakTieReach: ${given.join(' and ')} apply to ties: 'strength', not to ties: 'communities'`, given.map((k) => ({ path: [k], field: k, message: "only with ties: 'strength'" })));
  }
  if (ties === 'communities') return { ties, communities: o.communities, resolution: o.resolution };
  return { ties, measure: resolveMeasure(o.strength ?? 'overlap', o.view), threshold: o.threshold ?? { quantile: 0.5 } };
}

/**
 * Weak-tie reach of every node. `meta.extra` reports the method used, which ties were weak (`ties`;
 * the number of communities and the modularity, or the resolved strength threshold), the number of
 * weak ties and, for the sketch, how many nodes were counted exactly.
 *
 * @example
 * ```ts
 * const reach = weakTieReach().score(graph);  // ties between Louvain communities are the weak ones
 * reach.top(10); // the accounts whose bridges open up the most new audience
 * weakTieReach({ strength: 'overlap', threshold: { quantile: 0.5 } }); // weak = overlap ≤ its median
 * ```
 */
export function weakTieReach(options: WeakTieReachOptions = {}): Scorer {
  const parsed = parseOptions(schema, options, 'weakTieReach');
  const choice = resolveTies(parsed);
  const { view, hops, direction, method, sketchSize, seed, normalized } = parsed;
  const params = { hops, direction, method, sketchSize, seed, normalized };
  const tieParams =
    choice.ties === 'communities'
      ? { ties: choice.ties, communities: choice.communities, resolution: choice.resolution }
      : { ties: choice.ties, strength: choice.measure.id, threshold: choice.threshold };
  return createScorer({
    id: 'weak-tie-reach',
    label: 'Weak-tie reach',
    description: '|B_h(v) \\ ({v} ∪ ⋃_{strong s} B_{h−1}(s))| / (n − 1): reach only weak first steps (by default ties between communities) open. Granovetter 1973; Bakshy et al. 2012.',
    range: [0, params.normalized ? 1 : Infinity],
    higherIsBetter: true,
    params: { ...params, ...tieParams },
    view,
    *compute(ctx, control, run) {
      const { hops } = params;
      // Progress in nodes, twice: marking the weak ties (Louvain's share of its work) fills the first n, the reach the second.
      const ties = yield* markWeakTies(choice, ctx, params.seed, run, phaseControl(control, 0, 2, ctx.n));
      const reach = phaseControl(control, 1, 2, ctx.n);
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
        const sketch = yield* sketchWeakReach(graph, hops, params.sketchSize, params.seed, reach);
        values = sketch.counts;
        exactNodes = sketch.exactNodes;
      } else {
        values = yield* (method === 'bitset' ? denseWeakReach(graph, hops, reach) : exactWeakReach(graph, hops, reach));
      }
      reach.finish(ctx.n);
      if (params.normalized && ctx.n > 1) for (let i = 0; i < ctx.n; i++) values[i] /= ctx.n - 1;
      let weakTies = 0;
      for (let p = 0; p < ties.weak.length; p++) weakTies += ties.weak[p];
      return {
        values,
        warnings: withoutWarnings(ties.warnings, ctx.warnings),
        extra: { method, exactNodes, ...ties.report, weakTies, ties: ties.weak.length },
      };
    },
  });
}

/** Marks the weak ties (by tie-pair id) as `choice` says, with what to report about them. */
function* markWeakTies(choice: TieChoice, ctx: ScoringContext, seed: number, run: RunOptions | undefined, control: RunControl): Resumable<{ weak: Uint8Array; warnings: readonly Warning[]; report: Record<string, unknown> }> {
  if (choice.ties === 'strength') {
    const ties = yield* classifyTies(choice.measure, choice.threshold, ctx, run);
    return { weak: ties.weak, warnings: ties.warnings, report: { weakTiesBy: 'strength', threshold: ties.threshold } };
  }
  const found = yield* detectCommunities(ctx, choice.communities, { seed, resolution: choice.resolution, weighted: false }, control);
  const pairs = tiePairs(ctx);
  const weak = new Uint8Array(pairs.m);
  for (let p = 0; p < pairs.m; p++) weak[p] = found.of[pairs.source[p]] !== found.of[pairs.target[p]] ? 1 : 0;
  return { weak, warnings: found.warnings, report: { weakTiesBy: 'communities', communities: found.count, modularity: found.modularity } };
}
