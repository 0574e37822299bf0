/**
 * contextFromColumns: a ScoringContext straight from edge columns, with no graphology graph. String
 * ids are interned once (first appearance, source before target, as the loaders add nodes), numeric
 * ids are node indices. Every column is checked first: a bad cell is an `INVALID_INPUT` naming the
 * row and the column, and nothing is built.
 */
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import { type ColumnarGraph as ColumnarGraphType, ColumnarGraph } from './columnar-graph.js';
import { getScoringContext } from './cache.js';
import type { ScoringContext } from './context.js';
import type { ViewOptions } from './view.js';
import { NameCodes } from '../core/name-codes.js';

/** Node ids: strings (interned), or integer node indices (typed arrays or number arrays). */
export type IdColumn = readonly string[] | ArrayLike<number>;

/** The edge columns of {@link contextFromColumns}, one entry per edge (all of the same length). */
export interface EdgeColumnsInput {
  /** Who pays attention (`source → target`). */
  source: IdColumn;
  /** Who receives it. */
  target: IdColumn;
  /** Edge weights: finite numbers ≥ 0. @defaultValue every weight 1 */
  weight?: ArrayLike<number>;
  /** Edge times in ms since the epoch; NaN (or null/undefined in an array) = no time. @defaultValue no times */
  time?: ArrayLike<number | null | undefined>;
  /** Relation type of each edge (`'follow'`, `'share'`, ...); null/undefined/'' = untyped. @defaultValue untyped */
  type?: ArrayLike<string | null | undefined>;
}

/** Options of {@link contextFromColumns}. */
export interface ContextFromColumnsOptions {
  /** Whether `source → target` edges are directed (required: columns carry no graph type). */
  directed: boolean;
  /**
   * With string ids: nodes to add first, in this order (keeps isolated nodes, fixes the order).
   * With numeric ids: the id of each node index (its length is the node count).
   * @defaultValue string ids in order of first appearance; numeric ids "0".."n-1"
   */
  keys?: readonly string[];
  /** With numeric ids and no `keys`: the node count (ids "0".."n-1"). @defaultValue largest index + 1 */
  n?: number;
  /** Per-node attribute columns, index-aligned with the context's keys, or keyed by node id. @defaultValue none */
  nodeAttributes?: Record<string, ArrayLike<unknown> | ReadonlyMap<string, unknown>>;
  /** The view of the returned context (scorers with their own view derive theirs from the same columns). @defaultValue all edges */
  view?: ViewOptions;
}

/** V8's Map holds at most 2^24 entries: more distinct ids cannot be interned in one Map. */
export const MAX_INTERNED_IDS = 16_777_216;

const MAX_LISTED = 50;

function isStringColumn(column: IdColumn): column is readonly string[] {
  return Array.isArray(column) && column.length > 0 && typeof column[0] === 'string';
}

/**
 * Builds a {@link ScoringContext} from edge columns, without a graphology graph. Views (relations,
 * time window, decay, asOf, unweighted, directed) work as on a graph: the same view on the same edges
 * gives bit-identical scores. Scorers that read posts or graph attributes throw `UNSUPPORTED`.
 *
 * @example
 * ```ts
 * const ctx = contextFromColumns({ source: ['bob', 'cat', 'cat'], target: ['ada', 'ada', 'bob'] }, { directed: true });
 * pagerank().score(ctx).top(1); // ada
 * inDegree({ view: { relations: ['share'] } }).score(ctx); // views derive from the same columns
 * ```
 */
export function contextFromColumns(columns: EdgeColumnsInput, options: ContextFromColumnsOptions): ScoringContext {
  return getScoringContext(columnarGraph(columns, options), options.view);
}

/** Collects a column's bad cells (the first {@link MAX_LISTED}), each naming the row and the column. */
type BadCell = (column: string, row: number, message: string) => void;

/** @internal Validates and interns the columns (see {@link contextFromColumns}): checks, ids, each optional column, then node attributes. */
export function columnarGraph(columns: EdgeColumnsInput, options: ContextFromColumnsOptions): ColumnarGraphType {
  checkShapes(columns, options);
  const m = columns.source.length;
  const issues: ErrorIssue[] = [];
  const bad: BadCell = (column, row, message) => {
    if (issues.length < MAX_LISTED) issues.push({ path: [column, row], record: row, field: column, message });
  };
  const stringIds = isStringColumn(columns.source) || isStringColumn(columns.target) || (m === 0 && options.n === undefined && options.keys !== undefined);
  const { keys, src, dst } = stringIds ? internStringIds(columns, options, bad) : readIndexIds(columns, options, bad);
  const weight = columns.weight != null ? weightColumn(columns.weight, m, bad) : null;
  const time = columns.time != null ? timeColumn(columns.time, m, bad) : null;
  const types = new NameCodes();
  const type = columns.type != null ? typeColumn(columns.type, m, types, bad) : null;
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'Invalid edge columns: nothing was built', issues);
  const nodeAttributes = nodeAttributeColumns(options.nodeAttributes ?? {}, keys);
  return new ColumnarGraph({ keys, directed: options.directed, src, dst, weight, time, type, typeNames: types.names, nodeAttributes });
}

/** The arguments' shape: source and target columns, a `directed` flag, every column one entry per edge. */
function checkShapes(columns: EdgeColumnsInput, options: ContextFromColumnsOptions): void {
  if (columns === null || typeof columns !== 'object' || columns.source == null || columns.target == null) {
    throw new InfluenceScoreError('INVALID_INPUT', 'contextFromColumns needs { source, target } columns', [{ path: ['columns'], message: 'expected an object with source and target arrays' }]);
  }
  if (options === null || typeof options !== 'object' || typeof options.directed !== 'boolean') {
    throw new InfluenceScoreError('INVALID_OPTION', 'contextFromColumns needs { directed: true | false }', [{ path: ['directed'], field: 'directed', message: 'columns carry no graph type: say whether edges are directed' }]);
  }
  const m = columns.source.length;
  for (const name of ['target', 'weight', 'time', 'type'] as const) {
    const col = columns[name];
    if (col !== undefined && col !== null && col.length !== m) {
      throw new InfluenceScoreError('INVALID_INPUT', `Column ${name} has ${col.length} entries, source has ${m}`, [{ path: [name], field: name, message: 'every column needs one entry per edge' }]);
    }
  }
}

interface Ids {
  keys: string[];
  src: Int32Array;
  dst: Int32Array;
}

/** String ids interned in order of first appearance (`keys` first, then source before target per edge). */
function internStringIds(columns: EdgeColumnsInput, options: ContextFromColumnsOptions, bad: BadCell): Ids {
  const m = columns.source.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const index = new Map<string, number>();
  const keys: string[] = [];
  const intern = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      if (keys.length >= MAX_INTERNED_IDS) tooManyIds();
      i = keys.length;
      index.set(id, i);
      keys.push(id);
    }
    return i;
  };
  for (const key of options.keys ?? []) intern(String(key));
  const s = columns.source as ArrayLike<unknown>;
  const t = columns.target as ArrayLike<unknown>;
  for (let e = 0; e < m; e++) {
    const a = s[e];
    const b = t[e];
    if (typeof a !== 'string' || a === '') bad('source', e, `source ${JSON.stringify(a)} is not a non-empty string id`);
    else src[e] = intern(a);
    if (typeof b !== 'string' || b === '') bad('target', e, `target ${JSON.stringify(b)} is not a non-empty string id`);
    else dst[e] = intern(b);
  }
  return { keys, src, dst };
}

/** Integer node indices, below the node count (`keys.length`, `n`, or the largest index + 1). */
function readIndexIds(columns: EdgeColumnsInput, options: ContextFromColumnsOptions, bad: BadCell): Ids {
  const m = columns.source.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  let max = -1;
  for (const [name, col, out] of [['source', columns.source, src], ['target', columns.target, dst]] as const) {
    for (let e = 0; e < m; e++) {
      const v = (col as ArrayLike<unknown>)[e];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0x7fffffff) bad(name, e, `${name} ${JSON.stringify(v)} is not a node index (an integer ≥ 0); pass string ids for other ids`);
      else {
        out[e] = v;
        if (v > max) max = v;
      }
    }
  }
  const n = options.keys?.length ?? options.n ?? max + 1;
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new InfluenceScoreError('INVALID_OPTION', `n must be an integer node count, got ${n}`, [{ path: ['n'], field: 'n', message: 'the number of nodes' }]);
  }
  if (max >= n) {
    for (const [name, col] of [['source', src], ['target', dst]] as const) {
      for (let e = 0; e < m; e++) if (col[e] >= n) bad(name, e, `${name} ${col[e]} is not below the node count ${n}`);
    }
  }
  const keys = options.keys ? options.keys.map(String) : Array.from({ length: n }, (_, i) => String(i));
  if (options.keys && new Set(keys).size !== keys.length) {
    throw new InfluenceScoreError('INVALID_OPTION', 'keys must be distinct', [{ path: ['keys'], field: 'keys', message: 'two node indices have the same id' }]);
  }
  return { keys, src, dst };
}

/** Weights: finite numbers ≥ 0. */
function weightColumn(column: ArrayLike<number>, m: number, bad: BadCell): Float64Array {
  const weight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const w = column[e];
    if (!(typeof w === 'number' && w >= 0 && w < Infinity)) bad('weight', e, `weight ${typeof w === 'number' ? String(w) : JSON.stringify(w)} must be a finite number ≥ 0`);
    else weight[e] = w;
  }
  return weight;
}

/** Times in ms, NaN for none; null when no edge has one. */
function timeColumn(column: ArrayLike<number | null | undefined>, m: number, bad: BadCell): Float64Array | null {
  const time = new Float64Array(m);
  let any = false;
  for (let e = 0; e < m; e++) {
    const t = column[e];
    if (t === null || t === undefined || (typeof t === 'number' && Number.isNaN(t))) time[e] = Number.NaN;
    else if (typeof t !== 'number' || !Number.isFinite(t)) bad('time', e, `time ${String(t)} must be ms since the epoch (a finite number), or NaN for none`);
    else {
      time[e] = t;
      any = true;
    }
  }
  return any ? time : null;
}

/** Relation types as codes into `types`, -1 for none; null when no edge has one. */
function typeColumn(column: ArrayLike<string | null | undefined>, m: number, types: NameCodes, bad: BadCell): Int32Array | null {
  const type = new Int32Array(m).fill(-1);
  for (let e = 0; e < m; e++) {
    const raw = column[e];
    if (raw === null || raw === undefined || raw === '') continue;
    if (typeof raw !== 'string') {
      bad('type', e, `type ${JSON.stringify(raw)} must be a string`);
      continue;
    }
    type[e] = types.code(raw);
  }
  return types.names.length === 0 ? null : type;
}

/** Node attribute columns index-aligned with `keys` (a Map from id is laid out by key). */
function nodeAttributeColumns(input: Record<string, ArrayLike<unknown> | ReadonlyMap<string, unknown>>, keys: readonly string[]): Map<string, ArrayLike<unknown>> {
  const nodeAttributes = new Map<string, ArrayLike<unknown>>();
  for (const [name, values] of Object.entries(input)) {
    if (values instanceof Map) {
      const column: unknown[] = new Array(keys.length);
      const at = new Map(keys.map((k, i) => [k, i]));
      for (const [id, value] of values as ReadonlyMap<string, unknown>) {
        const i = at.get(id);
        if (i === undefined) throw new InfluenceScoreError('UNKNOWN_NODE', `nodeAttributes.${name} names an unknown node "${id}"`, [{ path: ['nodeAttributes', name, id], field: name, message: 'not in the edge columns or keys' }]);
        column[i] = value;
      }
      nodeAttributes.set(name, column);
    } else {
      const column = values as ArrayLike<unknown>;
      if (column.length !== keys.length) {
        throw new InfluenceScoreError('INVALID_INPUT', `nodeAttributes.${name} has ${column.length} entries for ${keys.length} nodes`, [{ path: ['nodeAttributes', name], field: name, message: 'give one value per node (in the order of keys), or a Map from id to value' }]);
      }
      nodeAttributes.set(name, column);
    }
  }
  return nodeAttributes;
}

function tooManyIds(): never {
  throw new InfluenceScoreError('TOO_LARGE', `More than ${MAX_INTERNED_IDS} distinct node ids: the id table would exceed V8's Map limit`, [
    { path: ['source'], message: 'map ids to integer node indices first and pass numeric source/target columns with keys or n' },
  ]);
}
