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

/**
 * One ranked row, from `rank()` and {@link ScoreVector.top}: the one row shape of the library.
 *
 * @example
 * ```ts
 * const [best] = pagerank().score(graph).top(1); // { rank: 1, key: 'ada', score: 0.31 }
 * ```
 */
export interface RankRow {
  /** 1-based position. Tied nodes get consecutive positions, in graph (context) order. */
  readonly rank: number;
  /** Node key. */
  readonly key: string;
  /** The scorer's value for the node. */
  readonly score: number;
  /** For composites (a vector with `parts`): each part's normalized value by part name; absent otherwise. */
  readonly parts?: Readonly<Record<string, number>>;
  /**
   * @deprecated Use `key`. A non-enumerable getter kept for one minor version (not in JSON or spreads;
   * rows carry no `meta`, so only TSDoc and the type checker flag it).
   */
  readonly node: string;
  /**
   * @deprecated Use `score`. A non-enumerable getter kept for one minor version (not in JSON or
   * spreads; rows carry no `meta`, so only TSDoc and the type checker flag it).
   */
  readonly value: number;
}

/**
 * @deprecated Use {@link RankRow} (`value` is `score`). The old entry shape of {@link ScoreVector.top}.
 *
 * @example
 * ```ts
 * const rows: RankRow[] = vector.top(3); // not RankedEntry[]
 * ```
 */
export type RankedEntry = Pick<RankRow, 'key' | 'value' | 'rank'>;

/** The deprecated names of a row, as getters on a shared prototype: non-enumerable, never serialized. */
const ROW_PROTOTYPE: object = Object.freeze(
  Object.create(Object.prototype, {
    node: {
      get(this: RankRow): string {
        return this.key;
      },
      enumerable: false,
    },
    value: {
      get(this: RankRow): number {
        return this.score;
      },
      enumerable: false,
    },
  }),
);

/**
 * @internal A {@link RankRow}: own enumerable `rank`, `key`, `score` (and `parts` when given), and the
 * deprecated `node`/`value` as non-enumerable getters.
 */
export function rankRow(rank: number, key: string, score: number, parts?: Readonly<Record<string, number>>): RankRow {
  const row = Object.create(ROW_PROTOTYPE) as { rank: number; key: string; score: number; parts?: Readonly<Record<string, number>> };
  row.rank = rank;
  row.key = key;
  row.score = score;
  if (parts !== undefined) row.parts = parts;
  return row as RankRow;
}

/** @internal Each part's value at index `i`, by part name; undefined when the vector has no parts. */
export function partsAt(parts: Readonly<Record<string, ScoreVector>> | undefined, i: number): Record<string, number> | undefined {
  if (parts === undefined) return undefined;
  // fromEntries defines own properties, so a part named `__proto__` is an ordinary name.
  return Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.values[i]]));
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
  /**
   * The best `k` nodes as {@link RankRow}s (highest first, or lowest first when `higherIsBetter` is
   * false; with `parts` for a composite); ties keep context order.
   */
  top(k: number): RankRow[];
  /** A `Map` from key to score (safe for keys such as `__proto__`). */
  toMap(): Map<string, number>;
  /** Plain JSON: `{ scorer, params, meta, scores: [[key, value], ...], parts }`. */
  toJSON(): object;
}

/**
 * Inputs of {@link createScoreVector}: the scores, aligned with their node ids, and what produced them.
 *
 * @example
 * ```ts
 * const init: ScoreVectorInit = { keys: ['a', 'b'], values: Float64Array.of(1, 2), meta };
 * ```
 */
export interface ScoreVectorInit {
  /** Node ids, in the context's node order. */
  keys: readonly string[];
  /** One score per key, index-aligned with `keys`. */
  values: Float64Array;
  /** The scorer, its parameters, convergence and warnings. */
  meta: ScoreMeta;
  /** A composite's normalized part vectors, by part name. @defaultValue none */
  parts?: Record<string, ScoreVector>;
  /** Shared key → index map, or a function returning it (called on the first lookup). @defaultValue built on the first lookup */
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
      const rows: RankRow[] = [];
      for (let r = 0; r < count; r++) rows.push(rankRow(r + 1, keys[order[r]], values[order[r]], partsAt(parts, order[r])));
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
