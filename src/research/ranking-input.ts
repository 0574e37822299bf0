/**
 * Rankings as the research toolkit reads them: a ScoreVector or a plain array of scores. A vector
 * whose `higherIsBetter` is false is negated, so that larger always means "ranked higher".
 */
import { InfluenceScoreError } from '../core/errors.js';
import type { ScoreVector } from '../core/score-vector.js';

/** Scores to rank: a {@link ScoreVector}, or an array of numbers (larger = ranked higher). */
export type RankingInput = ScoreVector | ArrayLike<number>;

/** @internal Whether a ranking input is a ScoreVector (rather than an array of scores). */
export function isScoreVector(x: RankingInput): x is ScoreVector {
  return typeof x === 'object' && x !== null && 'values' in x && 'keys' in x && 'meta' in x;
}

/** @internal Values oriented so that larger = better, plus the keys when the input had them. */
export interface OrientedScores {
  readonly values: Float64Array;
  readonly keys: readonly string[] | null;
}

/** @internal */
export function orient(input: RankingInput, name: string): OrientedScores {
  if (isScoreVector(input)) {
    const values = input.meta.higherIsBetter ? input.values : input.values.map((v) => -v);
    return { values, keys: input.keys };
  }
  const values = Float64Array.from(input as ArrayLike<number>);
  const bad = values.findIndex((v) => Number.isNaN(v));
  if (bad >= 0) {
    throw new InfluenceScoreError('INVALID_INPUT', `${name} holds NaN`, [{ path: [name, bad], record: bad, field: name, message: `${name}[${bad}] is NaN` }]);
  }
  return { values, keys: null };
}

/**
 * @internal Two rankings index-aligned: ScoreVectors with different key orders are matched by key
 * (keys missing from either side are dropped); arrays must have equal length.
 */
export function alignPair(a: RankingInput, b: RankingInput): { a: Float64Array; b: Float64Array; keys: readonly string[] | null } {
  const x = orient(a, 'a');
  const y = orient(b, 'b');
  if (x.keys && y.keys && x.keys !== y.keys && !sameKeys(x.keys, y.keys)) {
    const where = new Map<string, number>();
    y.keys.forEach((k, i) => where.set(k, i));
    const av: number[] = [];
    const bv: number[] = [];
    const keys: string[] = [];
    x.keys.forEach((k, i) => {
      const j = where.get(k);
      if (j !== undefined) {
        av.push(x.values[i]);
        bv.push(y.values[j]);
        keys.push(k);
      }
    });
    return { a: Float64Array.from(av), b: Float64Array.from(bv), keys };
  }
  if (x.values.length !== y.values.length) {
    throw new InfluenceScoreError('INVALID_INPUT', 'The two rankings differ in length', [
      { path: ['b'], field: 'length', message: `a has ${x.values.length} values, b has ${y.values.length}` },
    ]);
  }
  return { a: x.values, b: y.values, keys: x.keys ?? y.keys };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** @internal Indices best first: larger value first, ties by index (as `ScoreVector.top`). */
export function bestFirst(values: Float64Array): Int32Array {
  // A stable counting sort on descending dense ranks keeps tied indices in ascending order.
  const { rank, distinct } = denseRanks(values);
  const start = new Int32Array(distinct + 1);
  for (let i = 0; i < rank.length; i++) start[distinct - rank[i]]++;
  for (let r = 0; r < distinct; r++) start[r + 1] += start[r];
  const order = new Int32Array(rank.length);
  for (let i = 0; i < rank.length; i++) order[start[distinct - 1 - rank[i]]++] = i;
  return order;
}

/**
 * @internal Dense ranks 0..distinct−1 (equal values share one), by a native numeric sort of the
 * values and a binary search per value: no comparator callbacks, which V8 runs slowly.
 */
export function denseRanks(values: ArrayLike<number>): { rank: Int32Array; distinct: number } {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (distinct === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    let lo = 0;
    let hi = distinct;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, distinct };
}

/** @internal Average (fractional) ranks, 1-based, ties sharing the mean of their positions (scipy's rankdata 'average'). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const { rank, distinct } = denseRanks(values);
  const count = new Float64Array(distinct + 1);
  for (let i = 0; i < rank.length; i++) count[rank[i] + 1]++;
  // count[r + 1] → positions before group r, then the group's mean 1-based position.
  const mean = new Float64Array(distinct);
  let before = 0;
  for (let r = 0; r < distinct; r++) {
    const c = count[r + 1];
    mean[r] = before + (c + 1) / 2;
    before += c;
  }
  const out = new Float64Array(rank.length);
  for (let i = 0; i < rank.length; i++) out[i] = mean[rank[i]];
  return out;
}
