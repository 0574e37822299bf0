/**
 * Ties as unordered pairs: the view's symmetric adjacency (reciprocal arcs and parallel edges
 * merged, self-loops dropped) with one id per pair {u, v}, u < v. Every per-edge measure of this
 * family is indexed by these ids, so measures line up entry for entry.
 */
import type { Csr } from '../../../context/csr.js';
import type { ScoringContext } from '../../../context/context.js';

/** @internal The tie list of a context. */
export interface TiePairs {
  /** Symmetric adjacency, rows sorted by target. */
  readonly adj: Csr;
  /** Pair id of every adjacency entry (both directions of a tie share one id). */
  readonly pairOf: Int32Array;
  /** Lower node index of each pair. */
  readonly source: Int32Array;
  /** Higher node index of each pair. */
  readonly target: Int32Array;
  /** Number of ties. */
  readonly m: number;
}

const cache = new WeakMap<ScoringContext, TiePairs>();

/** @internal The ties of `ctx`, built once per context. */
export function tiePairs(ctx: ScoringContext): TiePairs {
  let pairs = cache.get(ctx);
  if (!pairs) {
    pairs = buildPairs(ctx.n, ctx.undirected());
    cache.set(ctx, pairs);
  }
  return pairs;
}

function buildPairs(n: number, adj: Csr): TiePairs {
  const { offsets, targets } = adj;
  const m = targets.length / 2;
  const pairOf = new Int32Array(targets.length);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  // Rows are sorted, so sweeping u upwards meets the entries (v, u), v < u, of each row v in
  // increasing u: a cursor per row finds the partner entry without a search.
  const cursor = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let e = offsets[v];
    while (e < offsets[v + 1] && targets[e] < v) e++;
    cursor[v] = e;
  }
  let next = 0;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (v > u) {
        source[next] = u;
        target[next] = v;
        pairOf[e] = next++;
      } else {
        pairOf[e] = pairOf[cursor[v]++];
      }
    }
  }
  return { adj, pairOf, source, target, m };
}

/** @internal Position of `v` in the sorted row of `u`, or -1. */
export function findEntry(adj: Csr, u: number, v: number): number {
  let lo = adj.offsets[u];
  let hi = adj.offsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = adj.targets[mid];
    if (t === v) return mid;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
