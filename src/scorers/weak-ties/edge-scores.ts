/**
 * EdgeScores: the result of every per-tie measure (overlap, embeddedness, Simmelian strength,
 * interaction strength). One entry per tie, i.e. per unordered pair of accounts joined by at least
 * one edge in the view, whatever its direction or multiplicity.
 */
import type { ScoringContext } from '../../context/context.js';
import { findEntry, type TiePairs } from './internal/pairs.js';
import { type Warning } from '../../core/warnings.js';

/** Bookkeeping attached to {@link EdgeScores}. */
export interface EdgeScoresMeta {
  /** Id of the measure, e.g. `'overlap'`. */
  readonly measure: string;
  /** Resolved parameters. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Declared bounds of the values. */
  readonly range: readonly [number, number];
  /** Wall-clock time of the computation in milliseconds. */
  readonly elapsedMs: number;
  /** Non-fatal problems (e.g. undated edges under decay). */
  readonly warnings: readonly Warning[];
}

/** One tie with its value. */
export interface EdgeScoreEntry {
  readonly source: string;
  readonly target: string;
  readonly value: number;
}

/**
 * Per-tie values. Entry `i` is the tie between node indices `source[i] < target[i]` of the
 * context (index order = `keys` order). Directed graphs are read as their undirected projection: a
 * tie exists when an edge goes either way.
 */
export interface EdgeScores {
  /** Node keys in context order (`source`/`target` index into it). */
  readonly keys: readonly string[];
  /** Number of ties. */
  readonly length: number;
  /** Lower node index of each tie. */
  readonly source: Int32Array;
  /** Higher node index of each tie. */
  readonly target: Int32Array;
  /** The measure, `values[i]` belongs to tie `i`. */
  readonly values: Float64Array;
  readonly meta: EdgeScoresMeta;
  /** Index of the tie between two accounts (either order), or -1 when they are not tied. */
  indexOf(u: string, v: string): number;
  /** Value of the tie between two accounts (either order), or `undefined` when they are not tied. */
  get(u: string, v: string): number | undefined;
  /** Every tie as `{ source, target, value }` with keys. */
  entries(): EdgeScoreEntry[];
  /** Plain JSON: `{ measure, meta, edges: [[source, target, value], ...] }`. */
  toJSON(): object;
}

/** @internal Builds an {@link EdgeScores} over the ties of `ctx`. */
export function createEdgeScores(ctx: ScoringContext, pairs: TiePairs, values: Float64Array, meta: EdgeScoresMeta): EdgeScores {
  const { keys } = ctx;
  const indexOf = (u: string, v: string): number => {
    const i = ctx.index.get(u);
    const j = ctx.index.get(v);
    if (i === undefined || j === undefined) return -1;
    const e = findEntry(pairs.adj, i, j);
    return e < 0 ? -1 : pairs.pairOf[e];
  };
  const entries = (): EdgeScoreEntry[] => {
    const rows: EdgeScoreEntry[] = new Array(pairs.m);
    for (let p = 0; p < pairs.m; p++) rows[p] = { source: keys[pairs.source[p]], target: keys[pairs.target[p]], value: values[p] };
    return rows;
  };
  return {
    keys,
    length: pairs.m,
    source: pairs.source,
    target: pairs.target,
    values,
    meta,
    indexOf,
    get(u, v) {
      const p = indexOf(u, v);
      return p < 0 ? undefined : values[p];
    },
    entries,
    toJSON() {
      return { measure: meta.measure, meta: { ...meta }, edges: entries().map((e) => [e.source, e.target, e.value]) };
    },
  };
}
