/**
 * An edge list read from a table (CSV, TSV, NDJSON edges, Parquet) into columns: node ids interned in
 * order of first appearance, one entry per row. The graphology loaders build a graph from it; the
 * columnar loaders hand it to a ScoringContext as it is.
 */
import { z } from 'zod';

/** The roles a column can play. */
export const ROLES = ['source', 'target', 'weight', 'type', 'time', 'topics', 'sentiment'] as const;
/** A column role. */
export type Role = (typeof ROLES)[number];

/** Options of {@link parseEdgeCsv} and the other edge-list readers. */
export interface EdgeCsvOptions {
  /** Build a directed graph (`source → target`: source pays attention to target) or an undirected one. @defaultValue `true` */
  directed?: boolean;
  /** Header names of the columns, when they are not called `source`, `target`, `weight`, `type`, `time`, `topics`, `sentiment` (matched ignoring case). @defaultValue the role names */
  columns?: Partial<Record<Role, string>>;
  /** Field delimiter, e.g. `'\t'` for TSV. @defaultValue `','` */
  delimiter?: string;
  /** Nodes to add first, in this order (keeps isolated nodes, fixes the node order). @defaultValue none */
  nodes?: string[];
  /** With `nodes`: whether an edge may name other nodes (`'add'`) or not (`'error'`). @defaultValue `'add'` */
  unknownNodes?: 'add' | 'error';
  /** Unit of numeric `time` cells: milliseconds, or seconds (Unix time, as in SNAP and KONECT data); stored as ms. @defaultValue `'ms'` */
  timeUnit?: 'ms' | 's';
}

/** @internal Schema of {@link EdgeCsvOptions}; defaults are resolved here. */
export const edgeCsvOptionsSchema = z.strictObject({
  directed: z.boolean().default(true),
  columns: z
    .strictObject({
      source: z.string().min(1).optional(),
      target: z.string().min(1).optional(),
      weight: z.string().min(1).optional(),
      type: z.string().min(1).optional(),
      time: z.string().min(1).optional(),
      topics: z.string().min(1).optional(),
      sentiment: z.string().min(1).optional(),
    })
    .default({}),
  delimiter: z.string().min(1).default(','),
  nodes: z.array(z.string()).optional(),
  unknownNodes: z.enum(['add', 'error']).default('add'),
  timeUnit: z.enum(['ms', 's']).default('ms'),
});

/** @internal Resolved edge-list options. */
export type ResolvedEdgeCsvOptions = z.output<typeof edgeCsvOptionsSchema>;

/** @internal An extra column (not a role), kept for the graphology loaders as edge attributes. */
export interface ExtraColumn {
  readonly name: string;
  readonly values: (number | string | string[] | undefined)[];
}

/**
 * @internal The role columns of edges, row k being edge k: what an edge list, the origin a loader
 * keeps with its graph (origin.ts) and a columnar graph (context/columnar-graph.ts) all hold. Each
 * holder states what a NaN weight means in it.
 */
export interface EdgeColumns {
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Weight per edge; null when no edge has one. */
  readonly weight: Float64Array | null;
  /** ms since the epoch, NaN where the edge has no time; null when no edge has one. */
  readonly time: Float64Array | null;
  /** Index into `typeNames`, -1 where the edge has no type; null when no edge has one. */
  readonly type: Int32Array | null;
  readonly typeNames: readonly string[];
}

/** @internal The columns of an edge list. */
export interface EdgeList extends EdgeColumns {
  readonly keys: readonly string[];
  readonly directed: boolean;
  /** Weight per row, NaN for an empty cell (weight 1, no attribute); null without a weight column. */
  readonly weight: Float64Array | null;
  /** Extra columns (only when asked for: the graphology path stores them as edge attributes). */
  readonly extras: readonly ExtraColumn[];
  /** For CSV: the line from which csv-parse read the text (the fast path could not), or null. */
  fallbackLine?: number | null;
}

/** Limits on what one read may hold; past one, a `TOO_LARGE` error names it and what to do. */
export interface ReadLimits {
  /** Most rows (edges). @defaultValue 2^31 − 1 (the largest typed-array index) */
  maxEdges?: number;
  /** Most distinct node ids. @defaultValue 16,777,216 (V8's Map limit) */
  maxNodes?: number;
  /** Longest line (CSV/TSV: a record; NDJSON: a record line), in bytes. @defaultValue 16,777,216 (16 MiB) */
  maxLineBytes?: number;
}
