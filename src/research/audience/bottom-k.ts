/**
 * Bottom-k min-hash sketches of audiences (Broder 1997; Cohen & Kaplan 2007): each member gets a rank
 * from one seeded random permutation of the nodes, and an audience keeps its k smallest ranks. For two
 * audiences A and B, the k smallest ranks of A ∪ B are a uniform sample of k members of the union, so
 *   Ĵ = |{x among the k smallest of sk(A) ∪ sk(B) : x ∈ sk(A) ∩ sk(B)}| / k
 * estimates the Jaccard index J = |A ∩ B| / |A ∪ B| without bias, with standard error at most
 * √(J(1 − J)/k) (sampling without replacement from the union only lowers it). The sizes |A| and |B|
 * are known exactly, so |A ∩ B| = Ĵ(|A| + |B|)/(1 + Ĵ). An audience with at most k members is its own
 * sketch, and a pair whose union has at most k members is counted exactly.
 */
import type { Rng } from '../../core/rng.js';
import { shuffledRange } from '../../core/rng.js';

/** @internal A sketch: the k smallest member ranks, ascending, and whether it holds the whole audience. */
export interface BottomK {
  readonly ranks: Int32Array;
  readonly complete: boolean;
}

/** @internal One rank per node (a seeded permutation), shared by every sketch of one analysis. */
export function memberRanks(n: number, rng: Rng): Int32Array {
  return shuffledRange(n, rng);
}

/** @internal The bottom-k sketch of `members` under `rank`: O(|members| + k log k) by a bounded selection. */
export function sketchOf(members: Int32Array, rank: Int32Array, k: number): BottomK {
  const all = new Int32Array(members.length);
  for (let i = 0; i < members.length; i++) all[i] = rank[members[i]];
  if (members.length <= k) return { ranks: all.sort(), complete: true };
  return { ranks: smallest(all, k), complete: false };
}

/** The k smallest values of `values` (distinct), ascending; quickselect then a sort of k. */
function smallest(values: Int32Array, k: number): Int32Array {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return values.slice(0, k).sort();
}

/** @internal Estimate of the Jaccard index of two audiences from their sketches, and the k it used. */
export function jaccardEstimate(a: BottomK, b: BottomK, k: number): { jaccard: number; sample: number } {
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  // Walk the merged ranks in order: the first k distinct ranks are the union's sketch.
  while (taken < k && (i < a.ranks.length || j < b.ranks.length)) {
    const x = i < a.ranks.length ? a.ranks[i] : Infinity;
    const y = j < b.ranks.length ? b.ranks[j] : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return { jaccard: taken > 0 ? both / taken : 0, sample: taken };
}
