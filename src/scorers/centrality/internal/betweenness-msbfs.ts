/**
 * Brandes' accumulation for hop counts, 32 sources at a time, over a multi-source BFS (MS-BFS, Then
 * et al. 2014, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4)). Each node
 * holds a 32-bit set of the sources that have reached it and of those for which it sits on the current
 * level, so one scan of a node's row serves every source that meets the node at the same distance.
 * Sources that are close together share most levels (the plan numbers nodes in BFS order, so
 * consecutive sources are neighbours), which cuts row scans several-fold; path counts σ and
 * dependencies δ stay per source (interleaved per node, 32 doubles each). The backward pass visits
 * the recorded levels in reverse and pulls δ_v = σ_v Σ_w (1 + δ_w)/σ_w from successors, as in
 * betweenness-brandes.ts, whose sums it reproduces exactly up to floating-point summation order.
 */
import type { ChunkKind } from '../../../core/chunks.js';
import type { BrandesData } from './betweenness-brandes.js';

const B = 32;

/** @internal Per-thread scratch of the multi-source search. */
interface MsbfsScratch {
  data: BrandesData;
  seen: Uint32Array;
  front: Uint32Array;
  next: Uint32Array;
  later: Uint32Array;
  sigma: Float64Array;
  lvNodes: Int32Array;
  lvBits: Uint32Array;
}

/** @internal Hop-count Brandes over the sources at positions [from, to) of a chunk; returns raw ordered-pair sums per kept node. */
export const msbfsKind: ChunkKind<BrandesData, MsbfsScratch, Float64Array> = {
  name: 'brandes-msbfs',
  setup(data) {
    const { n } = data;
    return {
      data,
      seen: new Uint32Array(n),
      front: new Uint32Array(n),
      next: new Uint32Array(n),
      later: new Uint32Array(n),
      sigma: new Float64Array(n * B),
      lvNodes: new Int32Array(4 * n + B),
      lvBits: new Uint32Array(4 * n + B),
    };
  },
  *run(state, chunk, control) {
    const { n, offsets, targets, leafIn, leafAll, sources, multiplicity, endpoints, chunkSize } = state.data;
    const bc = new Float64Array(n);
    const { seen, front, next, later, sigma } = state;
    let { lvNodes, lvBits } = state;
    const acc = new Float64Array(B);
    const reached = new Float64Array(B);
    const mult = new Float64Array(B);
    const levelStart: number[] = [];
    const extra = endpoints ? 1 : 0;
    const total = Math.min(sources.length, (chunk + 1) * chunkSize);
    for (let first = chunk * chunkSize; first < total; first += B) {
      if (control.tick(first, sources.length)) yield;
      const count = Math.min(B, total - first);
      let size = 0;
      levelStart.length = 0;
      levelStart.push(0);
      for (let b = 0; b < count; b++) {
        const s = sources[first + b];
        const bit = 1 << b;
        mult[b] = multiplicity[first + b];
        reached[b] = leafIn[s];
        // Twin sources are distinct nodes, so bits never collide on one node.
        if (front[s] === 0) lvNodes[size++] = s;
        front[s] |= bit;
        seen[s] |= bit;
        sigma[s * B + b] = 1;
      }
      for (let i = 0; i < size; i++) lvBits[i] = front[lvNodes[i]];
      levelStart.push(size);

      // Way out: one level of every source per round.
      for (let lv = 0; ; lv++) {
        const from = levelStart[lv];
        const to = levelStart[lv + 1];
        if (from === to) break;
        // A batch is 32 searches: on huge graphs pause every level, not just every batch.
        if (control.tick(first, sources.length)) yield;
        if (size + n > lvNodes.length) {
          [lvNodes, lvBits] = grow(lvNodes, lvBits, size + n);
          state.lvNodes = lvNodes;
          state.lvBits = lvBits;
        }
        const start = size;
        for (let i = from; i < to; i++) {
          const v = lvNodes[i];
          const bits = lvBits[i];
          const vb = v * B;
          for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
            const w = targets[e];
            const fresh = bits & ~seen[w];
            let nw = next[w];
            if (fresh !== 0) {
              if (nw === 0) lvNodes[size++] = w;
              nw |= fresh;
              next[w] = nw;
              seen[w] |= fresh;
            }
            let dag = bits & nw;
            if (dag === 0) continue;
            const wb = w * B;
            do {
              const b = 31 - Math.clz32(dag & -dag);
              sigma[wb + b] += sigma[vb + b];
              dag &= dag - 1;
            } while (dag !== 0);
          }
        }
        for (let i = start; i < size; i++) {
          const w = lvNodes[i];
          lvBits[i] = next[w];
          next[w] = 0;
        }
        levelStart.push(size);
      }

      // Way back: deepest level first; `later` holds the bits of the level below the one in hand.
      const levels = levelStart.length - 2;
      for (let lv = levels - 1; lv >= 1; lv--) {
        const from = levelStart[lv];
        const to = levelStart[lv + 1];
        for (let i = from; i < to; i++) {
          const v = lvNodes[i];
          const bits = lvBits[i];
          const vb = v * B;
          for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
            const w = targets[e];
            let dag = bits & later[w];
            if (dag === 0) continue;
            const wb = w * B;
            do {
              const b = 31 - Math.clz32(dag & -dag);
              acc[b] += sigma[wb + b];
              dag &= dag - 1;
            } while (dag !== 0);
          }
          const li = leafIn[v];
          let sum = 0;
          let own = bits;
          do {
            const b = 31 - Math.clz32(own & -own);
            own &= own - 1;
            const sv = sigma[vb + b];
            const d = sv * acc[b] + li;
            acc[b] = 0;
            sigma[vb + b] = (1 + d) / sv;
            sum += mult[b] * (d + extra);
            reached[b] += 1 + li;
          } while (own !== 0);
          bc[v] += sum;
        }
        const below = levelStart[lv + 2];
        for (let i = to; i < below; i++) later[lvNodes[i]] = 0;
        for (let i = from; i < to; i++) later[lvNodes[i]] = lvBits[i];
      }

      // Sources: their leaves' dependencies (and endpoint counts); then clear what this batch touched.
      for (let b = 0; b < count; b++) {
        const s = sources[first + b];
        const r = reached[b];
        bc[s] += leafAll[s] * r - leafIn[s] + extra * mult[b] * r;
      }
      for (let i = 0; i < size; i++) {
        const v = lvNodes[i];
        seen[v] = 0;
        front[v] = 0;
        later[v] = 0;
        sigma.fill(0, v * B, v * B + B);
      }
    }
    return bc;
  },
};

function grow(nodes: Int32Array, bits: Uint32Array, need: number): [Int32Array, Uint32Array] {
  const cap = Math.max(need, nodes.length * 2);
  const n2 = new Int32Array(cap);
  const b2 = new Uint32Array(cap);
  n2.set(nodes);
  b2.set(bits);
  return [n2, b2];
}
