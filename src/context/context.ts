/**
 * ScoringContext: a graph read once through a view into flat typed arrays (node index, CSR out/in
 * adjacency, edge columns), shared by every scorer that runs on the same graph and view.
 */
import type { AbstractGraph } from 'graphology-types';
import { InfluenceScoreError } from '../core/errors.js';
import { fromGraphKey, isEscapedKey } from '../core/graph-key.js';
import type { Resumable } from '../core/run.js';
import { ColumnarGraph } from './columnar-graph.js';
import { buildCsr, type Csr, transposeCsr } from './csr.js';
import { tableSteps } from './edge-table.js';
import { applyView, type EdgeColumns } from './edges.js';
import { seededTable } from './seed.js';
import type { ResolvedView } from './view.js';
import { warning, type Warning } from '../core/warnings.js';

/** What a context reads: a graphology graph, or edge columns (see `contextFromColumns`). */
export type ContextSource = AbstractGraph | ColumnarGraph;

let builds = 0;

/** @internal How many contexts have been built in this process (tests use it to prove caching). */
export function contextBuildCount(): number {
  return builds;
}

/**
 * A graph prepared for scoring under one view. Build it with {@link getScoringContext}; it is cached
 * per graph and view and dropped when the graph changes.
 */
export class ScoringContext {
  /** The graphology graph this context reads, or null for a context built from columns. */
  readonly graph: AbstractGraph | null;
  /** What this context reads; contexts for other views of the same edges derive from it. */
  readonly source: ContextSource;
  /** The view, defaults resolved. */
  readonly view: ResolvedView;
  /** Whether edges are read as directed. */
  readonly directed: boolean;
  /** Number of nodes. */
  readonly n: number;
  /** Node ids; every array is indexed in this order (graphology's iteration order). */
  readonly keys: readonly string[];
  private indexMap: ReadonlyMap<string, number> | undefined;
  /**
   * The graphology keys, index-aligned with `keys`. They differ from the ids only for ids such as
   * `__proto__`, which the library stores escaped (see `toGraphKey`); read the graph with these.
   */
  readonly graphKeys: readonly string[];
  private graphIndexMap: ReadonlyMap<string, number> | undefined;
  /** Out-adjacency `u → v` (u pays attention to v), parallel edges merged, self-loops dropped. */
  readonly out: Csr;
  private inbound: Csr | undefined;
  /** The view's raw edges, before merging. */
  readonly edges: EdgeColumns;
  /** The reference time of the view: `view.asOf`, or the latest edge time, or null without times. */
  readonly asOf: number | null;
  /** Notes from the build (e.g. undated edges under decay). */
  readonly warnings: readonly Warning[];
  private symmetric: Csr | undefined;
  private readonly columns = new Map<string, Float64Array>();

  /** @internal Use {@link getScoringContext} (built by {@link contextSteps}). */
  constructor(parts: ContextParts) {
    builds++;
    this.source = parts.source;
    this.view = parts.view;
    this.graph = parts.source instanceof ColumnarGraph ? null : parts.source;
    this.directed = parts.directed;
    this.keys = parts.keys;
    this.graphKeys = parts.graphKeys;
    this.graphIndexMap = parts.graphIndex;
    this.n = parts.keys.length;
    this.edges = parts.edges;
    this.asOf = parts.asOf;
    this.warnings = parts.warnings;
    this.out = parts.out;
    if (!this.directed) {
      this.inbound = this.out;
      this.symmetric = this.out;
    }
  }

  /**
   * In-adjacency: row `v` lists every `u` with `u → v`. The same object as `out` when undirected.
   * Built on first use (scorers that only push along `out`, like PageRank, never pay for it).
   */
  get in(): Csr {
    this.inbound ??= transposeCsr(this.n, this.out);
    return this.inbound;
  }

  /** Node id → index. Built on first use: a 10⁵-entry Map is heap garbage that costs a full GC later. */
  get index(): ReadonlyMap<string, number> {
    this.indexMap ??= this.keys === this.graphKeys ? this.graphIndex : indexMap(this.keys);
    return this.indexMap;
  }

  /** graphology key → index (the same Map as `index` when no id is escaped). Built on first use. */
  get graphIndex(): ReadonlyMap<string, number> {
    this.graphIndexMap ??= indexMap(this.graphKeys);
    return this.graphIndexMap;
  }

  /** The index of `key`; throws `UNKNOWN_NODE` when the graph has no such node. */
  indexOf(key: string): number {
    const i = this.index.get(key);
    if (i === undefined) throw new InfluenceScoreError('UNKNOWN_NODE', `Unknown node "${key}"`, [{ path: [key], message: 'not in the graph' }]);
    return i;
  }

  /** Symmetric adjacency: every edge in both directions, reciprocal arcs merged (weights summed). Built on first use. */
  undirected(): Csr {
    this.symmetric ??= arcsCsr(this.n, this.edges, 'both');
    return this.symmetric;
  }

  /** A numeric node attribute as a column: NaN where missing or not a finite number. Cached. */
  column(attribute: string): Float64Array {
    let col = this.columns.get(attribute);
    if (!col) {
      col = new Float64Array(this.n);
      for (let i = 0; i < this.n; i++) {
        const v = this.nodeAttribute(i, attribute);
        col[i] = typeof v === 'number' && Number.isFinite(v) ? v : v instanceof Date ? v.getTime() : Number.NaN;
      }
      this.columns.set(attribute, col);
    }
    return col;
  }

  /** Node `i`'s attribute `attribute` (from the graph, or from the node columns of a columnar context); undefined when absent. */
  nodeAttribute(i: number, attribute: string): unknown {
    if (this.graph === null) return (this.source as ColumnarGraph).nodeAttribute(i, attribute);
    const key = this.graphKeys[i];
    // The graph is read lazily: a node dropped after this context was built (say during scoreAsync) is gone.
    if (!this.graph.hasNode(key)) {
      throw new InfluenceScoreError('UNKNOWN_NODE', `Node "${this.keys[i]}" was dropped from the graph while it was being scored`, [
        { path: [this.keys[i]], message: 'the graph changed during the run: finish (or abort) the run before mutating the graph, then score it again' },
      ]);
    }
    return this.graph.getNodeAttribute(key, attribute);
  }

  /** A graph-level attribute (e.g. `posts`), from the graph or the columnar source; undefined when absent. */
  graphAttribute(name: string): unknown {
    if (this.graph !== null) return this.graph.getAttribute(name);
    return (this.source as ColumnarGraph).graphAttribute(name);
  }

  /**
   * The graphology graph, or `UNSUPPORTED` naming `owner` and what it reads when this context was
   * built from columns (which carry edges and node columns, not posts or graph attributes).
   */
  requireGraph(owner: string, reads: string): AbstractGraph {
    if (this.graph !== null) return this.graph;
    throw new InfluenceScoreError('UNSUPPORTED', `${owner} needs a graphology graph (it reads ${reads}); this context was built from columns`, [
      { path: [], message: `load the data with loadGraph / buildSocialGraph (not loadContext / contextFromColumns) to use ${owner}` },
    ]);
  }
}

/** @internal What {@link contextSteps} hands the constructor. */
interface ContextParts {
  readonly source: ContextSource;
  readonly view: ResolvedView;
  readonly directed: boolean;
  readonly keys: readonly string[];
  readonly graphKeys: readonly string[];
  readonly graphIndex: ReadonlyMap<string, number> | undefined;
  readonly edges: EdgeColumns;
  readonly asOf: number | null;
  readonly warnings: readonly Warning[];
  readonly out: Csr;
}

/**
 * @internal Builds the context of `source` under `view` as a resumable computation: it asks `pause`
 * whether a time slice has passed while it reads the graph's records, after the view is applied and
 * before the CSR is built, and yields when one has (the async scorers then give the event loop a
 * turn). Driven to its end without pausing, it is the synchronous build. Nothing is cached here.
 */
export function* contextSteps(source: ContextSource, view: ResolvedView, pause: () => boolean): Resumable<ScoringContext> {
  const warnings: Warning[] = [];
  let directed: boolean;
  let keys: readonly string[];
  let graphKeys: readonly string[];
  let graphIndex: Map<string, number> | undefined;
  let table;
  if (source instanceof ColumnarGraph) {
    directed = view.directed ?? source.directed;
    keys = graphKeys = source.keys;
    table = source.table(view);
  } else {
    directed = view.directed ?? source.type !== 'undirected';
    const nodes = source.nodes();
    graphKeys = nodes;
    keys = nodes.some(isEscapedKey) ? nodes.map(fromGraphKey) : nodes;
    const index = (): Map<string, number> => (graphIndex ??= indexMap(nodes));
    // A graph built by a loader and unchanged since: its columns, not its m records.
    table = seededTable(source, index, view, nodes) ?? (yield* tableSteps(source, index, view, nodes, pause));
  }
  const n = keys.length;
  if (n === 0) warnings.push(warning('EMPTY_GRAPH', 'the graph is empty (0 nodes): every score vector is empty'));
  if (pause()) yield;
  const { edges, asOf } = applyView(table, view, warnings, keys);
  if (pause()) yield;
  const out = arcsCsr(n, edges, directed ? 'forward' : 'both');
  return new ScoringContext({ source, view, directed, keys, graphKeys, graphIndex, edges, asOf, warnings, out });
}

function indexMap(keys: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i], i);
  return map;
}

/**
 * @internal The CSR of the view's arcs: `forward` reads directed edges one way and undirected ones
 * both ways, `both` reads every edge both ways. `weight` is one value per edge (default the view's).
 */
export function arcsCsr(n: number, edges: EdgeColumns, mode: 'forward' | 'both', weight: Float64Array = edges.weight): Csr {
  if (mode === 'both') return buildCsr(n, edges.src, edges.dst, weight, true);
  // The common case, a purely directed view, reads the edge columns in place.
  if (edges.undirectedCount === 0) return buildCsr(n, edges.src, edges.dst, weight);
  const undirected = edges.undirected;
  const m = edges.length + edges.undirectedCount;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const w = new Float64Array(m);
  let k = 0;
  for (let e = 0; e < edges.length; e++) {
    src[k] = edges.src[e];
    dst[k] = edges.dst[e];
    w[k++] = weight[e];
    if (undirected[e]) {
      src[k] = edges.dst[e];
      dst[k] = edges.src[e];
      w[k++] = weight[e];
    }
  }
  return buildCsr(n, src, dst, w);
}
