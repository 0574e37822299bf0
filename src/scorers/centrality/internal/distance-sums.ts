/**
 * Per-node sums of hop distances from every node, by multi-source BFS (Then et al. 2014, "The More
 * the Merrier: Efficient Multi-Source Graph Traversal", VLDB 8(4)): 32 searches run at once as bits of
 * one Int32 per node, so an edge is scanned once per level at which any of the 32 frontiers crosses
 * it instead of once per search. Shared by closeness and harmonic centrality.
 */
import type { Csr } from '../../../context/csr.js';

const LANES = 32;

/** @internal Per source: nodes reached (itself included), Σ d and Σ 1/d over the nodes reached. */
export interface DistanceSums {
  reached: Int32Array;
  sum: Float64Array;
  inverseSum: Float64Array;
}

/**
 * Sources in BFS order (from node 0, then from each node not yet reached): the 32 searches of a batch
 * start near each other, so their frontiers overlap and share edge scans.
 */
function batchOrder(n: number, csr: Csr): Int32Array {
  const { offsets, targets } = csr;
  const order = new Int32Array(n);
  const placed = new Uint8Array(n);
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (placed[root]) continue;
    placed[root] = 1;
    order[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const u = order[head];
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const w = targets[e];
        if (!placed[w]) {
          placed[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order;
}

/**
 * @internal Searches from every node along `csr` rows (pass the in-CSR to measure distances *into*
 * each node). `tick(done, n)` is called at every level of every batch of 32 sources.
 */
export function distanceSums(n: number, csr: Csr, tick: (done: number, total: number) => void): DistanceSums {
  const { offsets, targets } = csr;
  const reached = new Int32Array(n);
  const sum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  const seen = new Int32Array(n);
  const frontier = new Int32Array(n);
  const next = new Int32Array(n);
  let active = new Int32Array(n);
  let touched = new Int32Array(n);
  const levelCount = new Int32Array(LANES);
  const sources = batchOrder(n, csr);
  for (let base = 0; base < n; base += LANES) {
    const lanes = Math.min(LANES, n - base);
    seen.fill(0);
    let activeCount = 0;
    for (let b = 0; b < lanes; b++) {
      const s = sources[base + b];
      seen[s] = 1 << b;
      frontier[s] = 1 << b;
      active[activeCount++] = s;
      reached[s] = 1;
    }
    for (let d = 1; activeCount > 0; d++) {
      tick(base, n);
      let touchedCount = 0;
      for (let i = 0; i < activeCount; i++) {
        const u = active[i];
        const f = frontier[u];
        frontier[u] = 0;
        for (let e = offsets[u]; e < offsets[u + 1]; e++) {
          const w = targets[e];
          const fresh = f & ~seen[w];
          if (fresh !== 0) {
            if (next[w] === 0) touched[touchedCount++] = w;
            next[w] |= fresh;
          }
        }
      }
      levelCount.fill(0);
      for (let i = 0; i < touchedCount; i++) {
        const w = touched[i];
        let bits = next[w];
        next[w] = 0;
        seen[w] |= bits;
        frontier[w] = bits;
        while (bits !== 0) {
          levelCount[31 - Math.clz32(bits & -bits)]++;
          bits &= bits - 1;
        }
      }
      for (let b = 0; b < lanes; b++) {
        const c = levelCount[b];
        if (c === 0) continue;
        const s = sources[base + b];
        reached[s] += c;
        sum[s] += c * d;
        inverseSum[s] += c / d;
      }
      [active, touched] = [touched, active];
      activeCount = touchedCount;
    }
  }
  return { reached, sum, inverseSum };
}
