/**
 * ScoreVector: the result of every scorer, index-aligned with the node keys of its ScoringContext.
 */
import type { Warning } from './warnings.js';
import { checkArguments, scoreVectorInit } from './argument-schemas.js';

/** Bookkeeping every scorer attaches to its result. */
export interface ScoreMeta {
  /** Id of the scorer that produced the vector. */
  readonly scorer: string;
  /** Fully resolved parameters (defaults filled in), plus any fitted values such as priors. */
  readonly params: Readonly<Record<string, unknown>>;
  /** For iterative methods: whether the tolerance was reached. */
  readonly converged?: boolean;
  /** For iterative methods: iterations performed. */
  readonly iterations?: number;
  /** Wall-clock time of the computation in milliseconds (context build excluded when it was cached). */
  readonly elapsedMs: number;
  /** Non-fatal problems (non-convergence, fallbacks taken, data dropped), each with a stable code. */
  readonly warnings: readonly Warning[];
  /** Whether larger values mean more influence (false for e.g. Burt's constraint). */
  readonly higherIsBetter: boolean;
  /** Declared bounds of the values. */
  readonly range: readonly [number, number];
  /** Scorer-specific extra output (per-node diagnostics, fitted priors, elected order...). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** One entry of {@link ScoreVector.top}. */
export interface RankedEntry {
  readonly key: string;
  readonly value: number;
  /** 1-based rank. */
  readonly rank: number;
}

/** Per-node scores, index-aligned with `keys`. */
export interface ScoreVector {
  /** Node keys in context order. */
  readonly keys: readonly string[];
  /** Scores, `values[i]` belongs to `keys[i]`. */
  readonly values: Float64Array;
  readonly meta: ScoreMeta;
  /** For composites: each part's normalized vector, by part name. */
  readonly parts?: Readonly<Record<string, ScoreVector>>;
  /** Score of one node, or `undefined` for an unknown key. */
  get(key: string): number | undefined;
  /** The best `k` nodes (highest first, or lowest first when `higherIsBetter` is false); ties keep context order. */
  top(k: number): RankedEntry[];
  /** A `Map` from key to score (safe for keys such as `__proto__`). */
  toMap(): Map<string, number>;
  /** Plain JSON: `{ scorer, params, meta, scores: [[key, value], ...], parts }`. */
  toJSON(): object;
}

/** @internal Inputs of {@link createScoreVector}. */
export interface ScoreVectorInit {
  keys: readonly string[];
  values: Float64Array;
  meta: ScoreMeta;
  parts?: Record<string, ScoreVector>;
  /** Shared key → index map, or a function returning it (called on the first lookup); built when absent. */
  index?: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>);
}

/**
 * Orders node indices best first: by value (descending when `higherIsBetter`), ties by index.
 * @internal
 */
export function orderIndices(values: Float64Array, higherIsBetter: boolean): Int32Array {
  const order = new Int32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const sign = higherIsBetter ? -1 : 1;
  return order.sort((a, b) => sign * (values[a] - values[b]) || a - b);
}

/**
 * Builds a {@link ScoreVector}. Scorers call it; users rarely need to.
 *
 * @example
 * ```ts
 * const v = createScoreVector({ keys: ['a', 'b'], values: Float64Array.of(1, 2), meta });
 * v.top(1); // [{ key: 'b', value: 2, rank: 1 }]
 * ```
 */
export function createScoreVector(init: ScoreVectorInit): ScoreVector {
  checkArguments('createScoreVector', [init], [['init', scoreVectorInit]]);
  const { keys, values, meta, parts } = init;
  const shared = init.index;
  let index: ReadonlyMap<string, number> | undefined;
  const indexOf = (key: string): number | undefined => {
    index ??= typeof shared === 'function' ? shared() : (shared ?? new Map(keys.map((k, i) => [k, i])));
    return index.get(key);
  };
  let order: Int32Array | undefined;
  const vector: ScoreVector = {
    keys,
    values,
    meta,
    parts,
    get(key) {
      const i = indexOf(key);
      return i === undefined ? undefined : values[i];
    },
    top(k) {
      order ??= orderIndices(values, meta.higherIsBetter);
      const count = Math.max(0, Math.min(Math.floor(k), order.length));
      const rows: RankedEntry[] = [];
      for (let r = 0; r < count; r++) rows.push({ key: keys[order[r]], value: values[order[r]], rank: r + 1 });
      return rows;
    },
    toMap() {
      return new Map(keys.map((k, i) => [k, values[i]]));
    },
    toJSON() {
      return {
        scorer: meta.scorer,
        meta: { ...meta },
        scores: keys.map((k, i) => [k, values[i]]),
        ...(parts ? { parts: Object.fromEntries(Object.entries(parts).map(([n, p]) => [n, p.toJSON()])) } : {}),
      };
    },
  };
  return vector;
}
