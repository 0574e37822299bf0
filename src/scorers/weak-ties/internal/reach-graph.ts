/**
 * The graph weak-tie reach walks: rows in the reach direction, each entry flagged strong or weak
 * by the class of its tie.
 */
import type { Csr } from '../../../context/csr.js';
import type { ScoringContext } from '../../../context/context.js';
import { findEntry, tiePairs } from './pairs.js';

/** Which way reach travels; see weakTieReach. */
export type ReachDirection = 'audience' | 'sources' | 'both';

/** @internal Reach adjacency with per-entry tie classes. */
export interface ReachGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** 1 where the entry's tie is strong. */
  readonly strong: Uint8Array;
}

/** @internal Builds the reach graph; `weak` is indexed by tie id. */
export function reachGraph(ctx: ScoringContext, direction: ReachDirection, weak: Uint8Array): ReachGraph {
  const pairs = tiePairs(ctx);
  // v's content reaches those who pay attention to v: the in-rows (u → v means u attends to v).
  const csr: Csr = direction === 'audience' ? ctx.in : direction === 'sources' ? ctx.out : pairs.adj;
  const strong = new Uint8Array(csr.targets.length);
  for (let v = 0; v < ctx.n; v++) {
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const entry = csr === pairs.adj ? e : findEntry(pairs.adj, v, csr.targets[e]);
      strong[e] = weak[pairs.pairOf[entry]] === 1 ? 0 : 1;
    }
  }
  return { n: ctx.n, offsets: csr.offsets, targets: csr.targets, strong };
}
