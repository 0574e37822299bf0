/**
 * Rankings as the research toolkit reads them: a ScoreVector or a plain array of scores. A vector
 * whose `higherIsBetter` is false is negated, so that larger always means "ranked higher".
 */
import { InfluenceScoreError } from '../core/errors.js';
import type { ScoreVector } from '../core/score-vector.js';

/** Scores to rank: a {@link ScoreVector}, or an array of numbers (larger = ranked higher). */
export type RankingInput = ScoreVector | ArrayLike<number>;

function isScoreVector(x: RankingInput): x is ScoreVector {
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
  const order = new Int32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((i, j) => (values[i] > values[j] ? -1 : values[i] < values[j] ? 1 : i - j));
}

/** @internal Average (fractional) ranks, 1-based, ties sharing the mean of their positions (scipy's rankdata 'average'). */
export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => (values[i] < values[j] ? -1 : values[i] > values[j] ? 1 : 0));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let r = start; r < end; r++) ranks[order[r]] = rank;
    start = end;
  }
  return ranks;
}
