/**
 * Weak-tie reach estimated with bottom-k neighbourhood sketches, propagated as HyperANF propagates
 * its counters (Boldi, Rosa & Vigna 2011) but with bottom-k min-hash sketches (Cohen 1997):
 *   K_0(x) = {h(x)},   K_{r+1}(x) = bottom-k(K_r(x) ∪ ⋃_{y ∈ N(x)} K_r(y)),
 * where h is a seeded random ranking of the nodes. For each v the last step builds the sketches of
 * A = B_h(v) and S = {v} ∪ ⋃_{strong s} B_{h−1}(s). Since S ⊆ A, an element among A's k − 1 smallest
 * is in S exactly when it is in S's sketch, which gives the rank-conditioning estimate
 *   |A \ S| ≈ c / τ_k,   c = elements among A's k − 1 smallest not in S,  τ_k = A's k-th smallest hash.
 * It is exact whenever |A| < k. Otherwise its relative standard error is about 1/√((k − 2)·f) with
 * f = |A \ S| / |A|: set differences are hard for any fixed-size sketch when f is small.
 * Cohen, E. (1997). Size-estimation framework with applications to transitive closure and reachability.
 * JCSS 55(3), 441–453. Boldi, P., Rosa, M. & Vigna, S. (2011). HyperANF. WWW 2011, 625–634.
 */
import type { Resumable, RunControl } from '../../../core/run.js';
import { createRng, shuffledRange } from '../../../core/rng.js';
import type { ReachGraph } from './reach-graph.js';

/** @internal Result of {@link sketchWeakReach}. */
export interface SketchReach {
  /** Estimated |A| − |S| per node. */
  counts: Float64Array;
  /** Nodes whose whole h-ball fit in the sketch, so their count is exact. */
  exactNodes: number;
}

/** @internal Bottom-k estimate of |A| − |S| per node. */
export function* sketchWeakReach(g: ReachGraph, hops: number, k: number, seed: number, control: RunControl): Resumable<SketchReach> {
  const { n, offsets, targets, strong } = g;
  const rank = randomRanks(n, seed);
  let cur = new Int32Array(n * k);
  let len = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    cur[x * k] = rank[x];
    len[x] = 1;
  }
  let next = new Int32Array(n * k);
  let nextLen = new Int32Array(n);
  const bufA = new Int32Array(k);
  const bufB = new Int32Array(k);
  const total = hops * n;
  let done = 0;

  // Merges the rows of `from` listed in targets[start..end) (plus row `self` when ≥ 0, or the single
  // value `extra` when ≥ 0) into a bottom-k list; returns [buffer, length].
  const gather = (self: number, extra: number, start: number, end: number, onlyStrong: boolean, from: Int32Array, fromLen: Int32Array): [Int32Array, number] => {
    let out = bufA;
    let spare = bufB;
    let m = 0;
    if (self >= 0) {
      m = fromLen[self];
      out.set(from.subarray(self * k, self * k + m));
    } else if (extra >= 0) {
      out[0] = extra;
      m = 1;
    }
    for (let e = start; e < end; e++) {
      if (onlyStrong && strong[e] === 0) continue;
      const y = targets[e];
      const base = y * k;
      const yLen = fromLen[y];
      if (m === k && from[base] >= out[k - 1]) continue;
      // Only the part of y's list below the current k-th smallest can enter.
      const t = m === k ? lowerBound(from, base, base + yLen, out[k - 1]) - base : yLen;
      if (t <= FEW) {
        m = insertFew(out, m, from, base, t, k);
      } else {
        m = mergeBottomK(out, m, from, base, t, spare, k);
        [out, spare] = [spare, out];
      }
    }
    return [out, m];
  };

  for (let r = 0; r < hops - 1; r++) {
    for (let x = 0; x < n; x++) {
      const [merged, m] = gather(x, -1, offsets[x], offsets[x + 1], false, cur, len);
      next.set(merged.subarray(0, m), x * k);
      nextLen[x] = m;
      if ((++done & 63) === 0 && control.tick(done, total)) yield;
    }
    [cur, next] = [next, cur];
    [len, nextLen] = [nextLen, len];
  }

  const counts = new Float64Array(n);
  const aCopy = new Int32Array(k);
  let exactNodes = 0;
  for (let v = 0; v < n; v++) {
    const [a, aLen] = gather(v, -1, offsets[v], offsets[v + 1], false, cur, len);
    aCopy.set(a.subarray(0, aLen));
    const [s, sLen] = gather(-1, rank[v], offsets[v], offsets[v + 1], true, cur, len);
    if (aLen < k) {
      counts[v] = aLen - sLen;
      exactNodes++;
    } else {
      const tau = aCopy[k - 1];
      let inS = 0;
      for (let i = 0; i < sLen && s[i] < tau; i++) inS++;
      // Rank-conditioning: each of the k − 1 smallest stands for 1/τ elements, τ = P(hash < τ_k).
      counts[v] = Math.min(n - 1, (k - 1 - inS) / ((tau + 1) / (n + 1)));
    }
    if ((++done & 63) === 0 && control.tick(done, total)) yield;
  }
  return { counts, exactNodes };
}

/** Seeded random permutation of 0..n−1: distinct hashes, so bottom-k lists never tie. */
function randomRanks(n: number, seed: number): Int32Array {
  return shuffledRange(n, createRng(seed));
}

/** Below this many candidates, inserting in place beats a full merge. */
const FEW = 8;

/** First index in sorted arr[lo..hi) whose value is ≥ x. */
function lowerBound(arr: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts b[bBase..bBase+t) into the sorted list a[0..aLen) in place, keeping it distinct and at most k long. */
function insertFew(a: Int32Array, aLen: number, b: Int32Array, bBase: number, t: number, k: number): number {
  for (let p = bBase; p < bBase + t; p++) {
    const y = b[p];
    if (aLen === k && y >= a[k - 1]) break;
    const at = lowerBound(a, 0, aLen, y);
    if (at < aLen && a[at] === y) continue;
    a.copyWithin(at + 1, at, aLen === k ? k - 1 : aLen);
    a[at] = y;
    if (aLen < k) aLen++;
  }
  return aLen;
}

/** Merges sorted a[0..aLen) and b[bBase..bBase+bLen) into out, distinct values, at most k. */
function mergeBottomK(a: Int32Array, aLen: number, b: Int32Array, bBase: number, bLen: number, out: Int32Array, k: number): number {
  let i = 0;
  let m = 0;
  const bEnd = bBase + bLen;
  let p = bBase;
  while (m < k && (i < aLen || p < bEnd)) {
    const x = i < aLen ? a[i] : 0x7fffffff;
    const y = p < bEnd ? b[p] : 0x7fffffff;
    if (x < y) {
      out[m++] = x;
      i++;
    } else if (y < x) {
      out[m++] = y;
      p++;
    } else {
      out[m++] = x;
      i++;
      p++;
    }
  }
  return m;
}
