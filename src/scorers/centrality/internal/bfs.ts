/**
 * Breadth-first search over a CSR with buffers reused across sources: after a search only the nodes
 * it reached are reset, so n searches cost O(Σ reached + Σ scanned), not O(n²) for clearing.
 */
import type { Csr } from '../../../context/csr.js';

/** @internal Reusable BFS state; `dist[v] = -1` for unreached nodes between searches. */
export interface Bfs {
  readonly dist: Int32Array;
  /** Visit order of the last search: `queue[0 .. reached)`, nondecreasing in distance. */
  readonly queue: Int32Array;
}

/** @internal Allocates the buffers for a graph of `n` nodes. */
export function createBfs(n: number): Bfs {
  return { dist: new Int32Array(n).fill(-1), queue: new Int32Array(n) };
}

/**
 * @internal Searches from `source` along CSR rows up to `maxDepth` hops and returns how many nodes it
 * reached (the source included). Call {@link resetBfs} with that count before the next search.
 */
export function bfs(csr: Csr, source: number, state: Bfs, maxDepth = Infinity): number {
  const { offsets, targets } = csr;
  const { dist, queue } = state;
  dist[source] = 0;
  queue[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    const du = dist[u];
    if (du >= maxDepth) break;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const w = targets[e];
      if (dist[w] < 0) {
        dist[w] = du + 1;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

/** @internal Marks the nodes of the last search unreached again. */
export function resetBfs(state: Bfs, reached: number): void {
  for (let i = 0; i < reached; i++) state.dist[state.queue[i]] = -1;
}
