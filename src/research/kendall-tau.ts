/**
 * Kendall's tau-b rank correlation, by Knight's O(n log n) algorithm (Knight 1966, "A computer
 * method for calculating Kendall's tau with ungrouped data", JASA 61:436–439), tie-aware:
 *
 *   tau_b = (C − D) / sqrt((n0 − n1)(n0 − n2)),  n0 = n(n−1)/2,
 *
 * n1/n2 the pairs tied in a/b. Sort by (a, b), count a-ties and joint ties; a stable merge sort on
 * b then counts the discordant pairs as its swaps. Values are replaced by dense ranks first, so the
 * sort by (a, b) is two counting sorts. Matches `scipy.stats.kendalltau` (variant 'b').
 */
import { InfluenceScoreError } from '../core/errors.js';
import { alignPair, denseRanks, isScoreVector, type RankingInput } from './ranking-input.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

function checkInputs(a: ArrayLike<number>, b: ArrayLike<number>, owner: string): void {
  if (a.length !== b.length) {
    throw new InfluenceScoreError('INVALID_INPUT', `${owner}: the two rankings differ in length`, [
      { path: ['b'], field: 'length', message: `a has ${a.length} values, b has ${b.length}` },
    ]);
  }
  for (const [name, x] of [['a', a], ['b', b]] as const) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (typeof v !== 'number' || v !== v) {
        throw new InfluenceScoreError('INVALID_INPUT', `${owner}: values must be numbers, not NaN`, [
          { path: [name, i], record: i, field: name, message: `${name}[${i}] is ${String(v)}` },
        ]);
      }
    }
  }
}

/** Sum of t(t−1)/2 over the sizes t of the groups of equal dense rank. */
function tiedPairs(rank: Int32Array, distinct: number): number {
  const count = new Float64Array(distinct);
  for (let i = 0; i < rank.length; i++) count[rank[i]]++;
  let total = 0;
  for (let r = 0; r < distinct; r++) total += (count[r] * (count[r] - 1)) / 2;
  return total;
}

/** Stable counting sort of `order` by `key` (dense ranks < distinct). */
function countingSort(order: Int32Array, key: Int32Array, distinct: number): Int32Array {
  const start = new Int32Array(distinct + 1);
  for (let i = 0; i < order.length; i++) start[key[order[i]] + 1]++;
  for (let r = 0; r < distinct; r++) start[r + 1] += start[r];
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[start[key[order[i]]]++] = order[i];
  return out;
}

/** Stable bottom-up merge sort of `x` in place; returns the number of inversions (strict). */
function mergeSortSwaps(x: Int32Array): number {
  const n = x.length;
  let src: Int32Array = x;
  let dst: Int32Array = new Int32Array(n);
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
 * Kendall's tau-b between two rankings (e.g. two scorers' values over the same nodes), taking the
 * same inputs as {@link spearmanRho}: ScoreVectors are matched by key (and a vector whose
 * `higherIsBetter` is false is negated), arrays by index. Ties are handled as in tau-b, so it equals
 * `scipy.stats.kendalltau(a, b).statistic`.
 *
 * @param a - first ranking: a ScoreVector or an array of scores.
 * @param b - second ranking.
 * @returns tau-b in [−1, 1]; `NaN` when it is undefined (fewer than 2 values, or either sample
 *   constant), as scipy.
 * @throws InfluenceScoreError `INVALID_INPUT` when two arrays differ in length or a value is NaN.
 * @example
 * ```ts
 * kendallTau([1, 2, 3, 4], [1, 3, 2, 4]); // 0.666…
 * kendallTau(pagerank().score(graph), degree().score(graph)); // matched by node key
 * ```
 */
export function kendallTau(a: RankingInput, b: RankingInput): number {
  checkArguments('kendallTau', [a, b], [['a', argument.ranking], ['b', argument.ranking]]);
  if (!isScoreVector(a) && !isScoreVector(b)) checkInputs(a, b, 'kendallTau');
  const pair = alignPair(a, b);
  return tauB(pair.a, pair.b);
}

/** Knight's algorithm on two index-aligned samples without NaN. */
function tauB(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n < 2) return NaN;
  // Work on dense ranks: the order by (a, b) is then two stable counting sorts, O(n).
  const ra = denseRanks(a);
  const rb = denseRanks(b);
  let order: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order = countingSort(countingSort(order, rb.rank, rb.distinct), ra.rank, ra.distinct);

  // Joint ties in (a, b) are adjacent after the lexicographic sort.
  let tiesAB = 0;
  let run = 1;
  for (let r = 1; r <= n; r++) {
    if (r < n && ra.rank[order[r]] === ra.rank[order[r - 1]] && rb.rank[order[r]] === rb.rank[order[r - 1]]) run++;
    else {
      tiesAB += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  const tiesA = tiedPairs(ra.rank, ra.distinct);
  const tiesB = tiedPairs(rb.rank, rb.distinct);
  // Within a tie group of a, b is ascending, so every inversion of b is a discordant pair.
  const bs = new Int32Array(n);
  for (let r = 0; r < n; r++) bs[r] = rb.rank[order[r]];
  const discordant = mergeSortSwaps(bs);

  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt(n0 - tiesA) * Math.sqrt(n0 - tiesB);
  if (denominator === 0) return NaN;
  const tau = (n0 - tiesA - tiesB + tiesAB - 2 * discordant) / denominator;
  return Math.min(1, Math.max(-1, tau));
}
