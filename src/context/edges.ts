/**
 * Reading a graphology graph through a view: the filtered, decayed edge list in columns (COO),
 * before parallel edges are merged. Scorers that need per-interaction data (times, types) read this.
 */
import { showValue } from '../core/arguments.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import type { ResolvedView } from './view.js';
import { viewWarnings } from './view-warnings.js';
import { assertFiniteWeightTotal } from './weight-range.js';

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

/** @internal Converts a time attribute (number of ms, Date or ISO string) to ms, or NaN when absent. */
export function toMillis(value: unknown): number {
  if (value === undefined || value === null || value === '') return NaN;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return Date.parse(value);
  return Number.NaN;
}

const NODE_INDEX = Symbol('influence-score.nodeIndex');

interface NodeRecord {
  readonly key: string;
  [NODE_INDEX]?: number;
}
interface EdgeRecord {
  readonly key: string;
  readonly attributes: Attributes;
  readonly undirected: boolean;
  readonly source: NodeRecord;
  readonly target: NodeRecord;
}

/**
 * graphology's own edge records, with each node record tagged with its index, or null when the graph
 * does not have the expected layout. Resolving endpoints through a tag instead of a key → index Map
 * lookup per edge more than halves the read time on big graphs: the lookup misses the cache every time.
 */
function taggedEdges(graph: AbstractGraph, keys: readonly string[] | undefined): Iterable<EdgeRecord> | null {
  const { _nodes: nodes, _edges: edges } = graph as unknown as { _nodes?: unknown; _edges?: unknown };
  if (!keys || !(nodes instanceof Map) || !(edges instanceof Map) || nodes.size !== keys.length || edges.size !== graph.size) return null;
  let i = 0;
  for (const record of (nodes as Map<string, NodeRecord>).values()) {
    if (record?.key !== keys[i]) return null;
    record[NODE_INDEX] = i++;
  }
  for (const record of (edges as Map<string, EdgeRecord>).values()) {
    if (record?.source?.[NODE_INDEX] === undefined || record.target?.[NODE_INDEX] === undefined || record.attributes === undefined) return null;
    break;
  }
  return (edges as Map<string, EdgeRecord>).values();
}

/** The same records through graphology's public API (any other graph implementation). */
function publicEdges(graph: AbstractGraph, index: ReadonlyMap<string, number>): EdgeRecord[] {
  const nodes = new Map<string, NodeRecord>();
  const node = (key: string): NodeRecord => {
    let record = nodes.get(key);
    if (!record) nodes.set(key, (record = { key, [NODE_INDEX]: index.get(key) }));
    return record;
  };
  const records: EdgeRecord[] = [];
  graph.forEachEdge((key: string, attributes: Attributes, source: string, target: string, _sa: Attributes, _ta: Attributes, undirected: boolean) => {
    records.push({ key, attributes, undirected, source: node(source), target: node(target) });
  });
  return records;
}

/** @internal Reads the graph's edges through `view`. Throws `INVALID_INPUT` naming each bad edge. */
export function readEdges(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  view: ResolvedView,
  warnings: string[],
  keys?: readonly string[],
): { edges: EdgeColumns; asOf: number | null } {
  const m = graph.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  // Allocated at the first timed (typed, undirected) edge: many graphs have none, and every byte
  // allocated here brings the next full garbage collection of the (large) graphology heap closer.
  let time: Float64Array | null = null;
  let type: Int32Array | null = null;
  let undirectedCount = 0;
  let undirected: Uint8Array | null = null;
  const typeNames: string[] = [];
  const typeCodes = new Map<string, number>();
  const relations = view.relations ? new Set(view.relations) : null;
  const forceUndirected = view.directed === false;
  const issues: ErrorIssue[] = [];
  const { typeAttribute, timeAttribute, weight: weightAttribute, window: timeWindow, asOf: until } = view;
  const from = timeWindow ? timeWindow.from : -Infinity;
  const to = timeWindow ? timeWindow.to : Infinity;
  let k = 0;
  let latest = -Infinity;
  const drops = { total: m, kept: 0, relations: 0, untyped: 0, window: 0, untimed: 0, afterAsOf: 0 };

  // One plain loop with local state (no per-edge callback): this is the hot path of every context build.
  const records = taggedEdges(graph, keys) ?? publicEdges(graph, typeof index === 'function' ? index() : index);
  for (const record of records) {
    const attr = record.attributes;
    const rawType = attr[typeAttribute];
    const typeName = rawType === undefined || rawType === null ? null : String(rawType);
    if (relations && (typeName === null || !relations.has(typeName))) {
      drops.relations++;
      if (typeName === null) drops.untyped++;
      continue;
    }
    const rawTime = attr[timeAttribute];
    const t = typeof rawTime === 'number' ? rawTime : toMillis(rawTime);
    if (rawTime !== undefined && t !== t && issues.length < MAX_ISSUES) {
      const { key, source, target } = record;
      issues.push({ path: ['edges', key, timeAttribute], field: timeAttribute, message: `edge ${key} (${source.key} → ${target.key}) has an unreadable time ${JSON.stringify(rawTime)}` });
    }
    if (timeWindow && !(t >= from && t <= to)) {
      drops.window++;
      if (t !== t) drops.untimed++;
      continue;
    }
    if (until !== null && t > until) {
      drops.afterAsOf++;
      continue;
    }
    let w = 1;
    if (weightAttribute !== null) {
      const raw = attr[weightAttribute];
      if (raw !== undefined && raw !== null) {
        w = typeof raw === 'number' ? raw : Number.NaN;
        if (!(w >= 0 && w < Infinity)) {
          if (issues.length < MAX_ISSUES) {
            const { key, source, target } = record;
            issues.push({ path: ['edges', key, weightAttribute], field: weightAttribute, message: `edge ${key} (${source.key} → ${target.key}) has weight ${showValue(raw)}; weights must be finite numbers ≥ 0` });
          }
          continue;
        }
      }
    }
    if (typeName !== null) {
      let code = typeCodes.get(typeName);
      if (code === undefined) {
        code = typeNames.length;
        typeCodes.set(typeName, code);
        typeNames.push(typeName);
      }
      type ??= new Int32Array(m).fill(-1);
      type[k] = code;
    }
    if (record.undirected || forceUndirected) {
      undirected ??= new Uint8Array(m);
      undirected[k] = 1;
      undirectedCount++;
    }
    if (t === t) {
      time ??= new Float64Array(m).fill(Number.NaN);
      time[k] = t;
      if (t > latest) latest = t;
    }
    src[k] = record.source[NODE_INDEX]!;
    dst[k] = record.target[NODE_INDEX]!;
    weight[k] = w;
    k++;
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'The graph has invalid edge attributes', issues);
  drops.kept = k;
  warnings.push(...viewWarnings(view, drops, typeNames, () => countTypes(graph, typeAttribute)));

  const asOf = view.asOf ?? (latest > -Infinity ? latest : null);
  if (view.halfLife !== null && asOf !== null) {
    let undated = time ? 0 : k;
    const rate = Math.LN2 / view.halfLife;
    for (let e = 0; time && e < k; e++) {
      if (Number.isNaN(time[e])) undated++;
      else weight[e] *= Math.exp(-rate * Math.max(0, asOf - time[e]));
    }
    if (undated > 0) warnings.push(`${undated} edge(s) have no time and were not decayed`);
  }
  const length = k;
  assertFiniteWeightTotal(weight, length, (e) => `the edge ${keys?.[src[e]] ?? src[e]} → ${keys?.[dst[e]] ?? dst[e]}`);
  const timeColumn = time?.subarray(0, length);
  const typeColumn = type?.subarray(0, length);
  const undirectedColumn = undirected?.subarray(0, length);
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
      typeNames,
      get undirected() {
        return undirectedColumn ?? (directedOnly ??= new Uint8Array(length));
      },
      undirectedCount,
    },
    asOf,
  };
}

/** Edges per type attribute value (the slow path of a warning: only when a relation matched nothing). */
function countTypes(graph: AbstractGraph, typeAttribute: string): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_key: string, attributes: Attributes) => {
    const raw = attributes[typeAttribute];
    if (raw === undefined || raw === null) return;
    const name = String(raw);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}
