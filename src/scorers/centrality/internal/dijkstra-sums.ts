/**
 * Weighted counterpart of {@link distanceSums}: one Dijkstra search per node (binary heap with lazy
 * deletion), O(n·(m + n) log n). Edge lengths come from the CSR weights, read as lengths (`weight`,
 * NetworkX's `distance=` argument) or as strengths turned into lengths 1/w (`inverse`).
 */
import type { Csr } from '../../../context/csr.js';
import type { DistanceSums } from './distance-sums.js';
import { MaxHeap } from './max-heap.js';

/** @internal How an edge weight becomes a length. */
export type DistanceMode = 'weight' | 'inverse';

/**
 * @internal Searches from every node along `csr` rows with lengths from `distance`; unusable edges
 * (length ∞, i.e. weight 0 under `inverse`) are skipped. Zero-length hops add nothing to the inverse
 * sum, as NetworkX's harmonic centrality skips d = 0. `tick(v, n)` runs before each source.
 */
export function dijkstraSums(n: number, csr: Csr, distance: DistanceMode, tick: (done: number, total: number) => void): DistanceSums {
  const { offsets, targets, weights } = csr;
  const length = new Float64Array(weights.length);
  for (let e = 0; e < weights.length; e++) length[e] = distance === 'inverse' ? 1 / weights[e] : weights[e];
  const reached = new Int32Array(n);
  const sum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const visited = new Int32Array(n);
  const heap = new MaxHeap(n);
  for (let s = 0; s < n; s++) {
    tick(s, n);
    let count = 0;
    dist[s] = 0;
    visited[count++] = s;
    heap.push(-0, s);
    let total = 0;
    let inverse = 0;
    let settledCount = 0;
    while (heap.size > 0) {
      const u = heap.topId();
      heap.pop();
      if (settled[u]) continue;
      settled[u] = 1;
      settledCount++;
      const du = dist[u];
      total += du;
      if (du > 0) inverse += 1 / du;
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const len = length[e];
        if (!(len < Infinity)) continue;
        const w = targets[e];
        const nd = du + len;
        if (nd < dist[w]) {
          if (dist[w] === Infinity) visited[count++] = w;
          dist[w] = nd;
          heap.push(-nd, w);
        }
      }
    }
    reached[s] = settledCount;
    sum[s] = total;
    inverseSum[s] = inverse;
    for (let i = 0; i < count; i++) {
      dist[visited[i]] = Infinity;
      settled[visited[i]] = 0;
    }
  }
  return { reached, sum, inverseSum };
}
