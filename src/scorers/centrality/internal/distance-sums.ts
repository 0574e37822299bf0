/**
 * Per-node sums of hop distances from every node, by multi-source BFS (Then et al. 2014, "The More
 * the Merrier: Efficient Multi-Source Graph Traversal", VLDB 8(4)): 32 searches run at once as bits of
 * one Int32 per node, so an edge is scanned once per level at which any of the 32 frontiers crosses
 * it instead of once per search. Shared by closeness and harmonic centrality.
 */
import { type ChunkKind, runChunks } from '../../../core/chunks.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { Csr } from '../../../context/csr.js';

const LANES = 32;
/** Sources per chunk of parallel work: fixed, so results never depend on the thread count. */
export const SOURCES_PER_CHUNK = 8 * LANES;

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

/** @internal What a worker needs for a distance-sum search: the rows and the source order. */
export interface SearchData {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Only for weighted searches. */
  weights?: Float64Array;
  distance?: 'weight' | 'inverse';
  sources: Int32Array;
}

/** @internal One chunk's sums, for the sources at positions [from, to) of `sources`. */
export interface ChunkSums {
  reached: Int32Array;
  sum: Float64Array;
  inverseSum: Float64Array;
}

interface BfsScratch {
  data: SearchData;
  seen: Int32Array;
  frontier: Int32Array;
  next: Int32Array;
  active: Int32Array;
  touched: Int32Array;
  levelCount: Int32Array;
}

/** @internal Hop-count distance sums, 32 sources per batch, {@link SOURCES_PER_CHUNK} per chunk. */
export const bfsSumsKind: ChunkKind<SearchData, BfsScratch, ChunkSums> = {
  name: 'distance-sums',
  setup(data) {
    const { n } = data;
    return {
      data,
      seen: new Int32Array(n),
      frontier: new Int32Array(n),
      next: new Int32Array(n),
      active: new Int32Array(n),
      touched: new Int32Array(n),
      levelCount: new Int32Array(LANES),
    };
  },
  *run(state, chunk, control) {
    const { n, offsets, targets, sources } = state.data;
    const { seen, frontier, next, levelCount } = state;
    let { active, touched } = state;
    const from = chunk * SOURCES_PER_CHUNK;
    const to = Math.min(n, from + SOURCES_PER_CHUNK);
    const out: ChunkSums = { reached: new Int32Array(to - from), sum: new Float64Array(to - from), inverseSum: new Float64Array(to - from) };
    for (let base = from; base < to; base += LANES) {
      const lanes = Math.min(LANES, to - base);
      seen.fill(0);
      let activeCount = 0;
      for (let b = 0; b < lanes; b++) {
        const s = sources[base + b];
        seen[s] = 1 << b;
        frontier[s] = 1 << b;
        active[activeCount++] = s;
        out.reached[base - from + b] = 1;
      }
      for (let d = 1; activeCount > 0; d++) {
        if (control.tick(base, n)) yield;
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
          const k = base - from + b;
          out.reached[k] += c;
          out.sum[k] += c * d;
          out.inverseSum[k] += c / d;
        }
        [active, touched] = [touched, active];
        activeCount = touchedCount;
      }
    }
    state.active = active;
    state.touched = touched;
    return out;
  },
};

/** @internal Searches from every node, by `kind`, on the caller's thread or the run's pool; returns the sums and the threads used. */
export function* searchSums(kind: ChunkKind<SearchData, unknown, ChunkSums>, data: SearchData, control: RunControl): Resumable<DistanceSums & { threads: number }> {
  const { n, sources } = data;
  const reached = new Int32Array(n);
  const sum = new Float64Array(n);
  const inverseSum = new Float64Array(n);
  const chunks = Math.ceil(n / SOURCES_PER_CHUNK);
  const progress = { done: 0, perChunk: SOURCES_PER_CHUNK, count: n, total: n };
  const threads = yield* runChunks(
    control,
    kind,
    data,
    chunks,
    (c, part) => {
      const from = c * SOURCES_PER_CHUNK;
      for (let k = 0; k < part.reached.length; k++) {
        const s = sources[from + k];
        reached[s] = part.reached[k];
        sum[s] = part.sum[k];
        inverseSum[s] = part.inverseSum[k];
      }
    },
    progress,
  );
  return { reached, sum, inverseSum, threads };
}

/**
 * @internal Searches from every node along `csr` rows (pass the in-CSR to measure distances *into*
 * each node), 32 sources per batch in BFS order.
 */
export function distanceSums(n: number, csr: Csr, control: RunControl): Resumable<DistanceSums & { threads: number }> {
  return searchSums(bfsSumsKind as ChunkKind<SearchData, unknown, ChunkSums>, { n, offsets: csr.offsets, targets: csr.targets, sources: batchOrder(n, csr) }, control);
}
