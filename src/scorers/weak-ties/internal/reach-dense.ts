/**
 * Exact weak-tie reach with one bitset per node (the exact limit of HyperANF's counters): the
 * balls grow by OR-ing neighbours' bitsets, B_{r+1}(x) = B_r(x) ∪ ⋃_{y ∈ N(x)} B_r(y), and the
 * last step counts |A| and |S| by popcount. O(h · m · n/32) word operations and n²/8 bytes per
 * level, so it is used only when that memory is affordable (see weakTieReach).
 */
import type { Resumable, RunControl } from '../../../core/run.js';
import type { ReachGraph } from './reach-graph.js';

/** @internal Bytes the dense method needs for `n` nodes and `hops`. */
export function denseBytes(n: number, hops: number): number {
  const words = Math.ceil(n / 32);
  return (hops >= 3 ? 2 : 1) * n * words * 4;
}

/** @internal |A| − |S| per node, exactly, with bitsets. `hops` ≥ 2. */
export function* denseWeakReach(g: ReachGraph, hops: number, control: RunControl): Resumable<Float64Array> {
  const { n, offsets, targets, strong } = g;
  const W = Math.ceil(n / 32);
  // B_1(x) = {x} ∪ N(x), set bit by bit.
  let ball = new Int32Array(n * W);
  for (let x = 0; x < n; x++) {
    const base = x * W;
    ball[base + (x >>> 5)] |= 1 << (x & 31);
    for (let e = offsets[x]; e < offsets[x + 1]; e++) {
      const y = targets[e];
      ball[base + (y >>> 5)] |= 1 << (y & 31);
    }
  }
  const total = (hops - 1) * n;
  let done = 0;
  if (hops >= 3) {
    let next = new Int32Array(n * W);
    for (let r = 1; r < hops - 1; r++) {
      for (let x = 0; x < n; x++) {
        const base = x * W;
        next.set(ball.subarray(base, base + W), base);
        for (let e = offsets[x]; e < offsets[x + 1]; e++) orInto(next, base, ball, targets[e] * W, W);
        if ((++done & 127) === 0 && control.tick(done, total)) yield;
      }
      [ball, next] = [next, ball];
    }
  }
  // Now ball = B_{h−1}. A = B_{h−1}(v) ∪ ⋃_u B_{h−1}(u); S = {v} ∪ ⋃_{strong s} B_{h−1}(s).
  const counts = new Float64Array(n);
  const a = new Int32Array(W);
  const s = new Int32Array(W);
  for (let v = 0; v < n; v++) {
    a.set(ball.subarray(v * W, v * W + W));
    s.fill(0);
    s[v >>> 5] |= 1 << (v & 31);
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const base = targets[e] * W;
      orInto(a, 0, ball, base, W);
      if (strong[e] === 1) orInto(s, 0, ball, base, W);
    }
    counts[v] = popcount(a, W) - popcount(s, W);
    if ((++done & 127) === 0 && control.tick(done, total)) yield;
  }
  return counts;
}

function orInto(into: Int32Array, at: number, from: Int32Array, base: number, W: number): void {
  for (let i = 0; i < W; i++) into[at + i] |= from[base + i];
}

function popcount(bits: Int32Array, W: number): number {
  let c = 0;
  for (let i = 0; i < W; i++) {
    let x = bits[i];
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    c += Math.imul(x, 0x01010101) >>> 24;
  }
  return c;
}
