/**
 * The raw edge table a view is applied to: one row per edge, before any filter or decay. Both ways of
 * building a ScoringContext meet here: a graphology graph is read into a table (see
 * {@link tableFromGraph}), edge columns are one already (see `contextFromColumns`). Applying the same
 * view to the same table gives the same context whichever way it was built.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { showValue } from '../core/arguments.js';
import { finishSync, type Resumable } from '../core/run.js';
import { NameCodes } from '../core/name-codes.js';

/** Edges in columns, unfiltered. Invalid cells are kept as markers and reported only if a view keeps the edge. */
export interface EdgeTable {
  readonly length: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Weight of each edge (missing = 1), NaN where the value is not a finite number ≥ 0; null: every weight is 1. */
  readonly weight: Float64Array | null;
  /** Time in ms, NaN where the edge has none (or an unreadable one, see `badTime`); null: no edge has one. */
  readonly time: Float64Array | null;
  /** 1 where the edge has a time that could not be read; null when none. */
  readonly badTime: Uint8Array | null;
  /** Index into `typeNames`, -1 without a type; null: no edge has one. */
  readonly type: Int32Array | null;
  readonly typeNames: readonly string[];
  /** 1 where the edge is undirected; null when none is. */
  readonly undirected: Uint8Array | null;
  readonly undirectedCount: number;
  /** Where an edge's bad value lives and how to describe it (called only on the error path). */
  describe(e: number, field: 'weight' | 'time'): { path: readonly (string | number)[]; message: string };
}

/** @internal Edge columns already as a table holds them: weights checked (NaN marks a bad one), every time readable. */
export type TableColumns = Pick<EdgeTable, 'src' | 'dst' | 'weight' | 'time' | 'type' | 'typeNames'>;

/**
 * @internal The table over columns that need no reading (a columnar graph's, a loader's seed): no
 * unreadable times, and `undirected` marks every edge or none. `weighted: false` (a view that ignores
 * weights) gives null weights: every weight 1, as for a graph without any.
 */
export function tableOfColumns(
  columns: TableColumns,
  how: { readonly weighted: boolean; readonly undirected: Uint8Array | null; readonly describe: EdgeTable['describe'] },
): EdgeTable {
  const { src, dst, weight, time, type, typeNames } = columns;
  const length = src.length;
  return {
    length,
    src,
    dst,
    weight: how.weighted ? weight : null,
    time,
    badTime: null,
    type,
    typeNames,
    undirected: how.undirected,
    undirectedCount: how.undirected === null ? 0 : length,
    describe: how.describe,
  };
}

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

/** Which edge attributes hold the weight (null: ignore weights), the relation type and the time. */
export interface EdgeAttributeNames {
  readonly weight: string | null;
  readonly typeAttribute: string;
  readonly timeAttribute: string;
}

/** Records read between two looks at the clock (a few ms of work on a big graph). */
const RECORDS_PER_CHECK = 4096;

const never = (): boolean => false;

/**
 * @internal Reads every edge of `graph` into a table. `index` maps graphology keys to node indices
 * (a thunk: the fast path, when `keys` lists the graph's nodes in order, never needs it).
 */
export function tableFromGraph(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  names: EdgeAttributeNames,
  keys?: readonly string[],
): EdgeTable {
  return finishSync(tableSteps(graph, index, names, keys, never));
}

/**
 * @internal {@link tableFromGraph} as a resumable computation: every few thousand records it asks
 * `pause` whether a time slice has passed, and yields if so (an async scorer then gives the event
 * loop a turn, so an abort can land while a cold context is read).
 */
export function* tableSteps(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  names: EdgeAttributeNames,
  keys: readonly string[] | undefined,
  pause: () => boolean,
): Resumable<EdgeTable> {
  const m = graph.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weightAttribute = names.weight;
  // Allocated at the first weight other than 1 (timed, typed, undirected edge): many graphs have
  // none, and every byte allocated here brings the next full garbage collection of the (large)
  // graphology heap closer (on a 2M-edge graph, 16 MB more start a marking of its whole heap).
  let weight: Float64Array | null = null;
  let time: Float64Array | null = null;
  let badTime: Uint8Array | null = null;
  let type: Int32Array | null = null;
  let undirected: Uint8Array | null = null;
  let undirectedCount = 0;
  const types = new NameCodes();
  const { typeAttribute, timeAttribute } = names;
  let k = 0;

  // One plain loop with local state (no per-edge callback): this is the hot path of every context build.
  const records = taggedEdges(graph, keys) ?? publicEdges(graph, typeof index === 'function' ? index() : index);
  for (const record of records) {
    const attr = record.attributes;
    const rawType = attr[typeAttribute];
    if (rawType !== undefined && rawType !== null) {
      type ??= new Int32Array(m).fill(-1);
      type[k] = types.code(String(rawType));
    }
    const rawTime = attr[timeAttribute];
    if (rawTime !== undefined) {
      const t = typeof rawTime === 'number' ? rawTime : toMillis(rawTime);
      if (t === t) {
        time ??= new Float64Array(m).fill(Number.NaN);
        time[k] = t;
      } else (badTime ??= new Uint8Array(m))[k] = 1;
    }
    if (weightAttribute !== null) {
      const raw = attr[weightAttribute];
      if (raw === undefined || raw === null) {
        if (weight !== null) weight[k] = 1;
      } else if (raw !== 1 || weight !== null) {
        const w = typeof raw === 'number' ? raw : Number.NaN;
        (weight ??= new Float64Array(m).fill(1, 0, k))[k] = w >= 0 && w < Infinity ? w : Number.NaN;
      }
    }
    if (record.undirected) {
      undirected ??= new Uint8Array(m);
      undirected[k] = 1;
      undirectedCount++;
    }
    src[k] = record.source[NODE_INDEX]!;
    dst[k] = record.target[NODE_INDEX]!;
    k++;
    if (k % RECORDS_PER_CHECK === 0 && pause()) yield;
  }
  return {
    length: m,
    src,
    dst,
    weight,
    time,
    badTime,
    type,
    typeNames: types.names,
    undirected,
    undirectedCount,
    describe: describeEdge(graph, index, names, keys),
  };
}

/**
 * @internal Where edge `e` of `graph` (in iteration order) lives and what is wrong with its weight or
 * time (the error path of a context build: reads the graph again).
 */
export function describeEdge(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  names: EdgeAttributeNames,
  keys: readonly string[] | undefined,
): EdgeTable['describe'] {
  const { weight: weightAttribute, timeAttribute } = names;
  return (e, field) => {
    let i = 0;
    for (const { key, attributes, source, target } of taggedEdges(graph, keys) ?? publicEdges(graph, typeof index === 'function' ? index() : index)) {
      if (i++ !== e) continue;
      const attribute = field === 'weight' ? weightAttribute! : timeAttribute;
      const value: unknown = attributes[attribute];
      // showValue prints NaN and Infinity as themselves (JSON would say null).
      const raw = field === 'weight' ? showValue(value) : JSON.stringify(value);
      const what = field === 'weight' ? `has weight ${raw}; weights must be finite numbers ≥ 0` : `has an unreadable time ${raw}`;
      return { path: ['edges', key, attribute], message: `edge ${key} (${source.key} → ${target.key}) ${what}` };
    }
    return { path: ['edges', e], message: `edge ${e} is invalid` };
  };
}
