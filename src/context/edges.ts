/**
 * Reading a graphology graph through a view: the filtered, decayed edge list in columns (COO),
 * before parallel edges are merged. Scorers that need per-interaction data (times, types) read this.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import type { ResolvedView } from './view.js';

/** The view's edges in columns, one entry per graph edge kept (undirected edges once). */
export interface EdgeColumns {
  readonly length: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Weight after decay. */
  readonly weight: Float64Array;
  /** Time in ms since epoch, NaN when the edge has none. */
  readonly time: Float64Array;
  /** Index into `typeNames`, or -1 when the edge has no type. */
  readonly type: Int32Array;
  readonly typeNames: readonly string[];
  /** 1 where the edge is undirected (undirected graphs, or undirected edges of a mixed graph). */
  readonly undirected: Uint8Array;
}

const MAX_ISSUES = 50;

/** @internal Converts a time attribute (number of ms, Date or ISO string) to ms, or NaN when absent. */
export function toMillis(value: unknown): number {
  if (value === undefined || value === null || value === '') return NaN;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return Date.parse(value);
  return Number.NaN;
}

/** @internal Reads the graph's edges through `view`. Throws `INVALID_INPUT` naming each bad edge. */
export function readEdges(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number>,
  view: ResolvedView,
  warnings: string[],
): { edges: EdgeColumns; asOf: number | null } {
  const m = graph.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  const time = new Float64Array(m);
  const type = new Int32Array(m);
  const undirected = new Uint8Array(m);
  const typeNames: string[] = [];
  const typeCodes = new Map<string, number>();
  const relations = view.relations ? new Set(view.relations) : null;
  const forceUndirected = view.directed === false;
  const issues: ErrorIssue[] = [];
  let k = 0;
  let latest = -Infinity;

  graph.forEachEdge((edge: string, attr: Attributes, source: string, target: string, _sa: Attributes, _ta: Attributes, isUndirected: boolean) => {
    const rawType = attr[view.typeAttribute];
    const typeName = rawType === undefined || rawType === null ? null : String(rawType);
    if (relations && (typeName === null || !relations.has(typeName))) return;
    const t = toMillis(attr[view.timeAttribute]);
    if (attr[view.timeAttribute] !== undefined && Number.isNaN(t) && issues.length < MAX_ISSUES) {
      issues.push({ path: ['edges', edge, view.timeAttribute], field: view.timeAttribute, message: `edge ${edge} (${source} → ${target}) has an unreadable time ${JSON.stringify(attr[view.timeAttribute])}` });
    }
    if (view.window && !(t >= view.window.from && t <= view.window.to)) return;
    if (view.asOf !== null && t > view.asOf) return;
    let w = 1;
    if (view.weight !== null) {
      const raw = attr[view.weight];
      if (raw !== undefined && raw !== null) {
        w = typeof raw === 'number' ? raw : Number.NaN;
        if (!Number.isFinite(w) || w < 0) {
          if (issues.length < MAX_ISSUES) {
            issues.push({ path: ['edges', edge, view.weight], field: view.weight, message: `edge ${edge} (${source} → ${target}) has weight ${JSON.stringify(raw)}; weights must be finite numbers ≥ 0` });
          }
          return;
        }
      }
    }
    let code = -1;
    if (typeName !== null) {
      code = typeCodes.get(typeName) ?? -1;
      if (code < 0) {
        code = typeNames.length;
        typeCodes.set(typeName, code);
        typeNames.push(typeName);
      }
    }
    src[k] = index.get(source)!;
    dst[k] = index.get(target)!;
    weight[k] = w;
    time[k] = t;
    type[k] = code;
    undirected[k] = isUndirected || forceUndirected ? 1 : 0;
    if (t > latest) latest = t;
    k++;
  });
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'The graph has invalid edge attributes', issues);

  const asOf = view.asOf ?? (latest > -Infinity ? latest : null);
  if (view.halfLife !== null && asOf !== null) {
    let undated = 0;
    const rate = Math.LN2 / view.halfLife;
    for (let e = 0; e < k; e++) {
      if (Number.isNaN(time[e])) undated++;
      else weight[e] *= Math.exp(-rate * Math.max(0, asOf - time[e]));
    }
    if (undated > 0) warnings.push(`${undated} edge(s) have no time and were not decayed`);
  }
  return {
    edges: {
      length: k,
      src: src.subarray(0, k),
      dst: dst.subarray(0, k),
      weight: weight.subarray(0, k),
      time: time.subarray(0, k),
      type: type.subarray(0, k),
      typeNames,
      undirected: undirected.subarray(0, k),
    },
    asOf,
  };
}
