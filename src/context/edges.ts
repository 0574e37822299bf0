/**
 * Applying a view to an edge table: the filtered, decayed edge list in columns (COO), before parallel
 * edges are merged. Scorers that need per-interaction data (times, types) read this. The one place
 * where relations, time windows, asOf and half-life decay take effect, for graphs and columns alike.
 */
import type { AbstractGraph } from 'graphology-types';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import { type EdgeTable, tableFromGraph } from './edge-table.js';
import type { ResolvedView } from './view.js';
import { viewWarnings } from './view-warnings.js';
import { assertFiniteWeightTotal } from './weight-range.js';
import { warning, type Warning } from '../core/warnings.js';

export { toMillis } from './edge-table.js';

/** The view's edges in columns, one entry per graph edge kept (undirected edges once). */
export interface EdgeColumns {
  readonly length: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Weight after decay. */
  readonly weight: Float64Array;
  /** Time in ms since epoch, NaN when the edge has none. A getter: read it once, outside loops. */
  readonly time: Float64Array;
  /** Index into `typeNames`, or -1 when the edge has no type. */
  readonly type: Int32Array;
  readonly typeNames: readonly string[];
  /** 1 where the edge is undirected (undirected graphs, or undirected edges of a mixed graph). A getter. */
  readonly undirected: Uint8Array;
  /** How many edges are undirected (0 for a directed view: no need to scan `undirected`). */
  readonly undirectedCount: number;
}

const MAX_ISSUES = 50;

/** @internal Reads the graph's edges through `view`. Throws `INVALID_INPUT` naming each bad edge. */
export function readEdges(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  view: ResolvedView,
  warnings: Warning[],
  keys?: readonly string[],
): { edges: EdgeColumns; asOf: number | null } {
  return applyView(tableFromGraph(graph, index, view, keys), view, warnings, keys);
}

/**
 * @internal The edges of `table` that `view` keeps, with decayed weights, and the view's reference
 * time. Throws `INVALID_INPUT` naming each kept edge with an unreadable weight or time.
 */
export function applyView(table: EdgeTable, view: ResolvedView, warnings: Warning[], keys?: readonly string[]): { edges: EdgeColumns; asOf: number | null } {
  const m = table.length;
  const { window: timeWindow, asOf: until } = view;
  const from = timeWindow ? timeWindow.from : -Infinity;
  const to = timeWindow ? timeWindow.to : Infinity;
  const tableTime = table.time;
  const tableType = table.type;
  const tableWeight = table.weight;
  const badTime = table.badTime;
  let keepType: Uint8Array | null = null;
  if (view.relations) {
    keepType = new Uint8Array(table.typeNames.length);
    table.typeNames.forEach((name, code) => {
      if (view.relations!.includes(name)) keepType![code] = 1;
    });
  }
  const issues: ErrorIssue[] = [];
  const report = (e: number, field: 'weight' | 'time'): void => {
    if (issues.length >= MAX_ISSUES) return;
    const { path, message } = table.describe(e, field);
    issues.push({ path, field: path[path.length - 1] as string, message });
  };

  let src = table.src;
  let dst = table.dst;
  let time = tableTime;
  let type = tableType;
  let undirected = table.undirected;
  let weight: Float64Array;
  let k = 0;
  let latest = -Infinity;
  const drops = { total: m, kept: 0, relations: 0, untyped: 0, window: 0, untimed: 0, afterAsOf: 0 };
  const filtered = keepType !== null || timeWindow !== null || until !== null;
  if (!filtered && badTime === null) {
    // Every edge is kept: share the table's columns, copying only the weights (decay rewrites them).
    k = m;
    if (tableWeight === null) weight = new Float64Array(m).fill(1);
    else {
      // Shared unless decay rewrites them: the table is never written to.
      weight = view.halfLife === null ? tableWeight : tableWeight.slice();
      for (let e = 0; e < m; e++) if (weight[e] !== weight[e]) report(e, 'weight');
    }
    if (tableTime !== null) for (let e = 0; e < m; e++) if (tableTime[e] > latest) latest = tableTime[e];
  } else {
    src = new Int32Array(m);
    dst = new Int32Array(m);
    weight = new Float64Array(m);
    time = tableTime && new Float64Array(m);
    type = tableType && new Int32Array(m);
    undirected = table.undirected && new Uint8Array(m);
    for (let e = 0; e < m; e++) {
      if (keepType !== null) {
        const c = tableType === null ? -1 : tableType[e];
        if (c < 0 || keepType[c] === 0) {
          drops.relations++;
          if (c < 0) drops.untyped++;
          continue;
        }
      }
      if (badTime !== null && badTime[e] === 1) report(e, 'time');
      const t = tableTime === null ? Number.NaN : tableTime[e];
      if (timeWindow !== null && !(t >= from && t <= to)) {
        drops.window++;
        if (t !== t) drops.untimed++;
        continue;
      }
      if (until !== null && t > until) {
        drops.afterAsOf++;
        continue;
      }
      const w = tableWeight === null ? 1 : tableWeight[e];
      if (w !== w) {
        report(e, 'weight');
        continue;
      }
      if (t > latest) latest = t;
      src[k] = table.src[e];
      dst[k] = table.dst[e];
      weight[k] = w;
      if (time !== null) time[k] = t;
      if (type !== null) type[k] = tableType![e];
      if (undirected !== null) undirected[k] = table.undirected![e];
      k++;
    }
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'The graph has invalid edge attributes', issues);
  drops.kept = k;
  warnings.push(...viewWarnings(view, drops, keptTypes(table.typeNames, type, k), () => typeCounts(table)));

  const forceUndirected = view.directed === false;
  let undirectedCount = undirected === table.undirected && !filtered ? table.undirectedCount : 0;
  if (forceUndirected) {
    undirected = new Uint8Array(k).fill(1);
    undirectedCount = k;
  } else if (undirected !== null && (filtered || badTime !== null)) {
    for (let e = 0; e < k; e++) undirectedCount += undirected[e];
  }

  const asOf = view.asOf ?? (latest > -Infinity ? latest : null);
  if (view.halfLife !== null && asOf !== null) {
    let undated = time ? 0 : k;
    const rate = Math.LN2 / view.halfLife;
    for (let e = 0; time && e < k; e++) {
      if (Number.isNaN(time[e])) undated++;
      else weight[e] *= Math.exp(-rate * Math.max(0, asOf - time[e]));
    }
    if (undated > 0) warnings.push(warning('UNDATED', `${undated} edge(s) have no time and were not decayed`));
  }
  const length = k;
  assertFiniteWeightTotal(weight, length, (e) => `the edge ${keys?.[src[e]] ?? src[e]} → ${keys?.[dst[e]] ?? dst[e]}`);
  const timeColumn = time?.subarray(0, length);
  const typeColumn = type?.subarray(0, length);
  const undirectedColumn = undirectedCount > 0 ? undirected?.subarray(0, length) : undefined;
  let untimed: Float64Array | undefined;
  let untyped: Int32Array | undefined;
  let directedOnly: Uint8Array | undefined;
  return {
    edges: {
      length,
      src: src.subarray(0, length),
      dst: dst.subarray(0, length),
      weight: weight.subarray(0, length),
      get time() {
        return timeColumn ?? (untimed ??= new Float64Array(length).fill(Number.NaN));
      },
      get type() {
        return typeColumn ?? (untyped ??= new Int32Array(length).fill(-1));
      },
      typeNames: table.typeNames,
      get undirected() {
        return undirectedColumn ?? (directedOnly ??= new Uint8Array(length));
      },
      undirectedCount,
    },
    asOf,
  };
}

/** The type names of the kept edges, in order of first appearance (what the view actually kept). */
function keptTypes(typeNames: readonly string[], type: Int32Array | null, k: number): string[] {
  if (type === null || typeNames.length === 0) return [];
  const seen = new Uint8Array(typeNames.length);
  const kept: string[] = [];
  for (let e = 0; e < k; e++) {
    const c = type[e];
    if (c >= 0 && seen[c] === 0) {
      seen[c] = 1;
      kept.push(typeNames[c]);
    }
  }
  return kept;
}

/** Edges per type over the whole table (the slow path of a warning: only when a relation matched nothing). */
function typeCounts(table: EdgeTable): Map<string, number> {
  const counts = new Map<string, number>();
  if (table.type === null) return counts;
  const perCode = new Float64Array(table.typeNames.length);
  for (let e = 0; e < table.length; e++) if (table.type[e] >= 0) perCode[table.type[e]]++;
  table.typeNames.forEach((name, code) => {
    if (perCode[code] > 0) counts.set(name, perCode[code]);
  });
  return counts;
}
