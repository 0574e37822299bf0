/**
 * Brandes' accumulation (Brandes 2001, "A faster algorithm for betweenness centrality", J. Math.
 * Sociol. 25(2)): one single-source shortest-path search per source, counting shortest paths σ on
 * the way out and accumulating dependencies δ on the way back:
 *   δ_s(v) = Σ_{w : v ∈ P_s(w)} σ_sv / σ_sw · (1 + δ_s(w)).
 * The backward pass pulls from successors (δ_v = σ_v · Σ_w (1 + δ_w)/σ_w), so each node's value is
 * written once and the division happens once per node. Lengths use Dijkstra with an indexed binary
 * heap; hop counts go to the 32-sources-at-a-time BFS in betweenness-msbfs.ts. Every array is
 * allocated once per run and reset only where it was touched. Sums are over ordered (source,
 * target) pairs; the caller rescales.
 */
import { type ChunkKind, runChunks } from '../../../core/chunks.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { BrandesPlan } from './betweenness-plan.js';
import { msbfsKind } from './betweenness-msbfs.js';

/**
 * Searches per chunk of parallel work. Fixed (a multiple of the 32-source batch), so the sum of the
 * chunks' partial sums, taken in chunk order, never depends on the thread count.
 */
const SOURCES_PER_CHUNK = 128;

/** @internal What a thread needs to run chunks of Brandes' searches: the plan's arrays and flags. */
export interface BrandesData {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  lengths: Float64Array | null;
  leafIn: Float64Array;
  leafAll: Float64Array;
  sources: Int32Array;
  multiplicity: Float64Array;
  endpoints: boolean;
  chunkSize: number;
}

/**
 * @internal Runs every search of `plan` and returns raw ordered-pair sums per kept node, with the
 * number of threads used. Each chunk sums from zero; the chunks are added in order. Progress is in
 * nodes of the input graph (`total`): the nodes the plan leaves unsearched count as done from the start.
 */
export function* brandes(plan: BrandesPlan, endpoints: boolean, control: RunControl, total = plan.sources.length): Resumable<{ sums: Float64Array; threads: number }> {
  const { n, offsets, targets, lengths, leafIn, leafAll, sources, multiplicity } = plan;
  const data: BrandesData = { n, offsets, targets, lengths, leafIn, leafAll, sources, multiplicity, endpoints, chunkSize: SOURCES_PER_CHUNK };
  const kind = (lengths ? dijkstraKind : msbfsKind) as ChunkKind<BrandesData, unknown, Float64Array>;
  const sums = new Float64Array(n);
  const chunks = Math.ceil(sources.length / SOURCES_PER_CHUNK);
  const progress = { done: total - sources.length, perChunk: SOURCES_PER_CHUNK, count: sources.length, total };
  const threads = yield* runChunks(
    control,
    kind,
    data,
    chunks,
    (_, partial) => {
      for (let v = 0; v < n; v++) sums[v] += partial[v];
    },
    progress,
  );
  control.finish(total);
  return { sums, threads };
}

interface DijkstraScratch {
  data: BrandesData;
  dist: Float64Array;
  sigma: Float64Array;
  coef: Float64Array;
  settled: Int32Array;
  heap: Int32Array;
  pos: Int32Array;
  done: Uint8Array;
}

/** @internal Brandes with Dijkstra (edge lengths) over one chunk of sources. */
export const dijkstraKind: ChunkKind<BrandesData, DijkstraScratch, Float64Array> = {
  name: 'brandes-dijkstra',
  setup(data) {
    const { n } = data;
    return {
      data,
      dist: new Float64Array(n).fill(Infinity),
      sigma: new Float64Array(n),
      coef: new Float64Array(n),
      settled: new Int32Array(n),
      heap: new Int32Array(n),
      pos: new Int32Array(n).fill(-1),
      done: new Uint8Array(n),
    };
  },
  run: brandesDijkstra,
};

function* brandesDijkstra(state: DijkstraScratch, chunk: number, control: RunControl): Resumable<Float64Array> {
  const { n, offsets, targets, leafIn, leafAll, sources, multiplicity, endpoints, chunkSize } = state.data;
  const lengths = state.data.lengths!;
  const { dist, sigma, coef, settled, heap, pos, done } = state;
  const bc = new Float64Array(n);
  const extra = endpoints ? 1 : 0;
  const total = Math.min(sources.length, (chunk + 1) * chunkSize);
  for (let k = chunk * chunkSize; k < total; k++) {
    if (control.tick(k, sources.length)) yield;
    const s = sources[k];
    const mult = multiplicity[k];
    let count = 0;
    let size = 1;
    dist[s] = 0;
    sigma[s] = 1;
    heap[0] = s;
    pos[s] = 0;
    while (size > 0) {
      const v = heap[0];
      pos[v] = -1;
      size--;
      if (size > 0) siftDown(heap, pos, dist, heap[size], 0, size);
      done[v] = 1;
      settled[count++] = v;
      const dv = dist[v];
      const sv = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        if (done[w]) continue;
        const alt = dv + lengths[e];
        const dw = dist[w];
        if (alt < dw) {
          dist[w] = alt;
          sigma[w] = sv;
          if (dw === Infinity) {
            pos[w] = size;
            heap[size++] = w;
          }
          siftUp(heap, pos, dist, w, pos[w]);
        } else if (alt === dw) {
          sigma[w] += sv;
        }
      }
    }
    let reached = count - 1 + leafIn[s];
    for (let i = count - 1; i > 0; i--) {
      const v = settled[i];
      const dv = dist[v];
      let acc = 0;
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        if (dv + lengths[e] === dist[w]) acc += coef[w];
      }
      const sv = sigma[v];
      const li = leafIn[v];
      const d = sv * acc + li;
      reached += li;
      coef[v] = (1 + d) / sv;
      bc[v] += mult * (d + extra);
    }
    for (let i = 0; i < count; i++) {
      const v = settled[i];
      dist[v] = Infinity;
      done[v] = 0;
    }
    bc[s] += leafAll[s] * reached - leafIn[s] + extra * mult * reached;
  }
  return bc;
}

function siftUp(heap: Int32Array, pos: Int32Array, key: Float64Array, v: number, i: number): void {
  const kv = key[v];
  while (i > 0) {
    const p = (i - 1) >> 1;
    const u = heap[p];
    if (key[u] <= kv) break;
    heap[i] = u;
    pos[u] = i;
    i = p;
  }
  heap[i] = v;
  pos[v] = i;
}

function siftDown(heap: Int32Array, pos: Int32Array, key: Float64Array, v: number, i: number, size: number): void {
  const kv = key[v];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= size) break;
    if (c + 1 < size && key[heap[c + 1]] < key[heap[c]]) c++;
    const u = heap[c];
    if (key[u] >= kv) break;
    heap[i] = u;
    pos[u] = i;
    i = c;
  }
  heap[i] = v;
  pos[v] = i;
}
