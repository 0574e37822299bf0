/**
 * Bridging: how much a node's ties span communities.
 *  - `participation` (Guimerà & Amaral 2005): P_v = 1 − Σ_c (k_vc / k_v)², k_vc = v's ties into
 *    community c; 0 when all ties stay in one community (and for isolates), towards 1 when they spread
 *    evenly over many.
 *  - `weak-communities`: the number of distinct other communities v reaches over weak ties,
 *    |{c(u) : u ∈ N(v), tie v–u weak, c(u) ≠ c(v)}| (Granovetter's weak ties as bridges).
 * Ties are those of the view's undirected projection. Communities come from Louvain (Blondel et al.
 * 2008; our resumable implementation in internal/louvain.ts, seeded; by default at resolution 2 and then
 * merged where a random graph would cut as deep, internal/merge-communities.ts: at resolution 1 alone Louvain split
 * two-block graphs into 10–15 communities) or from a node attribute. One community (or none tied to
 * another) scores every node 0, with a warning naming the remedies.
 * Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex metabolic networks.
 * Nature 433, 895–900. Blondel, V. D. et al. (2008). J. Stat. Mech. P10008.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import { phaseControl } from '../../core/progress.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import type { EdgeScorer } from './edge-scorer.js';
import { type CommunitySource, detectCommunities, type Resolution } from './internal/communities.js';
import { noBridgesWarning } from './internal/no-bridges.js';
export type { CommunitySource, Resolution as CommunityResolution } from './internal/communities.js';
import { tiePairs } from './internal/pairs.js';
import { classifyTies, resolveMeasure, type TieMeasure, type TieThreshold, tieOptionFields } from './internal/tie-options.js';

const schema = z
  .object({
    measure: z.enum(['participation', 'weak-communities']).default('participation'),
    communities: z.union([z.literal('louvain'), z.object({ attribute: z.string().min(1) }).strict()]).default('louvain'),
    resolution: z.union([z.literal('auto'), z.number().positive().refine(Number.isFinite, 'must be finite')]).default('auto'),
    seed: z.number().refine(Number.isFinite, 'must be a finite number').default(42),
    weighted: z.boolean().default(false),
    ...tieOptionFields,
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link bridging}. */
export interface BridgingOptions {
  /** `'participation'` (Guimerà–Amaral coefficient) or `'weak-communities'` (other communities reached over weak ties). @defaultValue `'participation'` */
  measure?: 'participation' | 'weak-communities';
  /** `'louvain'`, or `{ attribute }`: a node attribute holding each node's community label (every node must have one). @defaultValue `'louvain'` */
  communities?: CommunitySource;
  /**
   * Louvain resolution (higher gives more, smaller communities), or `'auto'`: Louvain at 2, then
   * communities merged while their cut is one a random graph would also have (as weakTieReach).
   * @defaultValue `'auto'`
   */
  resolution?: Resolution;
  /** Seed of Louvain's random node order. @defaultValue `42` */
  seed?: number;
  /** Weigh ties by the view's weights in Louvain and in the participation coefficient. @defaultValue `false` */
  weighted?: boolean;
  /** Tie-strength measure for `'weak-communities'`, as in tieStrength. @defaultValue `'overlap'` */
  strength?: TieMeasure | EdgeScorer;
  /** Weak when strength ≤ threshold (for `'weak-communities'`). @defaultValue `{ quantile: 0.5 }` */
  threshold?: TieThreshold;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Bridging between communities. `meta.extra` reports the number of communities and, for Louvain,
 * the modularity reached.
 *
 * @example
 * ```ts
 * bridging().score(graph).top(5); // highest participation coefficients under Louvain communities
 * bridging({ measure: 'weak-communities', communities: { attribute: 'team' } }).score(graph);
 * ```
 */
export function bridging(options: BridgingOptions = {}): Scorer {
  const { view, strength, threshold, ...params } = parseOptions(schema, options, 'bridging');
  const tieMeasure = resolveMeasure(strength, view);
  const participation = params.measure === 'participation';
  return createScorer({
    id: participation ? 'participation' : 'weak-communities',
    label: participation ? 'Participation coefficient' : 'Communities reached over weak ties',
    description: participation
      ? 'P_v = 1 − Σ_c (k_vc / k_v)², ties spread over communities. Guimerà & Amaral 2005.'
      : '|{c(u) : v–u weak, c(u) ≠ c(v)}|, other communities reached over weak ties. Granovetter 1973.',
    range: participation ? [0, 1] : [0, Infinity],
    higherIsBetter: true,
    params: participation ? params : { ...params, strength: tieMeasure.id, threshold },
    view,
    *compute(ctx, control, run) {
      // Progress in nodes, twice: the communities (Louvain's share of its work) fill the first n, the loop below the second.
      const communities = yield* detectCommunities(ctx, params.communities, params, phaseControl(control, 0, 2, ctx.n));
      const loop = phaseControl(control, 1, 2, ctx.n);
      if (loop.tick(0, ctx.n)) yield;
      const { adj, pairOf } = tiePairs(ctx);
      const { offsets, targets, weights } = adj;
      const values = new Float64Array(ctx.n);
      const share = new Float64Array(communities.count);
      const stamp = new Int32Array(communities.count).fill(-1);
      const weak = participation ? null : (yield* classifyTies(tieMeasure, threshold, ctx, run)).weak;
      for (let v = 0; v < ctx.n; v++) {
        const start = offsets[v];
        const end = offsets[v + 1];
        if (weak) {
          let reached = 0;
          for (let e = start; e < end; e++) {
            const c = communities.of[targets[e]];
            if (weak[pairOf[e]] === 1 && c !== communities.of[v] && stamp[c] !== v) {
              stamp[c] = v;
              reached++;
            }
          }
          values[v] = reached;
        } else if (end > start) {
          let total = 0;
          for (let e = start; e < end; e++) {
            const w = params.weighted ? weights[e] : 1;
            const c = communities.of[targets[e]];
            if (stamp[c] !== v) {
              stamp[c] = v;
              share[c] = 0;
            }
            share[c] += w;
            total += w;
          }
          let sum = 0;
          for (let e = start; e < end; e++) {
            const c = communities.of[targets[e]];
            if (stamp[c] === v) {
              sum += (share[c] / total) ** 2;
              stamp[c] = -2 - v; // count each community once
            }
          }
          values[v] = total > 0 ? Math.max(0, 1 - sum) : 0;
        }
        if ((v & 63) === 0 && loop.tick(v, ctx.n)) yield;
      }
      loop.finish(ctx.n);
      const warnings = [...communities.warnings];
      let crossing = false;
      for (let v = 0; v < ctx.n && !crossing; v++) for (let e = offsets[v]; e < offsets[v + 1]; e++) if (communities.of[targets[e]] !== communities.of[v]) crossing = true;
      if (!crossing && targets.length > 0) warnings.push(noBridgesWarning('bridging', communities.count, params.communities, params.resolution, "every node scores 0; give communities: { attribute } naming a known grouping, or a higher resolution (e.g. 2)"));
      return { values, warnings, extra: { communities: communities.count, modularity: communities.modularity, membership: communities.of } };
    },
  });
}
