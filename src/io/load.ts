/**
 * loadGraph and loadContext: one front end for every file format. Both resolve the format, the
 * sidecar and the direction by the same rules (sidecar.ts), read edge tables through the same
 * streaming reader (CSV/TSV: byte-level fast path + csv-parse; Parquet: hyparquet), and stop with a
 * typed `TOO_LARGE` error at the limits (limits.ts). loadGraph then builds a graphology graph;
 * loadContext keeps the columns (tens of bytes per edge) and never builds one.
 */
import type { AbstractGraph } from 'graphology-types';
import { constants } from 'node:buffer';
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { fromGraphKey } from '../core/graph-key.js';
import { parseOptions } from '../core/options.js';
import type { BuildSocialGraphOptions } from '../graph/build-social-graph.js';
import { type EdgeCsvOptions, type EdgeList, edgeCsvOptionsSchema, type ResolvedEdgeCsvOptions } from '../graph/edge-list/edge-list.js';
import { graphFromEdgeList } from '../graph/edge-list/to-graph.js';
import { parseGraphologyJson, type GraphologyJsonOptions } from '../graph/graphology-json.js';
import { parseNdjson } from '../graph/ndjson.js';
import { parseGexf, parseGraphml } from '../graph/xml-formats.js';
import { getScoringContext } from '../context/cache.js';
import { ColumnarGraph } from '../context/columnar-graph.js';
import type { ScoringContext } from '../context/context.js';
import { tableFromGraph } from '../context/edge-table.js';
import type { ViewOptions } from '../context/view.js';
import { describeSource, type InputSource, inputChunks } from './input-bytes.js';
import { COLUMNS_HINT, GRAPH_HINT, guardAllocation, heapCheck, type LoadLimits, type ResolvedLimits, resolveLimits } from './limits.js';
import { readCsvEdgeList } from './read-edge-list.js';
import { readParquetEdgeList } from './read-parquet.js';
import { chooseDirection, type Direction, findSidecar, sidecarLabels, sidecarNodes, type SidecarLookup } from './sidecar.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/** File formats the loaders read. */
export type GraphFileFormat = 'csv' | 'tsv' | 'ndjson' | 'json' | 'gexf' | 'graphml' | 'parquet';

const EXTENSIONS: readonly [string, GraphFileFormat][] = [
  ['.csv', 'csv'],
  ['.tsv', 'tsv'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
  ['.json', 'json'],
  ['.gexf', 'gexf'],
  ['.graphml', 'graphml'],
  ['.parquet', 'parquet'],
];

/**
 * The format a path names: `.csv`, `.tsv`, `.ndjson`/`.jsonl`, `.json`, `.parquet`, each optionally followed by `.gz`.
 *
 * @example
 * ```ts
 * formatOf('data/polblogs.csv.gz'); // 'csv'
 * ```
 */
export function formatOf(path: string): GraphFileFormat | undefined {
  checkArguments('formatOf', [path], [['path', argument.string]]);
  const name = path.toLowerCase().replace(/\.gz$/, '');
  return EXTENSIONS.find(([ext]) => name.endsWith(ext))?.[1];
}

const limitsSchema = z.strictObject({
  maxEdges: z.int().positive().optional(),
  maxNodes: z.int().positive().optional(),
  maxLineBytes: z.int().positive().optional(),
  maxBytes: z.number().positive().optional(),
  maxHeapBytes: z.number().positive().optional(),
});

// Each reader validates its own options; these check the shape, so a key that belongs one level
// down (`{ directed: false }` instead of `{ csv: { directed: false } }`) is an error.
const loadGraphOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'tsv', 'ndjson', 'json', 'gexf', 'graphml', 'parquet']).optional(),
  csv: z.custom<EdgeCsvOptions>().optional(),
  ndjson: z.custom<BuildSocialGraphOptions>().optional(),
  json: z.custom<GraphologyJsonOptions>().optional(),
  meta: z.union([z.string().min(1), z.literal(false)]).optional(),
  limits: z.custom<LoadLimits>().optional(),
});

const loadContextOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'tsv', 'ndjson', 'parquet']).optional(),
  csv: z.custom<EdgeCsvOptions>().optional(),
  ndjson: z.custom<BuildSocialGraphOptions>().optional(),
  meta: z.union([z.string().min(1), z.literal(false)]).optional(),
  view: z.custom<ViewOptions>().optional(),
  limits: z.custom<LoadLimits>().optional(),
});

/** Options of {@link loadGraph}: the format (when the extension does not tell) and each loader's options. */
export interface LoadGraphOptions {
  /** Force a format instead of reading it from the extension. @defaultValue from the extension (a stream: `'csv'`) */
  format?: GraphFileFormat;
  /** Options for CSV/TSV/Parquet edge lists (TSV sets `delimiter: '\t'`). `directed` overrides the sidecar. @defaultValue `{}` */
  csv?: EdgeCsvOptions;
  /** Options for NDJSON records. @defaultValue `{}` */
  ndjson?: BuildSocialGraphOptions;
  /** Options for graphology JSON. @defaultValue `{}` */
  json?: GraphologyJsonOptions;
  /** The metadata sidecar of an edge table: a path, or `false` to ignore it. @defaultValue the sibling `NAME.json`, when there is one */
  meta?: string | false;
  /** Limits of this load (rows, ids, decompressed bytes, heap). @defaultValue see {@link LoadLimits} */
  limits?: LoadLimits;
}

/** Options of {@link loadContext}. */
export interface LoadContextOptions {
  /** Force a format instead of reading it from the extension. JSON (a graphology export) is a graph: use loadGraph. @defaultValue from the extension (a stream: `'csv'`) */
  format?: Exclude<GraphFileFormat, 'json' | 'gexf' | 'graphml'>;
  /** Options for CSV/TSV/Parquet edge lists (column renames, delimiter, timeUnit, nodes, directed). @defaultValue `{}` */
  csv?: EdgeCsvOptions;
  /** Options for NDJSON records. @defaultValue `{}` */
  ndjson?: BuildSocialGraphOptions;
  /** The metadata sidecar of an edge table: a path, or `false` to ignore it. @defaultValue the sibling `NAME.json`, when there is one */
  meta?: string | false;
  /** The view of the returned context. @defaultValue all edges */
  view?: ViewOptions;
  /** Limits of this load. @defaultValue see {@link LoadLimits} */
  limits?: LoadLimits;
}

/** What a load did: which path it took, how it chose the direction, what it read. */
export interface LoadInfo {
  /** `'graphology'` (loadGraph) or `'columns'` (loadContext: no graphology graph). */
  readonly path: 'graphology' | 'columns';
  readonly format: GraphFileFormat;
  /** The file, or "the input stream". */
  readonly source: string;
  readonly directed: boolean;
  /** How the direction was chosen (option, sidecar, the format itself, or the default). */
  readonly direction: Direction;
  readonly metaPath: string | null;
  /** Node id → label, from the sidecar. */
  readonly labels: ReadonlyMap<string, string> | null;
  readonly nodes: number;
  readonly edges: number;
  /** For CSV/TSV: the line from which csv-parse took over from the fast path, or null (fast path throughout). */
  readonly fallbackLine: number | null;
  readonly elapsedMs: number;
  /** Notes for people (e.g. a sibling .json that is not a sidecar). */
  readonly notes: readonly string[];
}

const infos = new WeakMap<object, LoadInfo>();

/**
 * What the load that produced `loaded` (a graph from loadGraph, a context from loadContext) did:
 * the path, the direction and why, the sidecar, the counts.
 *
 * @example
 * ```ts
 * const ctx = await loadContext('follows.csv');
 * loadInfo(ctx)?.direction.reason; // 'directed (as follows.json says)'
 * ```
 */
export function loadInfo(loaded: AbstractGraph | ScoringContext | ColumnarGraph): LoadInfo | undefined {
  checkArguments('loadInfo', [loaded], [['loaded', argument.object]]);
  return infos.get(loaded) ?? ('source' in loaded && loaded.source ? infos.get(loaded.source) : undefined);
}

function formatFor(source: InputSource, format: GraphFileFormat | undefined): GraphFileFormat {
  if (format !== undefined) {
    if (!EXTENSIONS.some(([, f]) => f === format)) {
      throw new InfluenceScoreError('INVALID_OPTION', `Unknown format ${JSON.stringify(format)}`, [{ path: ['format'], field: 'format', message: 'use csv, tsv, ndjson, json, gexf, graphml or parquet' }]);
    }
    return format;
  }
  if (typeof source !== 'string') return 'csv';
  const found = formatOf(source);
  if (found === undefined) {
    throw new InfluenceScoreError('UNSUPPORTED', `Cannot tell the format of ${source}`, [
      { path: [source], message: 'use a .csv, .tsv, .ndjson, .jsonl, .json, .gexf, .graphml or .parquet file (optionally .gz), or pass `format`' },
    ]);
  }
  return found;
}

const isEdgeTable = (format: GraphFileFormat): boolean => format === 'csv' || format === 'tsv' || format === 'parquet';

interface Prepared {
  format: GraphFileFormat;
  label: string;
  lookup: SidecarLookup;
  direction: Direction;
  csv: ResolvedEdgeCsvOptions;
  limits: ResolvedLimits;
}

function prepare(source: InputSource, format: GraphFileFormat | undefined, csv: EdgeCsvOptions | undefined, meta: string | false | undefined, limits: LoadLimits | undefined): Prepared {
  const chosen = formatFor(source, format);
  const resolvedLimits = resolveLimits(parseOptions(limitsSchema, limits ?? {}, 'limits'));
  const lookup = findSidecar(typeof source === 'string' ? source : null, meta, isEdgeTable(chosen));
  const direction = chooseDirection(csv?.directed, lookup);
  const nodes = csv?.nodes ?? sidecarNodes(lookup, resolvedLimits.maxNodes);
  const resolved = parseOptions(edgeCsvOptionsSchema, { ...(chosen === 'tsv' ? { delimiter: '\t' } : {}), ...csv, directed: direction.directed, ...(nodes ? { nodes } : {}) }, 'csv');
  return { format: chosen, label: describeSource(source), lookup, direction, csv: resolved, limits: resolvedLimits };
}

async function readEdgeTable(source: InputSource, p: Prepared, keepExtras: boolean, hint: string): Promise<EdgeList> {
  const settings = { keepExtras, hint, limits: p.limits, checkMemory: heapCheck(p.limits, hint) };
  if (p.format === 'parquet') return readParquetEdgeList(source, p.csv, settings, p.limits.maxBytes);
  return readCsvEdgeList(source, p.csv, settings, p.limits.maxBytes);
}

/** The whole text of a JSON or NDJSON input, within the byte cap and the longest string V8 can make. */
async function readText(source: InputSource, limits: ResolvedLimits, hint: string): Promise<string> {
  const label = describeSource(source);
  const cap = Math.min(limits.maxBytes, constants.MAX_STRING_LENGTH);
  const parts: Uint8Array[] = [];
  const checkMemory = heapCheck(limits, hint, 'chunks');
  let size = 0;
  try {
    for await (const chunk of inputChunks(source, limits.maxBytes)) {
      size += chunk.length;
      // The chunks are held until the text is whole: a gzip bomb stops at the memory limit, not the string limit.
      if ((parts.length & 63) === 63) checkMemory(parts.length + 1);
      if (size > cap) {
        throw new InfluenceScoreError('TOO_LARGE', `${label} is larger than ${cap.toLocaleString('en-US')} bytes, the most this format can be read as one text`, [{ path: [label], message: hint }]);
      }
      parts.push(chunk);
    }
  } catch (error) {
    // The byte cap of inputChunks, reworded with what to do for a whole-text format.
    if (error instanceof InfluenceScoreError && error.code === 'TOO_LARGE' && error.issues[0]?.message !== hint) {
      throw new InfluenceScoreError('TOO_LARGE', error.message, [{ path: [label], message: hint }]);
    }
    throw error;
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(parts));
}

/** What one load found, besides what `prepare` resolved before reading. */
type LoadOutcome = Pick<LoadInfo, 'path' | 'direction' | 'nodes' | 'edges' | 'fallbackLine'>;

/** Records the {@link LoadInfo} of `loaded`: the outcome, the prepared settings, the time since `started`. */
function register<T extends object>(loaded: T, p: Prepared, outcome: LoadOutcome, started: number): T {
  infos.set(loaded, {
    ...outcome,
    format: p.format,
    source: p.label,
    directed: outcome.direction.directed,
    metaPath: p.lookup.metaPath,
    labels: sidecarLabels(p.lookup),
    elapsedMs: performance.now() - started,
    notes: p.lookup.notes,
  });
  return loaded;
}

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
export async function loadGraph(source: InputSource, options: LoadGraphOptions = {}): Promise<AbstractGraph> {
  const started = performance.now();
  options = parseOptions(loadGraphOptionsSchema, options, 'loadGraph');
  const p = prepare(source, options.format, options.csv, options.meta, options.limits);
  return guardAllocation(async () => {
    let graph: AbstractGraph;
    let fallbackLine: number | null = null;
    let direction = p.direction;
    if (isEdgeTable(p.format)) {
      const list = await readEdgeTable(source, p, true, GRAPH_HINT);
      fallbackLine = list.fallbackLine ?? null;
      const check = heapCheck(p.limits, GRAPH_HINT);
      graph = graphFromEdgeList(list, check);
    } else {
      const text = await readText(source, p.limits, 'split the input, or convert it to CSV or Parquet and use loadContext');
      graph = p.format === 'ndjson' ? parseNdjson(text, options.ndjson, p.limits) : p.format === 'gexf' ? parseGexf(text, undefined, p.limits) : p.format === 'graphml' ? parseGraphml(text, undefined, p.limits) : parseGraphologyJson(text, options.json, p.limits);
      direction = { directed: graph.type !== 'undirected', by: 'format', reason: `${graph.type === 'undirected' ? 'undirected' : 'directed'} (the ${p.format === 'ndjson' ? 'records format is directed' : "graph's own type"})` };
    }
    return register(graph, p, { path: 'graphology', direction, nodes: graph.order, edges: graph.size, fallbackLine }, started);
  }, GRAPH_HINT);
}

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
export async function loadContext(source: InputSource, options: LoadContextOptions = {}): Promise<ScoringContext> {
  checkArguments('loadContext', [source, options], [['source', argument.inputSource], ['options', argument.options]]);
  const started = performance.now();
  if (options?.format === ('json' as never) || (typeof source === 'string' && options.format === undefined && formatOf(source) === 'json')) {
    throw new InfluenceScoreError('UNSUPPORTED', 'loadContext reads edge tables (CSV, TSV, Parquet) and NDJSON records; a graphology JSON export is a graph', [
      { path: [describeSource(source)], message: 'use loadGraph for graphology JSON' },
    ]);
  }
  options = parseOptions(loadContextOptionsSchema, options, 'loadContext');
  const p = prepare(source, options.format, options.csv, options.meta, options.limits);
  return guardAllocation(async () => {
    let columns: ColumnarGraph;
    let fallbackLine: number | null = null;
    let direction = p.direction;
    if (p.format === 'ndjson') {
      const text = await readText(source, p.limits, 'split the records, or export the edges as CSV or Parquet');
      columns = columnsOfGraph(parseNdjson(text, options.ndjson, p.limits));
      direction = { directed: true, by: 'format', reason: 'directed (the records format is directed)' };
    } else {
      const list = await readEdgeTable(source, p, false, COLUMNS_HINT);
      fallbackLine = list.fallbackLine ?? null;
      columns = new ColumnarGraph({
        keys: list.keys,
        directed: list.directed,
        src: list.src,
        dst: list.dst,
        weight: list.weight && emptyCellsWeighOne(list.weight),
        time: list.time,
        type: list.type,
        typeNames: list.typeNames,
        nodeAttributes: new Map(),
      });
    }
    register(columns, p, { path: 'columns', direction, nodes: columns.order, edges: columns.size, fallbackLine }, started);
    return getScoringContext(columns, options.view);
  }, COLUMNS_HINT);
}
