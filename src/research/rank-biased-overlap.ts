/**
 * Rank-biased overlap (Webber, Moffat & Zobel 2010, "A similarity measure for indefinite rankings",
 * ACM TOIS 28(4)): RBO = (1 − p) Σ_d p^(d−1) · X_d / d, where X_d is the overlap of the two
 * rankings' depth-d prefixes. From prefixes we report the bounds RBO_min (eq. 11) and the residual
 * (max − min, items beyond the prefix agreeing as much as they can), and the point estimate RBO_ext
 * (eq. 23, and eq. 32 for lists of uneven length).
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { bestFirst, orient, type RankingInput } from './ranking-input.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

const schema = z
  .object({
    p: z.number().gt(0).lt(1).default(0.9),
    depth: z.number().int().positive().optional(),
  })
  .strict();

/** Options of {@link rankBiasedOverlap}. */
export interface RankBiasedOverlapOptions {
  /** Persistence: the weight of rank d is ∝ p^(d−1); the top 1/(1 − p) ranks carry most of it. @defaultValue `0.9` */
  p?: number;
  /** Compare only the first `depth` items of each ranking. @defaultValue the whole rankings */
  depth?: number;
}

/** Result of {@link rankBiasedOverlap}. */
export interface RankBiasedOverlap {
  readonly p: number;
  /** Depths evaluated: the two list lengths after truncation (shorter first is not implied). */
  readonly depth: readonly [number, number];
  /** Lower bound: nothing beyond the prefix overlaps (eq. 11, at the common depth). */
  readonly min: number;
  /** Uncertainty: max − min, where max lets everything beyond the prefix agree as much as it can. */
  readonly residual: number;
  /** min + residual. */
  readonly max: number;
  /** Point estimate assuming the agreement seen at the deepest rank continues (eq. 23 / 32). */
  readonly extrapolated: number;
}

/** A ranking as a list of item ids best first, from scores or from a ranked list of strings. */
function rankedIds(x: RankingInput | readonly string[], name: string, ids: Map<string, number>): Int32Array {
  if (Array.isArray(x) && (x.length === 0 || typeof x[0] === 'string')) {
    const list = x as readonly string[];
    const out = new Int32Array(list.length);
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (typeof item !== 'string' || seen.has(item)) {
        throw new InfluenceScoreError('INVALID_INPUT', `${name} must list distinct strings`, [
          { path: [name, i], record: i, field: name, message: `${name}[${i}] (${String(item)}) is ${seen.has(item) ? 'a duplicate' : 'not a string'}` },
        ]);
      }
      seen.add(item);
      let id = ids.get(item);
      if (id === undefined) ids.set(item, (id = ids.size));
      out[i] = id;
    });
    return out;
  }
  const { values, keys } = orient(x as RankingInput, name);
  const order = bestFirst(values);
  if (!keys) return order;
  // ScoreVectors may order their keys differently: rank by key, not by index.
  return order.map((i) => {
    let id = ids.get(keys[i]);
    if (id === undefined) ids.set(keys[i], (id = ids.size));
    return id;
  });
}

/** Overlaps X_1..X_l of the longer list with the shorter one's prefix (capped at its length). */
function overlaps(long: Int32Array, short: Int32Array, universe: number): Float64Array {
  const inLong = new Uint8Array(universe);
  const inShort = new Uint8Array(universe);
  const x = new Float64Array(long.length + 1);
  for (let d = 1; d <= long.length; d++) {
    let shared = x[d - 1];
    const a = long[d - 1];
    if (inShort[a]) shared++;
    inLong[a] = 1;
    if (d <= short.length) {
      const b = short[d - 1];
      if (inLong[b]) shared++;
      inShort[b] = 1;
    }
    x[d] = shared;
  }
  return x;
}

/** Σ_{d ≥ from} p^(d−1) / d, from the series −ln(1 − p) = Σ_{d ≥ 1} p^d / d. */
function tailHarmonic(p: number, from: number): number {
  let head = 0;
  let pd = 1;
  for (let d = 1; d < from; d++) {
    pd *= p;
    head += pd / d;
  }
  return Math.max(0, (-Math.log1p(-p) - head) / p);
}

/**
 * Rank-biased overlap of two rankings: score arrays/ScoreVectors (ranked best first, ties by node
 * order; vectors matched by key) or ranked lists of distinct ids (best first, may be of different
 * lengths and hold different items).
 *
 * @example
 * ```ts
 * rankBiasedOverlap(['a', 'b'], ['b', 'a'], { p: 0.5 });
 * // { min: 0.386…, residual: 0.113…, max: 0.5, extrapolated: 0.5, … }
 * ```
 */
export function rankBiasedOverlap(
  a: RankingInput | readonly string[],
  b: RankingInput | readonly string[],
  options: RankBiasedOverlapOptions = {},
): RankBiasedOverlap {
  checkArguments('rankBiasedOverlap', [a, b, options], [['a', argument.rankingOrIds], ['b', argument.rankingOrIds], ['options', argument.options]]);
  const { p, depth } = parseOptions(schema, options, 'rankBiasedOverlap');
  const ids = new Map<string, number>();
  let ra = rankedIds(a, 'a', ids);
  let rb = rankedIds(b, 'b', ids);
  if (depth !== undefined) {
    ra = ra.subarray(0, depth);
    rb = rb.subarray(0, depth);
  }
  const universe = Math.max(ids.size, maxId(ra) + 1, maxId(rb) + 1);
  const [short, long] = ra.length <= rb.length ? [ra, rb] : [rb, ra];
  const s = short.length;
  const l = long.length;
  if (s === 0) return { p, depth: [ra.length, rb.length], min: 0, residual: 1, max: 1, extrapolated: 0 };
  const x = overlaps(long, short, universe);

  // RBO_min and residual at the common depth s.
  const xs = x[s];
  let weighted = 0;
  let pd = 1;
  for (let d = 1; d <= s; d++) {
    pd *= p;
    weighted += ((x[d] - xs) * pd) / d;
  }
  const min = ((1 - p) / p) * (weighted - xs * Math.log1p(-p));
  const f = 2 * s - xs;
  let partial = 0;
  pd = p ** s;
  for (let d = s + 1; d < f; d++) {
    partial += (pd * 2 * (d - s)) / d;
    pd *= p;
  }
  const residual = Math.max(0, (1 - p) * (partial + p ** (f - 1) / (1 - p) - xs * tailHarmonic(p, f)));

  // RBO_ext, eq. 32 (eq. 23 when s = l).
  let sum1 = 0;
  let sum2 = 0;
  pd = 1;
  for (let d = 1; d <= l; d++) {
    pd *= p;
    sum1 += (x[d] / d) * pd;
    if (d > s) sum2 += ((xs * (d - s)) / (s * d)) * pd;
  }
  const extrapolated = ((1 - p) / p) * (sum1 + sum2) + ((x[l] - xs) / l + xs / s) * p ** l;
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return { p, depth: [ra.length, rb.length], min: clamp(min), residual: clamp(residual), max: clamp(min + residual), extrapolated: clamp(extrapolated) };
}

function maxId(ids: Int32Array): number {
  let m = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] > m) m = ids[i];
  return m;
}
