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
import type { RunControl } from '../../../core/run.js';
import type { BrandesPlan } from './betweenness-plan.js';
import { brandesMultiSource } from './betweenness-msbfs.js';

/** @internal Runs every search of `plan` and returns raw ordered-pair sums per kept node. */
export function brandes(plan: BrandesPlan, endpoints: boolean, control: RunControl): Float64Array {
  if (plan.lengths) return brandesDijkstra(plan, plan.lengths, endpoints, control);
  return brandesMultiSource(plan, endpoints, control);
}

function brandesDijkstra(plan: BrandesPlan, lengths: Float64Array, endpoints: boolean, control: RunControl): Float64Array {
  const { n, offsets, targets, leafIn, leafAll, sources, multiplicity } = plan;
  const bc = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n);
  const settled = new Int32Array(n);
  const heap = new Int32Array(n);
  const pos = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const extra = endpoints ? 1 : 0;
  const total = sources.length;
  for (let k = 0; k < total; k++) {
    control.tick(k, total);
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
  control.finish(total);
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
