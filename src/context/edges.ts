/**
 * Applying a view to an edge table: the filtered, decayed edge list in columns (COO), before parallel
 * edges are merged. Scorers that need per-interaction data (times, types) read this. The one place
 * where relations, time windows, asOf and half-life decay take effect, for graphs and columns alike.
 */
import type { AbstractGraph } from 'graphology-types';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import { type EdgeTable, tableFromGraph } from './edge-table.js';
import type { ResolvedView } from './view.js';
import { type ViewDrops, viewWarnings } from './view-warnings.js';
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

/** What the filter step produced: the kept rows in columns (`length` of them) and the latest time kept. */
interface KeptRows {
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
  time: Float64Array | null;
  type: Int32Array | null;
  undirected: Uint8Array | null;
  length: number;
  latest: number;
  /** Whether any row was dropped or recopied (false: the table's own columns are shared). */
  filtered: boolean;
}

/** Collects the rows with a bad weight or time (at most {@link MAX_ISSUES}) for one all-or-nothing error. */
function issueCollector(table: EdgeTable): { issues: ErrorIssue[]; report: (e: number, field: 'weight' | 'time') => void } {
  const issues: ErrorIssue[] = [];
  const report = (e: number, field: 'weight' | 'time'): void => {
    if (issues.length >= MAX_ISSUES) return;
    const { path, message } = table.describe(e, field);
    issues.push({ path, field: path[path.length - 1] as string, message });
  };
  return { issues, report };
}

/** 1 per type code that `names` lists, or null when `names` is null (every type, and no type, kept). */
function typeMask(typeNames: readonly string[], names: readonly string[] | null): Uint8Array | null {
  if (names === null) return null;
  const mask = new Uint8Array(typeNames.length);
  typeNames.forEach((name, code) => {
    if (names.includes(name)) mask[code] = 1;
  });
  return mask;
}

/**
 * Step 1 when the view filters nothing: share the table's columns (the table is never written to),
 * copying the weights only when decay will rewrite them.
 */
function keepEveryRow(table: EdgeTable, view: ResolvedView, report: (e: number, field: 'weight') => void): KeptRows {
  const m = table.length;
  let weight: Float64Array;
  if (table.weight === null) weight = new Float64Array(m).fill(1);
  else {
    weight = view.halfLife === null ? table.weight : table.weight.slice();
    for (let e = 0; e < m; e++) if (weight[e] !== weight[e]) report(e, 'weight');
  }
  let latest = -Infinity;
  if (table.time !== null) for (let e = 0; e < m; e++) if (table.time[e] > latest) latest = table.time[e];
  return { src: table.src, dst: table.dst, weight, time: table.time, type: table.type, undirected: table.undirected, length: m, latest, filtered: false };
}

/**
 * Step 1 when the view filters: the rows of kept relations, inside the window and not after asOf,
 * copied in order. A row of a standing relation (`view.standing`) made before the window's end, or
 * undated, passes the window: it holds from its time on. `drops` counts what each filter dropped, for the view's warnings.
 */
function filterRows(table: EdgeTable, view: ResolvedView, drops: ViewDrops, report: (e: number, field: 'weight' | 'time') => void): KeptRows {
  const m = table.length;
  const { window: timeWindow, asOf: until } = view;
  const from = timeWindow ? timeWindow.from : -Infinity;
  const to = timeWindow ? timeWindow.to : Infinity;
  const { time: tableTime, type: tableType, weight: tableWeight, badTime } = table;
  const keepType = typeMask(table.typeNames, view.relations);
  const standing = typeMask(table.typeNames, view.standing);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  const time = tableTime && new Float64Array(m);
  const type = tableType && new Int32Array(m);
  const undirected = table.undirected && new Uint8Array(m);
  let k = 0;
  let latest = -Infinity;
  for (let e = 0; e < m; e++) {
    const c = tableType === null ? -1 : tableType[e];
    if (keepType !== null && (c < 0 || keepType[c] === 0)) {
      drops.relations++;
      if (c < 0) drops.untyped++;
      continue;
    }
    if (badTime !== null && badTime[e] === 1) report(e, 'time');
    const t = tableTime === null ? Number.NaN : tableTime[e];
    if (timeWindow !== null && !(t >= from && t <= to)) {
      // A standing relation holds from its time on: made before the window's end, or undated, it holds in the window.
      const holds = standing !== null && c >= 0 && standing[c] === 1 && (t !== t ? badTime?.[e] !== 1 : t <= to);
      if (!holds) {
        drops.window++;
        if (t !== t) drops.untimed++;
        continue;
      }
      drops.standing++;
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
    if (type !== null) type[k] = c;
    if (undirected !== null) undirected[k] = table.undirected![e];
    k++;
  }
  return { src, dst, weight, time, type, undirected, length: k, latest, filtered: true };
}

/** Step 2: how many kept rows are undirected (all of them when the view reads the graph as undirected). */
function undirectedRows(table: EdgeTable, view: ResolvedView, rows: KeptRows): { undirected: Uint8Array | null; count: number } {
  const k = rows.length;
  if (view.directed === false) return { undirected: new Uint8Array(k).fill(1), count: k };
  if (!rows.filtered) return { undirected: rows.undirected, count: table.undirectedCount };
  let count = 0;
  if (rows.undirected !== null) for (let e = 0; e < k; e++) count += rows.undirected[e];
  return { undirected: rows.undirected, count };
}

/** Step 3: exponential decay of the kept weights by age at `asOf` (untimed rows are not decayed, and counted in a warning). */
function decayWeights(rows: KeptRows, halfLife: number, asOf: number, warnings: Warning[]): void {
  const { time, weight, length: k } = rows;
  let undated = time ? 0 : k;
  const rate = Math.LN2 / halfLife;
  for (let e = 0; time && e < k; e++) {
    if (Number.isNaN(time[e])) undated++;
    else weight[e] *= Math.exp(-rate * Math.max(0, asOf - time[e]));
  }
  if (undated > 0) warnings.push(warning('UNDATED', `${undated} edge(s) have no time and were not decayed`));
}

/** Step 4: the kept rows as {@link EdgeColumns}, with the columns a table lacks made on first read. */
function edgeColumns(rows: KeptRows, typeNames: readonly string[], undirected: { undirected: Uint8Array | null; count: number }): EdgeColumns {
  const length = rows.length;
  const timeColumn = rows.time?.subarray(0, length);
  const typeColumn = rows.type?.subarray(0, length);
  const undirectedColumn = undirected.count > 0 ? undirected.undirected?.subarray(0, length) : undefined;
  let untimed: Float64Array | undefined;
  let untyped: Int32Array | undefined;
  let directedOnly: Uint8Array | undefined;
  return {
    length,
    src: rows.src.subarray(0, length),
    dst: rows.dst.subarray(0, length),
    weight: rows.weight.subarray(0, length),
    get time() {
      return timeColumn ?? (untimed ??= new Float64Array(length).fill(Number.NaN));
    },
    get type() {
      return typeColumn ?? (untyped ??= new Int32Array(length).fill(-1));
    },
    typeNames,
    get undirected() {
      return undirectedColumn ?? (directedOnly ??= new Uint8Array(length));
    },
    undirectedCount: undirected.count,
  };
}

/**
 * @internal The edges of `table` that `view` keeps, with decayed weights, and the view's reference
 * time, in four steps: keep or filter the rows (relations, window with standing relations, asOf),
 * count the undirected ones, decay the weights, hand out the columns. Throws `INVALID_INPUT` naming
 * each kept edge with an unreadable weight or time; warns when the view keeps nothing.
 */
export function applyView(table: EdgeTable, view: ResolvedView, warnings: Warning[], keys?: readonly string[]): { edges: EdgeColumns; asOf: number | null } {
  const { issues, report } = issueCollector(table);
  const drops: ViewDrops = { total: table.length, kept: 0, relations: 0, untyped: 0, window: 0, untimed: 0, standing: 0, afterAsOf: 0 };
  const filters = view.relations !== null || view.window !== null || view.asOf !== null || table.badTime !== null;
  const rows = filters ? filterRows(table, view, drops, report) : keepEveryRow(table, view, report);
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'The graph has invalid edge attributes', issues);
  drops.kept = rows.length;
  warnings.push(...viewWarnings(view, drops, keptTypes(table.typeNames, rows.type, rows.length), () => typeCounts(table)));
  const undirected = undirectedRows(table, view, rows);
  const asOf = view.asOf ?? (rows.latest > -Infinity ? rows.latest : null);
  if (view.halfLife !== null && asOf !== null) decayWeights(rows, view.halfLife, asOf, warnings);
  assertFiniteWeightTotal(rows.weight, rows.length, (e) => `the edge ${keys?.[rows.src[e]] ?? rows.src[e]} → ${keys?.[rows.dst[e]] ?? rows.dst[e]}`);
  return { edges: edgeColumns(rows, table.typeNames, undirected), asOf };
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
