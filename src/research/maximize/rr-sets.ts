/**
 * Reverse-reachable (RR) sets (Borgs et al. 2014; Tang, Xiao & Shi 2014): a random root and the
 * nodes that would have activated it in one random world. IC keeps each reverse edge with its
 * probability; LT walks back through at most one live in-edge per node (Kempe et al.'s live-edge
 * equivalence). RR set j always draws from the stream `deriveSeed(streamSeed, j)`, so a batch of sets
 * can be cut into chunks for worker threads and merged in index order with the same collection as
 * one thread drawing them in turn. Sets are stored flat in growable typed arrays.
 */
import type { ChunkKind } from '../../core/chunks.js';
import { createStreamRng, deriveSeed, type Rng } from '../../core/rng.js';
import type { Resumable, RunControl } from '../../core/run.js';
import type { Adjacency } from '../diffusion/propagation.js';

/** @internal The seeds greedy maximum coverage picked, the share of sets they cover, and the index's size. */
export interface Selection {
  seeds: Int32Array;
  coverage: number;
  indexBytes: number;
}

/** RR sets per chunk of parallel work; any fixed size gives the same collection, since set j depends on j only. */
export const RR_SETS_PER_CHUNK = 2048;

/** @internal What a thread needs to draw RR sets `first .. first + count − 1`. */
export interface RrBatch {
  n: number;
  linear: boolean;
  uniform: number | null;
  reverse: Adjacency;
  streamSeed: number;
  first: number;
  count: number;
}

/** @internal One chunk of drawn sets: their members back to back, and where each set ends. */
export interface RrChunk {
  members: Int32Array;
  ends: Int32Array;
}

/** @internal Draws RR sets one at a time into a growable buffer, reusing its marks and stack. */
export class RrSampler {
  members = new Int32Array(1 << 12);
  size = 0;
  private readonly mark: Int32Array;
  private readonly stack: Int32Array;
  private readonly rng = createStreamRng(0);
  private epoch = 0;

  constructor(private readonly batch: Omit<RrBatch, 'first' | 'count'>) {
    this.mark = new Int32Array(batch.n);
    this.stack = new Int32Array(batch.n);
  }

  private push(v: number): void {
    if (this.size === this.members.length) {
      const grown = new Int32Array(this.members.length * 2);
      grown.set(this.members);
      this.members = grown;
    }
    this.members[this.size++] = v;
  }

  /** Appends RR set `index` (its members, root first) and returns the buffer's new size. */
  draw(index: number): number {
    const rng: Rng = this.rng;
    this.rng.reseed(deriveSeed(this.batch.streamSeed, index));
    const { offsets: off, targets, prob, cut } = this.batch.reverse;
    const epoch = ++this.epoch;
    const mark = this.mark;
    const root = rng.int(this.batch.n);
    mark[root] = epoch;
    this.push(root);
    if (this.batch.linear) {
      // LT: each node has at most one live in-edge, chosen with probability b(x, w).
      let w = root;
      for (;;) {
        const r = rng.next();
        let acc = 0;
        let next = -1;
        for (let e = off[w]; e < off[w + 1]; e++) {
          acc += prob[e];
          if (r < acc) {
            next = targets[e];
            break;
          }
        }
        if (next < 0 || mark[next] === epoch) break;
        mark[next] = epoch;
        this.push(next);
        w = next;
      }
      return this.size;
    }
    const stack = this.stack;
    let top = 0;
    stack[top++] = root;
    const p = this.batch.uniform;
    // With one probability p < 1 everywhere, jump straight to the next live edge: the gap is
    // geometric, floor(ln U / ln(1 − p)). Hubs then cost O(p·degree), not O(degree).
    const logMiss = p !== null && p > 0 && p < 1 ? Math.log1p(-p) : 0;
    while (top > 0) {
      const w = stack[--top];
      const end = off[w + 1];
      if (logMiss < 0) {
        for (let e = off[w] + Math.floor(Math.log(1 - rng.next()) / logMiss); e < end; e += 1 + Math.floor(Math.log(1 - rng.next()) / logMiss)) {
          const x = targets[e];
          if (mark[x] === epoch) continue;
          mark[x] = epoch;
          this.push(x);
          stack[top++] = x;
        }
        continue;
      }
      for (let e = off[w]; e < end; e++) {
        const x = targets[e];
        if (mark[x] === epoch) continue;
        if (rng.nextUint32() < cut[e]) {
          mark[x] = epoch;
          this.push(x);
          stack[top++] = x;
        }
      }
    }
    return this.size;
  }
}

/** @internal Chunk c of a batch: sets `first + c·2048 ..`, each from its own stream. */
export const rrSetsKind: ChunkKind<RrBatch, { batch: RrBatch; sampler: RrSampler }, RrChunk> = {
  name: 'rr-sets',
  setup: (batch) => ({ batch, sampler: new RrSampler(batch) }),
  *run({ batch, sampler }, chunk, control) {
    const from = chunk * RR_SETS_PER_CHUNK;
    const to = Math.min(batch.count, from + RR_SETS_PER_CHUNK);
    const ends = new Int32Array(to - from);
    sampler.size = 0;
    for (let i = from; i < to; i++) {
      if ((i & 255) === 0 && control.tick(i, batch.count)) yield;
      ends[i - from] = sampler.draw(batch.first + i);
    }
    return { members: sampler.members.slice(0, sampler.size), ends };
  },
};

/** @internal The RR sets drawn so far, flat: set r is `members[offsets[r] .. offsets[r + 1])`. */
export class RrCollection {
  members = new Int32Array(1 << 16);
  offsets = new Int32Array(1 << 12);
  count = 0;
  size = 0;

  constructor(private readonly n: number) {}

  /** Drops every set, keeping the arrays for the next ones. */
  clear(): void {
    this.count = 0;
    this.size = 0;
  }

  /** Bytes held by the collection's arrays. */
  get bytes(): number {
    return this.members.byteLength + this.offsets.byteLength;
  }

  /** Appends a chunk of sets after the last one. */
  append(chunk: RrChunk): void {
    const { members, ends } = chunk;
    if (this.size + members.length > this.members.length) {
      const grown = new Int32Array(Math.max(this.members.length * 2, this.size + members.length));
      grown.set(this.members.subarray(0, this.size));
      this.members = grown;
    }
    if (this.count + ends.length + 1 > this.offsets.length) {
      const grown = new Int32Array(Math.max(this.offsets.length * 2, this.count + ends.length + 1));
      grown.set(this.offsets.subarray(0, this.count + 1));
      this.offsets = grown;
    }
    this.members.set(members, this.size);
    for (let i = 0; i < ends.length; i++) this.offsets[this.count + 1 + i] = this.size + ends[i];
    this.count += ends.length;
    this.size += members.length;
  }

  /**
   * Greedy maximum coverage (Tang et al.'s NodeSelection): `k` nodes covering the most RR sets,
   * and the fraction covered.
   */
  *select(k: number, control: RunControl): Resumable<Selection> {
    const n = this.n;
    const { members, offsets, count, size } = this;
    const degree = new Int32Array(n);
    for (let i = 0; i < size; i++) {
      degree[members[i]]++;
      if ((i & 65535) === 0 && control.tick(0, k)) yield;
    }
    const start = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) start[v + 1] = start[v] + degree[v];
    const fill = start.slice(0, n);
    const sets = new Int32Array(size);
    for (let r = 0; r < count; r++) {
      for (let i = offsets[r]; i < offsets[r + 1]; i++) sets[fill[members[i]]++] = r;
      if ((r & 4095) === 0 && control.tick(0, k)) yield;
    }
    const covered = new Uint8Array(count);
    const seeds = new Int32Array(Math.min(k, n));
    let coveredCount = 0;
    for (let j = 0; j < seeds.length; j++) {
      if (control.tick(j, seeds.length)) yield;
      let best = 0;
      for (let v = 1; v < n; v++) if (degree[v] > degree[best]) best = v;
      seeds[j] = best;
      for (let i = start[best]; i < start[best + 1]; i++) {
        const r = sets[i];
        if (covered[r]) continue;
        covered[r] = 1;
        coveredCount++;
        for (let m = offsets[r]; m < offsets[r + 1]; m++) degree[members[m]]--;
      }
      degree[best] = -1; // never picked twice, even when it covers nothing new
    }
    return { seeds, coverage: count > 0 ? coveredCount / count : 0, indexBytes: degree.byteLength + start.byteLength + fill.byteLength + sets.byteLength + covered.byteLength };
  }
}
