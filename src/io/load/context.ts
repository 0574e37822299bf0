/** loadContext: an edge table or NDJSON records into a ScoringContext, without a graphology graph. */
import type { AbstractGraph } from 'graphology-types';
import { InfluenceScoreError } from '../../core/errors.js';
import { fromGraphKey } from '../../core/graph-key.js';
import { parseOptions } from '../../core/options.js';
import { getScoringContext } from '../../context/cache.js';
import { ColumnarGraph } from '../../context/columnar-graph.js';
import type { ScoringContext } from '../../context/context.js';
import { tableFromGraph } from '../../context/edge-table.js';
import type { EdgeList } from '../../graph/edge-list/edge-list.js';
import { describeSource, type InputSource } from '../input-bytes.js';
import { COLUMNS_HINT, guardAllocation } from '../limits.js';
import { readEdgeTable } from './edge-table.js';
import { formatOf } from './format.js';
import { register } from './info.js';
import { type LoadContextOptions, loadContextOptionsSchema, type LoadRun, prepare } from './options.js';
import { runControl } from '../../core/run.js';
import { recordsGraph } from './graph.js';
import { hasTables, readTables, tableColumns, type Tables } from './tables.js';
import { readText } from './whole-text.js';

/** The columns of a (records) graph: the same edge table a context would read, node and graph attributes kept. */
function columnsOfGraph(graph: AbstractGraph): ColumnarGraph {
  const graphKeys = graph.nodes();
  const table = tableFromGraph(graph, () => new Map(graphKeys.map((k, i) => [k, i])), { weight: 'weight', typeAttribute: 'type', timeAttribute: 'time' }, graphKeys);
  const nodeAttributes = new Map<string, unknown[]>();
  graphKeys.forEach((key, i) => {
    const attrs = graph.getNodeAttributes(key);
    for (const name of Object.keys(attrs)) {
      let column = nodeAttributes.get(name);
      if (!column) nodeAttributes.set(name, (column = new Array(graphKeys.length)));
      column[i] = attrs[name];
    }
  });
  const graphAttributes = new Map(Object.entries(graph.getAttributes()));
  // Other edge attributes (an interaction's `post`) stay as columns: engagement reads them.
  const edgeAttributes = new Map<string, unknown[]>();
  let e = 0;
  graph.forEachEdge((_key, attrs) => {
    for (const name of Object.keys(attrs)) {
      if (name === 'type' || name === 'time' || name === 'weight') continue;
      let column = edgeAttributes.get(name);
      if (!column) edgeAttributes.set(name, (column = new Array(graph.size)));
      column[e] = attrs[name];
    }
    e++;
  });
  return new ColumnarGraph({
    keys: graphKeys.map(fromGraphKey),
    directed: graph.type !== 'undirected',
    src: table.src,
    dst: table.dst,
    // The table leaves weights out when all are 1; these columns always carry them, as before.
    weight: table.weight ?? new Float64Array(table.length).fill(1),
    time: table.time,
    type: table.type,
    typeNames: table.typeNames,
    nodeAttributes,
    graphAttributes,
    edgeAttributes,
  });
}

/** An empty weight cell (NaN in the edge list) is weight 1, as on the graph path; rewritten in place. */
function emptyCellsWeighOne(weight: Float64Array): Float64Array {
  for (let e = 0; e < weight.length; e++) if (weight[e] !== weight[e]) weight[e] = 1;
  return weight;
}

/** A DROPPED_COLUMNS warning: columns a columnar load read past, named (never dropped silently). */
export function droppedColumnsWarning(dropped: readonly string[]): string[] {
  if (dropped.length === 0) return [];
  const names = dropped.map((d) => JSON.stringify(d)).join(', ');
  return [`column${dropped.length > 1 ? 's' : ''} ${names} ${dropped.length > 1 ? 'are' : 'is'} not read on the columnar path (it keeps source, target, weight, type, time, topics, sentiment and post); use loadGraph to keep ${dropped.length > 1 ? 'them' : 'it'} as edge attributes`];
}

/** The columns of an edge list: role columns typed, topics, sentiment and post as edge attributes. */
function columnsOfEdgeList(list: EdgeList, tables: Tables): ColumnarGraph {
  const keys = hasTables(tables) ? [...list.keys] : list.keys;
  const joined = hasTables(tables) ? tableColumns(keys as string[], tables) : { nodeAttributes: new Map(), graphAttributes: new Map() };
  return new ColumnarGraph({
    keys,
    directed: list.directed,
    src: list.src,
    dst: list.dst,
    weight: list.weight && emptyCellsWeighOne(list.weight),
    time: list.time,
    type: list.type,
    typeNames: list.typeNames,
    nodeAttributes: joined.nodeAttributes,
    graphAttributes: joined.graphAttributes,
    edgeAttributes: new Map(list.extras.map((extra) => [extra.name, extra.values])),
    warnings: droppedColumnsWarning(list.dropped ?? []),
  });
}

/**
 * Streams an edge table (CSV or TSV, optionally gzipped; Parquet) or NDJSON records into a
 * {@link ScoringContext} without building a graphology graph: typed columns, tens of bytes per edge.
 * Header conventions, column renames, the metadata sidecar and the direction rule are those of
 * {@link loadGraph} (the same code); the same view gives bit-identical scores on either. CSV lines
 * take a byte-level fast path; from the first quoted or unusual line csv-parse reads the rest.
 * NDJSON records go through `buildSocialGraph` (its node attributes and posts are kept as columns),
 * so they are not the format for bulk data. Errors: `INVALID_INPUT` naming line and field,
 * `TOO_LARGE` naming the limit (rows, ids, bytes, heap) and what to do.
 *
 * @example
 * ```ts
 * import { loadContext } from 'influence-score/node';
 * const ctx = await loadContext('exports/follows.csv.gz', { csv: { columns: { source: 'follower', target: 'followee' } } });
 * pagerank().score(ctx).top(10);
 * ```
 */
export async function loadContext(source: InputSource, options: LoadContextOptions = {}, run?: LoadRun): Promise<ScoringContext> {
  const started = performance.now();
  if (options?.format === ('json' as never) || (typeof source === 'string' && options.format === undefined && formatOf(source) === 'json')) {
    throw new InfluenceScoreError('UNSUPPORTED', 'loadContext reads edge tables (CSV, TSV, Parquet) and NDJSON records; a graphology JSON export is a graph', [
      { path: [describeSource(source)], message: 'use loadGraph for graphology JSON' },
    ]);
  }
  options = parseOptions(loadContextOptionsSchema, options, 'loadContext');
  const p = prepare(source, options.format, options.csv, options.meta, options.limits);
  const control = runControl(run, 'loadContext');
  return guardAllocation(async () => {
    const tables = await readTables(options, p.limits, control);
    let columns: ColumnarGraph;
    let fallbackLine: number | null = null;
    let direction = p.direction;
    if (p.format === 'ndjson') {
      const text = await readText(source, p.limits, 'split the records, or export the edges as CSV or Parquet', control);
      columns = columnsOfGraph(recordsGraph(text, tables, options.ndjson));
      direction = { directed: true, by: 'format', reason: 'directed (the records format is directed)' };
    } else {
      const list = await readEdgeTable(source, p, 'content', COLUMNS_HINT, control);
      fallbackLine = list.fallbackLine ?? null;
      columns = columnsOfEdgeList(list, tables);
    }
    control.check();
    register(columns, p, { path: 'columns', direction, nodes: columns.order, edges: columns.size, fallbackLine, notes: tables.notes }, started);
    return getScoringContext(columns, options.view);
  }, COLUMNS_HINT);
}
