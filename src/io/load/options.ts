/**
 * The loaders' options: their shapes (zod, checked before anything is read) and the settings both
 * loaders resolve from them the same way (format, limits, sidecar, direction, edge-table options).
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { RunOptions } from '../../core/run.js';
import type { BuildSocialGraphOptions } from '../../graph/build-social-graph.js';
import { type EdgeCsvOptions, edgeCsvOptionsSchema, type ResolvedEdgeCsvOptions } from '../../graph/edge-list/edge-list.js';
import type { GraphologyJsonOptions } from '../../graph/graphology-json.js';
import type { ViewOptions } from '../../context/view.js';
import { describeSource, type InputSource } from '../input-bytes.js';
import { type LoadLimits, type ResolvedLimits, resolveLimits } from '../limits.js';
import { chooseDirection, type Direction, findSidecar, sidecarNodes, type SidecarLookup } from '../sidecar.js';
import { formatFor, type GraphFileFormat, isEdgeTable } from './format.js';

const limitsSchema = z.strictObject({
  maxEdges: z.int().positive().optional(),
  maxNodes: z.int().positive().optional(),
  maxLineBytes: z.int().positive().optional(),
  maxBytes: z.number().positive().optional(),
  maxHeapBytes: z.number().positive().optional(),
});

// Each reader validates its own options; these check the shape, so a key that belongs one level
// down (`{ directed: false }` instead of `{ csv: { directed: false } }`) is an error.
/** @internal */
export const loadGraphOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'tsv', 'ndjson', 'json', 'gexf', 'graphml', 'parquet']).optional(),
  csv: z.custom<EdgeCsvOptions>().optional(),
  ndjson: z.custom<BuildSocialGraphOptions>().optional(),
  json: z.custom<GraphologyJsonOptions>().optional(),
  posts: z.string().min(1).optional(),
  accounts: z.string().min(1).optional(),
  meta: z.union([z.string().min(1), z.literal(false)]).optional(),
  limits: z.custom<LoadLimits>().optional(),
});

/** @internal */
export const loadContextOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'tsv', 'ndjson', 'parquet']).optional(),
  csv: z.custom<EdgeCsvOptions>().optional(),
  ndjson: z.custom<BuildSocialGraphOptions>().optional(),
  posts: z.string().min(1).optional(),
  accounts: z.string().min(1).optional(),
  meta: z.union([z.string().min(1), z.literal(false)]).optional(),
  view: z.custom<ViewOptions>().optional(),
  limits: z.custom<LoadLimits>().optional(),
});

/**
 * Run options of the loaders (the last argument): `signal` aborts the read between two chunks with
 * `ABORTED`; `onProgress(done, total)` reports bytes read of the file's size (NaN total for a stream
 * of unknown length), or rows of a Parquet file, at most every 50 ms and once at the end of each file.
 */
export type LoadRun = Pick<RunOptions, 'signal' | 'onProgress'>;

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
  /** A posts table (.csv, .tsv or .parquet; header: id, author, time, topics, sentiment, mentions, likes, …) joined to NDJSON records or an edge table. @defaultValue none */
  posts?: string;
  /** An accounts table (.csv, .tsv or .parquet; header: id, followers, createdAt, affiliation, …; other columns become attributes). @defaultValue none */
  accounts?: string;
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
  /** A posts table, as for {@link LoadGraphOptions.posts}: kept as columns. @defaultValue none */
  posts?: string;
  /** An accounts table, as for {@link LoadGraphOptions.accounts}: kept as node columns. @defaultValue none */
  accounts?: string;
  /** The metadata sidecar of an edge table: a path, or `false` to ignore it. @defaultValue the sibling `NAME.json`, when there is one */
  meta?: string | false;
  /** The view of the returned context. @defaultValue all edges */
  view?: ViewOptions;
  /** Limits of this load. @defaultValue see {@link LoadLimits} */
  limits?: LoadLimits;
}

/** @internal What both loaders resolve before reading. */
export interface Prepared {
  format: GraphFileFormat;
  label: string;
  lookup: SidecarLookup;
  direction: Direction;
  csv: ResolvedEdgeCsvOptions;
  limits: ResolvedLimits;
}

/** @internal Resolves the format, limits, sidecar, direction and edge-table options of a load. */
export function prepare(source: InputSource, format: GraphFileFormat | undefined, csv: EdgeCsvOptions | undefined, meta: string | false | undefined, limits: LoadLimits | undefined): Prepared {
  const chosen = formatFor(source, format);
  const resolvedLimits = resolveLimits(parseOptions(limitsSchema, limits ?? {}, 'limits'));
  const lookup = findSidecar(typeof source === 'string' ? source : null, meta, isEdgeTable(chosen));
  const direction = chooseDirection(csv?.directed, lookup);
  const nodes = csv?.nodes ?? sidecarNodes(lookup, resolvedLimits.maxNodes);
  // Column names: the option's win over the sidecar's, role by role.
  const columns = lookup.meta?.columns || csv?.columns ? { columns: { ...lookup.meta?.columns, ...csv?.columns } } : {};
  const resolved = parseOptions(edgeCsvOptionsSchema, { ...(chosen === 'tsv' ? { delimiter: '\t' } : {}), ...csv, ...columns, directed: direction.directed, ...(nodes ? { nodes } : {}) }, 'csv');
  return { format: chosen, label: describeSource(source), lookup, direction, csv: resolved, limits: resolvedLimits };
}

