/**
 * Exact weak-tie reach by two bounded breadth-first searches per node:
 *   A = B_h(v)                                 (everything within h hops)
 *   S = {v} ∪ ⋃_{s ∈ N_strong(v)} B_{h−1}(s)     (v and what its strong contacts reach in h − 1 hops)
 * S ⊆ A, and the reach that only weak first steps give is |A| − |S|. The searches from the strong
 * contacts may pass through v, as the balls of the sketch do. O(n · edges within h hops), O(n) memory.
 */
import type { Resumable, RunControl } from '../../../core/run.js';
import type { ReachGraph } from './reach-graph.js';

/** @internal |A| − |S| per node (unnormalized counts). */
export function* exactWeakReach(g: ReachGraph, hops: number, control: RunControl): Resumable<Float64Array> {
  const { n, offsets, targets, strong } = g;
  const counts = new Float64Array(n);
  const seenA = new Int32Array(n).fill(-1);
  const seenS = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);

  // Expands the frontier queue[0..tail) by `depth` levels, marking with `stamp`; returns the final tail.
  const expand = (stamp: number, tail: number, depth: number, seen: Int32Array): number => {
    let head = 0;
    for (let level = 0; level < depth && head < tail; level++) {
      const levelEnd = tail;
      for (; head < levelEnd; head++) {
        const x = queue[head];
        for (let e = offsets[x]; e < offsets[x + 1]; e++) {
          const y = targets[e];
          if (seen[y] !== stamp) {
            seen[y] = stamp;
            queue[tail++] = y;
          }
        }
      }
    }
    return tail;
  };

  for (let v = 0; v < n; v++) {
    seenA[v] = v;
    queue[0] = v;
    const sizeA = expand(v, 1, hops, seenA);
    let tail = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      if (strong[e] === 1) {
        seenS[targets[e]] = v;
        queue[tail++] = targets[e];
      }
    }
    tail = expand(v, tail, hops - 1, seenS);
    const sizeS = tail + (seenS[v] === v ? 0 : 1);
    counts[v] = sizeA - sizeS;
    if ((v & 63) === 0 && control.tick(v, n)) yield;
  }
  return counts;
}
