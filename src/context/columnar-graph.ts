/**
 * A graph held only as edge columns (no graphology graph): node ids, source/target indices and the
 * optional weight, time and type of each edge, plus optional per-node attribute columns. Tens of
 * bytes per edge where a graphology graph costs hundreds. Views are applied to it exactly as to a
 * graph read into the same table (see edges.ts), so both paths give the same contexts.
 */
import { InfluenceScoreError } from '../core/errors.js';
import type { Warning } from '../core/warnings.js';
import type { EdgeColumns } from '../graph/edge-list/edge-list.js';
import { type EdgeTable, tableOfColumns } from './edge-table.js';
import type { ResolvedView } from './view.js';

/** @internal The validated columns of a columnar graph (see `contextFromColumns`). */
export interface ColumnarGraphData extends EdgeColumns {
  readonly keys: readonly string[];
  readonly directed: boolean;
  /** Finite weights ≥ 0, or null (every weight 1). */
  readonly weight: Float64Array | null;
  /** Node attribute name → values index-aligned with `keys`. */
  readonly nodeAttributes: ReadonlyMap<string, ArrayLike<unknown>>;
  /** Graph-level attributes (e.g. `posts`, as the records loaders set them). */
  readonly graphAttributes?: ReadonlyMap<string, unknown>;
  /** Other per-edge values (e.g. the `post` an interaction points at), read by engagement. */
  readonly edgeAttributes?: ReadonlyMap<string, ArrayLike<unknown>>;
  /** What the load that made these columns changed without being asked (e.g. a column it did not keep); every context of them carries these. */
  readonly warnings?: readonly Warning[];
}

/** The edge columns a columnar context reads; built by `contextFromColumns` and `loadContext`. */
export class ColumnarGraph {
  /** Node ids; index i of every column is node `keys[i]`. */
  readonly keys: readonly string[];
  /** Whether the edges are directed. */
  readonly directed: boolean;
  /** Number of edges. */
  readonly size: number;
  /** @internal The load's warnings (see {@link ColumnarGraphData.warnings}). */
  readonly warnings: readonly Warning[];
  private readonly data: ColumnarGraphData;
  private undirected: Uint8Array | null = null;

  /** @internal Use `contextFromColumns`. */
  constructor(data: ColumnarGraphData) {
    this.data = data;
    this.keys = data.keys;
    this.directed = data.directed;
    this.size = data.src.length;
    this.warnings = data.warnings ?? [];
  }

  /** Whether the columns include edge weights. */
  get hasWeights(): boolean {
    return this.data.weight !== null;
  }

  /** Number of nodes. */
  get order(): number {
    return this.keys.length;
  }

  /** @internal Node `i`'s attribute, undefined when absent. */
  nodeAttribute(i: number, attribute: string): unknown {
    return this.data.nodeAttributes.get(attribute)?.[i];
  }

  /** @internal A graph-level attribute, undefined when absent. */
  graphAttribute(name: string): unknown {
    return this.data.graphAttributes?.get(name);
  }

  /**
   * @internal Visits every edge with its attributes as a graph would hold them (`type`, `time`,
   * `weight` when present, plus the other edge columns).
   */
  forEachEdge(visit: (e: number, attributes: Record<string, unknown>, source: number, target: number) => void): void {
    const { src, dst, weight, time, type, typeNames, edgeAttributes } = this.data;
    const extra = [...(edgeAttributes ?? [])];
    for (let e = 0; e < this.size; e++) {
      const attributes: Record<string, unknown> = {};
      if (type !== null && type[e] >= 0) attributes.type = typeNames[type[e]];
      if (time !== null && time[e] === time[e]) attributes.time = time[e];
      if (weight !== null) attributes.weight = weight[e];
      for (const [name, values] of extra) if (values[e] !== undefined) attributes[name] = values[e];
      visit(e, attributes, src[e], dst[e]);
    }
  }

  /** @internal Names of the node attribute columns. */
  nodeAttributeNames(): string[] {
    return [...this.data.nodeAttributes.keys()];
  }

  /**
   * @internal The edge table `view` reads. Columns have fixed roles (weight, type, time), so a view
   * naming another edge attribute is refused rather than silently read as missing.
   */
  table(view: ResolvedView): EdgeTable {
    const wrong: string[] = [];
    if (view.weight !== null && view.weight !== 'weight') wrong.push(`weight: '${view.weight}'`);
    if (view.typeAttribute !== 'type') wrong.push(`typeAttribute: '${view.typeAttribute}'`);
    if (view.timeAttribute !== 'time') wrong.push(`timeAttribute: '${view.timeAttribute}'`);
    if (wrong.length > 0) {
      throw new InfluenceScoreError('UNSUPPORTED', `A context built from columns has only the weight, type and time columns; the view asks for ${wrong.join(', ')}`, [
        { path: ['view'], field: wrong[0].split(':')[0], message: 'pass that column as the weight / type / time column when building the context (e.g. loadContext columns: { weight: "p" }), or use a graphology graph' },
      ]);
    }
    if (!this.directed) this.undirected ??= new Uint8Array(this.size).fill(1);
    return tableOfColumns(this.data, {
      weighted: view.weight !== null,
      undirected: this.undirected,
      describe: (e) => ({ path: ['edges', e], message: `edge ${e} is invalid` }),
    });
  }
}
