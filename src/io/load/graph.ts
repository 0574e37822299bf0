/** loadGraph: any graph file into a graphology graph. */
import type { AbstractGraph } from 'graphology-types';
import { parseOptions } from '../../core/options.js';
import { graphFromEdgeList } from '../../graph/edge-list/to-graph.js';
import { parseGraphologyJson } from '../../graph/graphology-json.js';
import { ndjsonGraph, ndjsonRecords, parseNdjson } from '../../graph/ndjson.js';
import type { ReadLimits } from '../../graph/edge-list/edge-list.js';
import { type BuildSocialGraphOptions, type Validated, validatedRecords } from '../../graph/build-social-graph.js';
import type { SocialGraph } from '../../graph/social-graph.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { runControl } from '../../core/run.js';
import { addTablesToGraph, hasTables, readTables, type Tables, withTableRecords } from './tables.js';
import { parseGexf, parseGraphml } from '../../graph/xml-formats.js';
import type { InputSource } from '../input-bytes.js';
import { GRAPH_HINT, guardAllocation, heapCheck } from '../limits.js';
import { readEdgeTable } from './edge-table.js';
import { isEdgeTable } from './format.js';
import { register } from './info.js';
import { type LoadGraphOptions, loadGraphOptionsSchema, type LoadRun, prepare } from './options.js';
import { readText } from './whole-text.js';

/**
 * Reads a graph file into a graphology graph, picking the loader from the extension (`.csv`,
 * `.tsv`, `.ndjson`, `.jsonl`, `.json`, `.parquet`, each optionally gzipped as `.gz`). Edge tables
 * (CSV, TSV, Parquet) read their metadata sidecar (`NAME.json`: `directed`, `nodes`) as the CLI does;
 * {@link loadInfo} says how the direction was chosen. Errors are `InfluenceScoreError`s:
 * `INVALID_INPUT` for an unreadable file or bad content (issues name the line and field),
 * `UNSUPPORTED` for an unknown extension, `TOO_LARGE` past a limit (see {@link LoadLimits}).
 *
 * @example
 * ```ts
 * import { loadGraph } from 'influence-score/node';
 * const graph = await loadGraph('data/polblogs.csv.gz', { csv: { directed: true } });
 * ```
 */
export async function loadGraph(source: InputSource, options: LoadGraphOptions = {}, run?: LoadRun): Promise<AbstractGraph> {
  const started = performance.now();
  options = parseOptions(loadGraphOptionsSchema, options, 'loadGraph');
  const p = prepare(source, options.format, options.csv, options.meta, options.limits);
  const control = runControl(run, 'loadGraph');
  return guardAllocation(async () => {
    const tables = await readTables(options, p.limits, control);
    let graph: AbstractGraph;
    let fallbackLine: number | null = null;
    let direction = p.direction;
    if (isEdgeTable(p.format)) {
      const list = await readEdgeTable(source, p, 'all', GRAPH_HINT, control);
      fallbackLine = list.fallbackLine ?? null;
      const check = heapCheck(p.limits, GRAPH_HINT);
      graph = graphFromEdgeList(list, check);
      if (hasTables(tables)) addTablesToGraph(graph, tables);
    } else {
      const text = await readText(source, p.limits, 'split the input, or convert it to CSV or Parquet and use loadContext', control);
      if (p.format !== 'ndjson' && hasTables(tables)) throw tablesNeedRecords(p.format);
      graph = p.format === 'ndjson' ? recordsGraph(text, tables, options.ndjson, p.limits) : p.format === 'gexf' ? parseGexf(text, undefined, p.limits) : p.format === 'graphml' ? parseGraphml(text, undefined, p.limits) : parseGraphologyJson(text, options.json, p.limits);
      direction = { directed: graph.type !== 'undirected', by: 'format', reason: `${graph.type === 'undirected' ? 'undirected' : 'directed'} (the ${p.format === 'ndjson' ? 'records format is directed' : "graph's own type"})` };
    }
    control.check();
    return register(graph, p, { path: 'graphology', direction, nodes: graph.order, edges: graph.size, fallbackLine, notes: tables.notes }, started);
  }, GRAPH_HINT);
}

/** @internal The social graph of NDJSON records, with the tables' records joined. */
export function recordsGraph(text: string, tables: Tables, options: BuildSocialGraphOptions | undefined, limits: ReadLimits): SocialGraph {
  if (!hasTables(tables)) return parseNdjson(text, options, limits);
  const { records, lines } = withTableRecords(ndjsonRecords(text, limits, true), tables);
  return ndjsonGraph(records, lines, options, limits);
}

/** @internal The validated records of NDJSON text with the tables' records joined (the columnar path: no graph). */
export function recordsValidated(text: string, tables: Tables, options: BuildSocialGraphOptions | undefined, limits: ReadLimits): Validated {
  const { records, lines } = withTableRecords(ndjsonRecords(text, limits, hasTables(tables)), tables);
  return validatedRecords(records, options, (collection, index) => ({ line: lines[collection][index] }), 'Invalid NDJSON');
}

/** @internal Posts and accounts tables join records or edge tables, not a graph file. */
export function tablesNeedRecords(format: string): InfluenceScoreError {
  return new InfluenceScoreError('UNSUPPORTED', `posts and accounts tables join NDJSON records or an edge table, not a ${format} graph`, [
    { path: ['posts'], field: 'posts', message: 'give the graph as NDJSON records or as an edge table (CSV, TSV, Parquet)' },
  ]);
}
