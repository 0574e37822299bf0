/**
 * Weighted counterpart of {@link distanceSums}: one Dijkstra search per node (binary heap with lazy
 * deletion), O(n·(m + n) log n). Edge lengths come from the CSR weights, read as lengths (`weight`,
 * NetworkX's `distance=` argument) or as strengths turned into lengths 1/w (`inverse`).
 */
import type { ChunkKind } from '../../../core/chunks.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { Csr } from '../../../context/csr.js';
import { type ChunkSums, type DistanceSums, type SearchData, SOURCES_PER_CHUNK, searchSums } from './distance-sums.js';
import { MaxHeap } from '../../../core/max-heap.js';

/** @internal How an edge weight becomes a length. */
export type DistanceMode = 'weight' | 'inverse';

interface DijkstraScratch {
  data: SearchData;
  length: Float64Array;
  dist: Float64Array;
  settled: Uint8Array;
  visited: Int32Array;
  heap: MaxHeap;
}

/**
 * @internal One Dijkstra search per source; unusable edges (length ∞, i.e. weight 0 under `inverse`)
 * are skipped. Zero-length hops add nothing to the inverse sum, as NetworkX's harmonic centrality
 * skips d = 0.
 */
export const dijkstraSumsKind: ChunkKind<SearchData, DijkstraScratch, ChunkSums> = {
  name: 'dijkstra-sums',
  setup(data) {
    const { n, weights, distance } = data;
    const length = new Float64Array(weights!.length);
    for (let e = 0; e < weights!.length; e++) length[e] = distance === 'inverse' ? 1 / weights![e] : weights![e];
    return { data, length, dist: new Float64Array(n).fill(Infinity), settled: new Uint8Array(n), visited: new Int32Array(n), heap: new MaxHeap(n) };
  },
  *run(state, chunk, control) {
    const { n, offsets, targets, sources } = state.data;
    const { length, dist, settled, visited, heap } = state;
    const from = chunk * SOURCES_PER_CHUNK;
    const to = Math.min(n, from + SOURCES_PER_CHUNK);
    const out: ChunkSums = { reached: new Int32Array(to - from), sum: new Float64Array(to - from), inverseSum: new Float64Array(to - from) };
    for (let k = from; k < to; k++) {
      if (control.tick(k, n)) yield;
      const s = sources[k];
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
      out.reached[k - from] = settledCount;
      out.sum[k - from] = total;
      out.inverseSum[k - from] = inverse;
      for (let i = 0; i < count; i++) {
        dist[visited[i]] = Infinity;
        settled[visited[i]] = 0;
      }
    }
    return out;
  },
};

/** @internal Searches from every node along `csr` rows with lengths from `distance`. */
export function dijkstraSums(n: number, csr: Csr, distance: DistanceMode, control: RunControl): Resumable<DistanceSums & { threads: number }> {
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  return searchSums(dijkstraSumsKind as ChunkKind<SearchData, unknown, ChunkSums>, { n, offsets: csr.offsets, targets: csr.targets, weights: csr.weights, distance, sources }, control);
}
