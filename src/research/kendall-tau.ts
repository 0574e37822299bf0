/**
 * Kendall's tau-b rank correlation, by Knight's O(n log n) algorithm (Knight 1966, "A computer
 * method for calculating Kendall's tau with ungrouped data", JASA 61:436–439), tie-aware:
 *
 *   tau_b = (C − D) / sqrt((n0 − n1)(n0 − n2)),  n0 = n(n−1)/2,
 *
 * n1/n2 the pairs tied in a/b. Sort by (a, b), count a-ties and joint ties; a stable merge sort on
 * b then counts the discordant pairs as its swaps. Matches `scipy.stats.kendalltau` (variant 'b').
 */
import { InfluenceScoreError } from '../core/errors.js';

function checkInputs(a: ArrayLike<number>, b: ArrayLike<number>, owner: string): void {
  if (a.length !== b.length) {
    throw new InfluenceScoreError('INVALID_INPUT', `${owner}: the two rankings differ in length`, [
      { path: ['b'], field: 'length', message: `a has ${a.length} values, b has ${b.length}` },
    ]);
  }
  for (let i = 0; i < a.length; i++) {
    for (const [name, x] of [['a', a[i]], ['b', b[i]]] as const) {
      if (typeof x !== 'number' || Number.isNaN(x)) {
        throw new InfluenceScoreError('INVALID_INPUT', `${owner}: values must be numbers, not NaN`, [
          { path: [name, i], record: i, field: name, message: `${name}[${i}] is ${String(x)}` },
        ]);
      }
    }
  }
}

/** Sum of t(t−1)/2 over runs of equal values in `sorted` (a sorted copy). */
function tiedPairs(sorted: Float64Array): number {
  let total = 0;
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) run++;
    else {
      total += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  return total;
}

/** Stable bottom-up merge sort of `x` in place; returns the number of inversions (strict). */
function mergeSortSwaps(x: Float64Array): number {
  const n = x.length;
  let src: Float64Array = x;
  let dst: Float64Array = new Float64Array(n);
  let swaps = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (src[j] < src[i]) {
          dst[k++] = src[j++];
          swaps += mid - i;
        } else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== x) x.set(src);
  return swaps;
}

/**
 * Kendall's tau-b between two paired samples (e.g. two scorers' values over the same nodes).
 * Ties are handled as in tau-b, so it equals `scipy.stats.kendalltau(a, b).statistic`.
 *
 * @param a - first sample.
 * @param b - second sample, index-aligned with `a`.
 * @returns tau-b in [−1, 1]; `NaN` when it is undefined (fewer than 2 values, or either sample
 *   constant), as scipy.
 * @throws InfluenceScoreError `INVALID_INPUT` when the lengths differ or a value is NaN.
 * @example
 * ```ts
 * kendallTau([1, 2, 3, 4], [1, 3, 2, 4]); // 0.666…
 * ```
 */
export function kendallTau(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkInputs(a, b, 'kendallTau');
  const n = a.length;
  if (n < 2) return NaN;
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  // Explicit comparisons, not subtraction: Infinity − Infinity would be NaN.
  const cmp = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0);
  perm.sort((i, j) => cmp(a[i], a[j]) || cmp(b[i], b[j]));

  // Ties in a, and joint ties in (a, b), are adjacent after the lexicographic sort.
  let tiesA = 0;
  let tiesAB = 0;
  let runA = 1;
  let runAB = 1;
  for (let r = 1; r <= n; r++) {
    const sameA = r < n && a[perm[r]] === a[perm[r - 1]];
    const sameAB = sameA && b[perm[r]] === b[perm[r - 1]];
    if (sameAB) runAB++;
    else {
      tiesAB += (runAB * (runAB - 1)) / 2;
      runAB = 1;
    }
    if (sameA) runA++;
    else {
      tiesA += (runA * (runA - 1)) / 2;
      runA = 1;
    }
  }

  const bs = new Float64Array(n);
  for (let r = 0; r < n; r++) bs[r] = b[perm[r]];
  const discordant = mergeSortSwaps(bs);
  const tiesB = tiedPairs(bs);

  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt(n0 - tiesA) * Math.sqrt(n0 - tiesB);
  if (denominator === 0) return NaN;
  const tau = (n0 - tiesA - tiesB + tiesAB - 2 * discordant) / denominator;
  return Math.min(1, Math.max(-1, tau));
}
