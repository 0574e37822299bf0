/**
 * Common neighbours of every tie, |N(u) ∩ N(v)|, by marking N(u) and scanning N(v): O(Σ deg²).
 */
import type { Resumable, RunControl } from '../../../core/run.js';
import type { TiePairs } from './pairs.js';

const cache = new WeakMap<TiePairs, Int32Array>();

/** @internal Common-neighbour count per tie id (cached per tie list). */
export function* commonNeighbours(n: number, pairs: TiePairs, control: RunControl): Resumable<Int32Array> {
  const cached = cache.get(pairs);
  if (cached) return cached;
  const { offsets, targets } = pairs.adj;
  const { pairOf } = pairs;
  const common = new Int32Array(pairs.m);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    for (let e = start; e < end; e++) mark[targets[e]] = u;
    for (let e = start; e < end; e++) {
      const v = targets[e];
      if (v < u) continue;
      let c = 0;
      for (let f = offsets[v]; f < offsets[v + 1]; f++) if (mark[targets[f]] === u) c++;
      common[pairOf[e]] = c;
    }
    if ((u & 63) === 0 && control.tick(u, n)) yield;
  }
  cache.set(pairs, common);
  return common;
}
