/** loadContext: an edge table or NDJSON records into a ScoringContext, without a graphology graph. */
import { InfluenceScoreError } from '../../core/errors.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { warning, type Warning } from '../../core/warnings.js';
import { parseOptions } from '../../core/options.js';
import { getScoringContext } from '../../context/cache.js';
import { ColumnarGraph } from '../../context/columnar-graph.js';
import type { ScoringContext } from '../../context/context.js';
import type { EdgeList } from '../../graph/edge-list/edge-list.js';
import { describeSource, type InputSource } from '../input-bytes.js';
import { COLUMNS_HINT, guardAllocation } from '../limits.js';
import { readEdgeTable } from './edge-table.js';
import { formatOf } from './format.js';
import { register } from './info.js';
import { type LoadContextOptions, loadContextOptionsSchema, type LoadRun, prepare } from './options.js';
import { runControl } from '../../core/run.js';
import { recordsValidated } from './graph.js';
import { columnsOfRecords } from './records-columns.js';
import { withinRecordLimits } from '../../graph/ndjson.js';
import { hasTables, readTables, tableColumns, type Tables } from './tables.js';
import { readText } from './whole-text.js';

/** An empty weight cell (NaN in the edge list) is weight 1, as on the graph path; rewritten in place. */
function emptyCellsWeighOne(weight: Float64Array): Float64Array {
  for (let e = 0; e < weight.length; e++) if (weight[e] !== weight[e]) weight[e] = 1;
  return weight;
}

/** A DROPPED_COLUMNS warning: columns a columnar load read past, named (never dropped silently). */
export function droppedColumnsWarning(dropped: readonly string[]): Warning[] {
  if (dropped.length === 0) return [];
  const names = dropped.map((d) => JSON.stringify(d)).join(', ');
  return [warning('DROPPED_COLUMN', `column${dropped.length > 1 ? 's' : ''} ${names} ${dropped.length > 1 ? 'are' : 'is'} not read on the columnar path (it keeps source, target, weight, type, time, topics, sentiment and post); use loadGraph to keep ${dropped.length > 1 ? 'them' : 'it'} as edge attributes`)];
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
 * NDJSON records are validated by `buildSocialGraph`'s schemas and written straight into columns
 * (node attributes, posts, post links, topics, sentiment), no graph built. `posts` and `accounts`
 * tables join the records or the edge table; `run` takes `signal` and `onProgress` (bytes read). Errors: `INVALID_INPUT` naming line and field,
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
  checkArguments('loadContext', [source, options, run], [['source', argument.inputSource], ['options', argument.options], ['run', argument.options]]);
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
      columns = columnsOfRecords(recordsValidated(text, tables, options.ndjson, p.limits));
      withinRecordLimits(columns.size, columns.order, p.limits);
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
