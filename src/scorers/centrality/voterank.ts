/**
 * VoteRank (Zhang et al. 2016): elect spreaders one at a time by votes, each node voting for its
 * neighbours with an ability that drops by 1/⟨k⟩ whenever a neighbour is elected, so the elected set
 * spreads out instead of clustering.
 *   votes(v) = Σ_{u votes for v} ability(u);  elect argmax (ties: node order); ability(elected) = 0;
 *   ability(u) ← max(0, ability(u) − 1/⟨k⟩) for the elected node's voters; stop at k or when votes are 0.
 * NetworkX semantics (`voterank`): on a directed graph a node receives the votes of its successors and
 * ⟨k⟩ is the mean out-degree. Votes are kept by delta updates in a lazy max-heap (they only fall);
 * near-ties are settled by recomputing exact sums, so the order does not depend on rounding drift.
 * Zhang, J.-X., Chen, D.-B., Dong, Q., Zhao, Z.-D. (2016). Identifying a set of influential spreaders
 * in complex networks. Scientific Reports 6, 27823.
 */
import { z } from 'zod';
import { parseOptionsWithRenames } from '../../core/deprecation.js';
import type { Scorer } from '../scorer.js';
import type { Csr } from '../../context/csr.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { MaxHeap } from '../../core/max-heap.js';

/** Vote totals within this (relative) distance of the best are recomputed exactly before electing. */
const NEAR_TIE = 1e-9;

const schema = z
  .object({
    k: z.number().int().positive().optional(),
    direction: z.enum(['in', 'out']).default('out'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link voteRank}. */
export interface VoteRankOptions {
  /** How many spreaders to elect (fewer when every remaining vote is 0). @defaultValue every node (NetworkX) */
  k?: number;
  /**
   * On a directed graph, the edges on which v's votes arrive: `out` (v's successors vote for it:
   * v → u means u votes for v, NetworkX's `voterank`) or `in` (v's predecessors vote for it: u → v,
   * "u pays attention to v", means u votes for v: the influence reading of this library's edges).
   * Undirected graphs ignore it.
   * @defaultValue `'out'` (NetworkX)
   */
  direction?: 'in' | 'out';
  /**
   * @deprecated Use `direction` (`'successors'` is `'out'`, `'predecessors'` is `'in'`). Accepted for
   * one minor version, with a `DEPRECATED` warning in `meta.warnings`.
   */
  votesFrom?: 'successors' | 'predecessors';
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

function exactVotes(voters: Csr, v: number, ability: Float64Array): number {
  let s = 0;
  for (let e = voters.offsets[v]; e < voters.offsets[v + 1]; e++) s += ability[voters.targets[e]];
  return s;
}

/**
 * VoteRank spreaders. The elected order is `meta.extra.elected` (node keys); as scores, the node
 * elected at position p (0-based) gets `k − p` (k = the number asked for, at most n) and everyone else 0, so
 * ranking by score lists the elected first, in order.
 *
 * @example
 * ```ts
 * const v = voteRank({ k: 10 }).score(graph);
 * v.meta.extra!.elected; // ['hub', 'other-hub', ...], at most 10
 * ```
 */
export function voteRank(options: VoteRankOptions = {}): Scorer {
  const { options: parsed, deprecations } = parseOptionsWithRenames<typeof schema, VoteRankOptions, 'votesFrom'>(schema, options, 'voteRank', {
    votesFrom: { to: 'direction', values: { successors: 'out', predecessors: 'in' } },
  });
  const { view, ...params } = parsed;
  return createScorer({
    id: 'voterank',
    label: 'VoteRank',
    description: 'Elect argmax Σ ability of voters; electing weakens its voters by 1/⟨k⟩ (NetworkX voterank). Zhang et al. 2016.',
    range: [0, params.k ?? Infinity],
    higherIsBetter: true,
    params,
    view,
    deprecations,
    compute(ctx, control) {
      const { n } = ctx;
      const k = Math.min(params.k ?? n, n);
      const backwards = ctx.directed && params.direction === 'in';
      // voters(v): whose ability counts for v; ballots(u): whom u votes for (the transpose).
      const voters = backwards ? ctx.in : ctx.out;
      const ballots = backwards ? ctx.out : ctx.in;
      const arcs = ctx.out.targets.length;
      const avgDegree = n > 0 ? arcs / n : 0;
      const ability = new Float64Array(n).fill(1);
      const votes = new Float64Array(n);
      const elected = new Uint8Array(n);
      const heap = new MaxHeap(n);
      for (let v = 0; v < n; v++) {
        votes[v] = exactVotes(voters, v, ability);
        heap.push(votes[v], v);
      }
      const order: number[] = [];
      const candidates: number[] = [];
      const lower = (u: number, to: number): void => {
        const delta = ability[u] - to;
        if (delta === 0) return;
        ability[u] = to;
        for (let e = ballots.offsets[u]; e < ballots.offsets[u + 1]; e++) votes[ballots.targets[e]] -= delta;
      };
      // Pops until the top entry is current; votes only fall, so a stale key is an upper bound.
      const settleTop = (): boolean => {
        while (heap.size > 0) {
          const v = heap.topId();
          if (elected[v]) heap.pop();
          else if (heap.topKey() !== votes[v]) {
            heap.pop();
            heap.push(votes[v], v);
          } else return true;
        }
        return false;
      };
      while (order.length < k && settleTop()) {
        control.tick(order.length, k);
        const threshold = heap.topKey() - NEAR_TIE * Math.max(1, Math.abs(heap.topKey()));
        candidates.length = 0;
        while (settleTop() && heap.topKey() >= threshold) {
          candidates.push(heap.topId());
          heap.pop();
        }
        let best = -1;
        for (const c of candidates) {
          votes[c] = exactVotes(voters, c, ability);
          if (best < 0 || votes[c] > votes[best] || (votes[c] === votes[best] && c < best)) best = c;
        }
        for (const c of candidates) if (c !== best) heap.push(votes[c], c);
        if (!(votes[best] > 0)) break;
        order.push(best);
        elected[best] = 1;
        lower(best, 0);
        for (let e = voters.offsets[best]; e < voters.offsets[best + 1]; e++) {
          const u = voters.targets[e];
          lower(u, Math.max(ability[u] - 1 / avgDegree, 0));
        }
      }
      const values = new Float64Array(n);
      for (let p = 0; p < order.length; p++) values[order[p]] = k - p;
      return { values, params: { k }, extra: { elected: order.map((i) => ctx.keys[i]) } };
    },
  });
}
