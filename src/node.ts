/**
 * influence-score/node: Node-only helpers (reading files, gzip). The main entry stays browser-safe.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { InfluenceScoreError } from './core/errors.js';
import { parseOptions } from './core/options.js';
import type { BuildSocialGraphOptions } from './graph/build-social-graph.js';
import { type EdgeCsvOptions, parseEdgeCsv } from './graph/csv.js';
import { fromGraphologyJSON, type GraphologyJsonOptions } from './graph/graphology-json.js';
import { parseNdjson } from './graph/ndjson.js';
import { parseGexf, parseGraphml } from './graph/xml-formats.js';

export { parseGexf, parseGraphml, writeGexf, writeGraphml } from './graph/xml-formats.js';
export { withScores } from './graph/score-attributes.js';

/** File formats {@link loadGraph} reads. */
export type GraphFileFormat = 'csv' | 'tsv' | 'ndjson' | 'json' | 'gexf' | 'graphml';

/** Options of {@link loadGraph}: the format (when the extension does not tell) and each loader's options. */
export interface LoadGraphOptions {
  /** Force a format instead of reading it from the extension. @defaultValue from the extension */
  format?: GraphFileFormat;
  /** Options for CSV/TSV edge lists (TSV sets `delimiter: '\t'`). @defaultValue `{}` */
  csv?: EdgeCsvOptions;
  /** Options for NDJSON records. @defaultValue `{}` */
  ndjson?: BuildSocialGraphOptions;
  /** Options for graphology JSON. @defaultValue `{}` */
  json?: GraphologyJsonOptions;
}

const EXTENSIONS: readonly [string, GraphFileFormat][] = [
  ['.csv', 'csv'],
  ['.tsv', 'tsv'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
  ['.json', 'json'],
  ['.gexf', 'gexf'],
  ['.graphml', 'graphml'],
];

// Each loader validates its own options; this only checks the shape, so a key that belongs one
// level down (`{ directed: false }` instead of `{ csv: { directed: false } }`) is an error.
const loadGraphOptionsSchema = z.strictObject({
  format: z.enum(['csv', 'tsv', 'ndjson', 'json', 'gexf', 'graphml']).optional(),
  csv: z.custom<EdgeCsvOptions>().optional(),
  ndjson: z.custom<BuildSocialGraphOptions>().optional(),
  json: z.custom<GraphologyJsonOptions>().optional(),
});

/**
 * The format a path names: `.csv`, `.tsv`, `.ndjson`/`.jsonl`, `.json`, `.gexf`, `.graphml`, each
 * optionally followed by `.gz`.
 *
 * @example
 * ```ts
 * formatOf('data/polblogs.csv.gz'); // 'csv'
 * ```
 */
export function formatOf(path: string): GraphFileFormat | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  return EXTENSIONS.find(([ext]) => name.endsWith(ext))?.[1];
}

/**
 * Reads a graph file, picking the loader from the extension (`.csv`, `.tsv`, `.ndjson`, `.jsonl`,
 * `.json`, `.gexf` (Gephi), `.graphml`, each optionally gzipped as `.gz`). Errors are `InfluenceScoreError`s: `INVALID_INPUT`
 * for an unreadable file or bad content (issues name the line and field), `UNSUPPORTED` for an
 * unknown extension.
 *
 * @example
 * ```ts
 * import { loadGraph } from 'influence-score/node';
 * const graph = await loadGraph('data/polblogs.csv.gz', { csv: { directed: true } });
 * ```
 */
export async function loadGraph(path: string, options: LoadGraphOptions = {}): Promise<AbstractGraph> {
  options = parseOptions(loadGraphOptionsSchema, options, 'loadGraph');
  const format = options.format ?? formatOf(path);
  if (format === undefined) {
    throw new InfluenceScoreError('UNSUPPORTED', `Cannot tell the format of ${path}`, [
      { path: [path], message: 'use a .csv, .tsv, .ndjson, .jsonl, .json, .gexf or .graphml file (optionally .gz), or pass `format`' },
    ]);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
    if (path.toLowerCase().endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${path}`, [{ path: [path], message: (error as Error).message }]);
  }
  const text = bytes.toString('utf8');
  switch (format) {
    case 'csv':
      return parseEdgeCsv(text, options.csv);
    case 'tsv':
      return parseEdgeCsv(text, { delimiter: '\t', ...options.csv });
    case 'ndjson':
      return parseNdjson(text, options.ndjson);
    case 'json':
      return fromGraphologyJSON(text, options.json);
    case 'gexf':
      return parseGexf(text);
    case 'graphml':
      return parseGraphml(text);
  }
}

export { createThreadPool } from './threads/pool.js';
export type { NodeThreadPool, ThreadPoolOptions } from './threads/pool.js';
