/**
 * File formats the loaders read, and the format of a path or an input: by extension (optionally
 * `.gz`), or as forced by the `format` option.
 */
import { InfluenceScoreError } from '../../core/errors.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import type { InputSource } from '../input-bytes.js';

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

/** @internal The format of `source`, as forced or from its extension (a stream: CSV). */
export function formatFor(source: InputSource, format: GraphFileFormat | undefined): GraphFileFormat {
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

/** @internal Whether a format is an edge table (read through the edge-list builder, with a sidecar). */
export const isEdgeTable = (format: GraphFileFormat): boolean => format === 'csv' || format === 'tsv' || format === 'parquet';
