/**
 * Approximate betweenness by shortest-path sampling (Riondato & Kornaropoulos 2016, "Fast
 * approximation of betweenness centrality through sampling", Data Min. Knowl. Discov. 30(2)).
 * Draw r ordered pairs (s, t) uniformly, pick one shortest s–t path uniformly at random, and credit
 * 1/r to each interior node. With
 *   r = ⌈(c / ε²) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
 * where VD bounds the vertex diameter (most nodes on any shortest path), every estimate of
 *   b(v) = 1/(n(n−1)) · Σ_{s≠t} σ_st(v)/σ_st
 * is within ε of the truth with probability at least 1 − δ (VC-dimension bound, Theorem 1 there).
 * Each path comes from a balanced bidirectional BFS: the side whose frontier has the smaller degree
 * sum expands one whole level at a time; the edges where the two searches meet carry
 * σ_s(x)·σ_t(y) paths each, and the path is drawn back through the σ-weighted predecessors.
 * The pairs are drawn up front from the seed; the path through pair k is drawn from the stream of
 * k, so the samples split into chunks over worker threads and the counts (integers, merged in
 * sample order) are the same whatever the thread count.
 */
import { type ChunkKind, runChunks } from '../../../core/chunks.js';
import { createRng, createStreamRng, deriveSeed, type Rng, type StreamRng } from '../../../core/rng.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { Csr } from '../../../context/csr.js';

/** The universal constant of the ε-sample bound, as estimated by Löffler & Phillips (2009) and used by Riondato & Kornaropoulos. */
export const VC_CONSTANT = 0.5;

/**
 * @internal An upper bound on the vertex diameter (nodes on the longest shortest path), O(n + m):
 * per undirected component 2·ecc(x) + 1 from its highest-degree node x; per weak component of a
 * directed graph ecc_in(x) + ecc_out(x) + 1 when it is strongly connected, else its size.
 */
export function vertexDiameterBound(n: number, out: Csr, inn: Csr): number {
  const comp = new Int32Array(n).fill(-1);
  const distF = new Int32Array(n).fill(-1);
  const distB = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const deg = (v: number): number => out.offsets[v + 1] - out.offsets[v] + inn.offsets[v + 1] - inn.offsets[v];
  order.sort((a, b) => deg(b) - deg(a) || a - b);
  let bound = n > 0 ? 1 : 0;
  let components = 0;
  for (const root of order) {
    if (comp[root] >= 0) continue;
    const id = components++;
    // Weak component of root.
    comp[root] = id;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      for (const csr of out === inn ? [out] : [out, inn]) {
        for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
          const w = csr.targets[e];
          if (comp[w] < 0) {
            comp[w] = id;
            queue[tail++] = w;
          }
        }
      }
    }
    const size = tail;
    if (size <= bound) continue;
    const [eccOut, reachOut] = eccentricity(root, out, distF, queue);
    if (out === inn) {
      bound = Math.max(bound, Math.min(size, 2 * eccOut + 1));
      continue;
    }
    const [eccIn, reachIn] = eccentricity(root, inn, distB, queue);
    const strong = reachOut === size && reachIn === size;
    bound = Math.max(bound, strong ? Math.min(size, eccIn + eccOut + 1) : size);
  }
  return bound;
}

function eccentricity(root: number, csr: Csr, dist: Int32Array, queue: Int32Array): [number, number] {
  dist[root] = 0;
  queue[0] = root;
  let tail = 1;
  let ecc = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    const d = dist[v] + 1;
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const w = csr.targets[e];
      if (dist[w] < 0) {
        dist[w] = d;
        ecc = d;
        queue[tail++] = w;
      }
    }
  }
  for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  return [ecc, tail];
}

/** @internal The Riondato–Kornaropoulos sample size for an ε-approximation with probability 1 − δ. */
export function sampleSize(epsilon: number, delta: number, vertexDiameter: number): number {
  const vcBound = vertexDiameter > 2 ? Math.floor(Math.log2(vertexDiameter - 2)) + 1 : 1;
  return Math.ceil((VC_CONSTANT / (epsilon * epsilon)) * (vcBound + Math.log(1 / delta)));
}

/** Path samples per chunk of parallel work. */
const SAMPLES_PER_CHUNK = 64;
/** Stream tag of the path draws ("path"), apart from the pair draws of the same seed. */
const PATH_STREAM = 0x70617468;
/** Chunks per round after the first: the give-up check runs between rounds, so it sees the same samples whatever the thread count. */
const CHUNKS_PER_ROUND = 32;

/** @internal Result of {@link samplePaths}: interior counts per node, or null when exact is cheaper. */
export interface SampleOutcome {
  counts: Float64Array | null;
  /** Edge scans spent. */
  work: number;
  /** Threads that drew the samples (1 on the caller's thread). */
  threads: number;
}

/** @internal What a thread needs to draw path samples `first ..` of a round: the graph and the drawn pairs. */
export interface PathBatch {
  n: number;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
  /** Sample k joins `pairs[2k]` to `pairs[2k + 1]`. */
  pairs: Int32Array;
  streamSeed: number;
  first: number;
  count: number;
}

/** @internal One chunk's samples: the interior nodes of every drawn path, back to back, and the edge scans spent. */
export interface PathChunk {
  interior: Int32Array;
  work: number;
}

/**
 * @internal Draws `r` path samples and returns how often each node was interior. The pairs come
 * from `createRng(seed)` on the calling thread; the path through pair k is drawn from the stream of
 * k, on the caller's thread or the run's pool, and counts are merged in sample order. Gives up
 * (null counts) once the projected work exceeds `exactWork`, checked after the first 64 samples and
 * then every 2048, so the caller can run the exact algorithm.
 */
export function* samplePaths(n: number, out: Csr, inn: Csr, r: number, seed: number, exactWork: number, control: RunControl): Resumable<SampleOutcome> {
  const rng = createRng(seed);
  const pairs = new Int32Array(2 * r);
  for (let k = 0; k < r; k++) {
    const s = rng.int(n);
    let t = rng.int(n - 1);
    if (t >= s) t++;
    pairs[2 * k] = s;
    pairs[2 * k + 1] = t;
  }
  const graph = { n, outOffsets: out.offsets, outTargets: out.targets, inOffsets: inn.offsets, inTargets: inn.targets, pairs, streamSeed: deriveSeed(seed, PATH_STREAM) };
  const counts = new Float64Array(n);
  let work = 0;
  let threads = 1;
  let done = 0;
  while (done < r) {
    if (done > 0 && (work / done) * r > exactWork) return { counts: null, work, threads };
    const count = Math.min(r - done, done === 0 ? SAMPLES_PER_CHUNK : SAMPLES_PER_CHUNK * CHUNKS_PER_ROUND);
    const batch: PathBatch = { ...graph, first: done, count };
    const used = yield* runChunks(
      control,
      pathSamplesKind,
      batch,
      Math.ceil(count / SAMPLES_PER_CHUNK),
      (_, chunk) => {
        for (let i = 0; i < chunk.interior.length; i++) counts[chunk.interior[i]]++;
        work += chunk.work;
      },
      { done, perChunk: SAMPLES_PER_CHUNK, total: r },
    );
    threads = Math.max(threads, used);
    done += count;
  }
  control.finish(r);
  return { counts, work, threads };
}

interface PathScratch {
  batch: PathBatch;
  markF: Int32Array;
  markB: Int32Array;
  distF: Int32Array;
  distB: Int32Array;
  sigF: Float64Array;
  sigB: Float64Array;
  qF: Int32Array;
  qB: Int32Array;
  meetX: Int32Array;
  meetY: Int32Array;
  meetW: Float64Array;
  rng: StreamRng;
}

/** @internal Samples [64c, 64c + 64) of a round, each path from the stream of its sample index. */
export const pathSamplesKind: ChunkKind<PathBatch, PathScratch, PathChunk> = {
  name: 'betweenness-paths',
  setup(batch) {
    const { n } = batch;
    const m = batch.outTargets.length;
    return {
      batch,
      markF: new Int32Array(n).fill(-1),
      markB: new Int32Array(n).fill(-1),
      distF: new Int32Array(n),
      distB: new Int32Array(n),
      sigF: new Float64Array(n),
      sigB: new Float64Array(n),
      qF: new Int32Array(n),
      qB: new Int32Array(n),
      meetX: new Int32Array(m),
      meetY: new Int32Array(m),
      meetW: new Float64Array(m),
      rng: createStreamRng(0),
    };
  },
  run: samplePathChunk,
};

function* samplePathChunk(state: PathScratch, chunk: number, control: RunControl): Resumable<PathChunk> {
  const { batch, markF, markB, distF, distB, sigF, sigB, qF, qB, meetX, meetY, meetW, rng } = state;
  const { outOffsets: oo, outTargets: ot, inOffsets: io, inTargets: it, pairs, streamSeed } = batch;
  const from = batch.first + chunk * SAMPLES_PER_CHUNK;
  const to = Math.min(batch.first + batch.count, from + SAMPLES_PER_CHUNK);
  let interior = new Int32Array(256);
  let size = 0;
  const credit = (v: number): void => {
    if (size === interior.length) {
      const grown = new Int32Array(size * 2);
      grown.set(interior);
      interior = grown;
    }
    interior[size++] = v;
  };
  let work = 0;
  for (let k = from; k < to; k++) {
    if (control.tick(k, pairs.length / 2)) yield;
    rng.reseed(deriveSeed(streamSeed, k));
    // Marks hold the sample index, so nothing is reset between samples.
    const id = k;
    const s = pairs[2 * k];
    const t = pairs[2 * k + 1];
    markF[s] = id;
    distF[s] = 0;
    sigF[s] = 1;
    qF[0] = s;
    markB[t] = id;
    distB[t] = 0;
    sigB[t] = 1;
    qB[0] = t;
    let fStart = 0;
    let fEnd = 1;
    let fTail = 1;
    let bStart = 0;
    let bEnd = 1;
    let bTail = 1;
    let fCost = oo[s + 1] - oo[s];
    let bCost = io[t + 1] - io[t];
    let meets = 0;
    while (fStart < fEnd && bStart < bEnd && meets === 0) {
      if (fCost <= bCost) {
        work += fCost;
        let cost = 0;
        for (let i = fStart; i < fEnd; i++) {
          const v = qF[i];
          const next = distF[v] + 1;
          const sv = sigF[v];
          for (let e = oo[v], end = oo[v + 1]; e < end; e++) {
            const w = ot[e];
            if (markB[w] === id) {
              meetX[meets] = v;
              meetY[meets] = w;
              meetW[meets++] = sv * sigB[w];
            } else if (markF[w] !== id) {
              markF[w] = id;
              distF[w] = next;
              sigF[w] = sv;
              qF[fTail++] = w;
              cost += oo[w + 1] - oo[w];
            } else if (distF[w] === next) {
              sigF[w] += sv;
            }
          }
        }
        fStart = fEnd;
        fEnd = fTail;
        fCost = cost;
      } else {
        work += bCost;
        let cost = 0;
        for (let i = bStart; i < bEnd; i++) {
          const v = qB[i];
          const next = distB[v] + 1;
          const sv = sigB[v];
          for (let e = io[v], end = io[v + 1]; e < end; e++) {
            const w = it[e];
            if (markF[w] === id) {
              meetX[meets] = w;
              meetY[meets] = v;
              meetW[meets++] = sigF[w] * sv;
            } else if (markB[w] !== id) {
              markB[w] = id;
              distB[w] = next;
              sigB[w] = sv;
              qB[bTail++] = w;
              cost += io[w + 1] - io[w];
            } else if (distB[w] === next) {
              sigB[w] += sv;
            }
          }
        }
        bStart = bEnd;
        bEnd = bTail;
        bCost = cost;
      }
    }
    if (meets === 0) continue;
    // Draw the meeting edge ∝ its path count, then walk back to s through σ-weighted predecessors
    // and on to t through σ-weighted successors: a uniform shortest s–t path.
    let total = 0;
    for (let i = 0; i < meets; i++) total += meetW[i];
    let x = rng.next() * total;
    let pick = meets - 1;
    for (let i = 0; i < meets; i++) {
      x -= meetW[i];
      if (x < 0) {
        pick = i;
        break;
      }
    }
    let z = meetX[pick];
    while (z !== s) {
      credit(z);
      z = pickStep(z, io, it, markF, distF, sigF, id, rng);
    }
    z = meetY[pick];
    while (z !== t) {
      credit(z);
      z = pickStep(z, oo, ot, markB, distB, sigB, id, rng);
    }
  }
  return { interior: interior.slice(0, size), work };
}

function pickStep(z: number, offsets: Int32Array, targets: Int32Array, mark: Int32Array, dist: Int32Array, sigma: Float64Array, id: number, rng: Rng): number {
  const want = dist[z] - 1;
  let x = rng.next() * sigma[z];
  let last = -1;
  for (let e = offsets[z], end = offsets[z + 1]; e < end; e++) {
    const p = targets[e];
    if (mark[p] !== id || dist[p] !== want) continue;
    last = p;
    x -= sigma[p];
    if (x < 0) return p;
  }
  return last;
}
