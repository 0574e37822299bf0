/** An edge table (CSV, TSV, Parquet) read into edge-list columns with the load's settings. */
import type { RunControl } from '../../core/run.js';
import type { EdgeList } from '../../graph/edge-list/edge-list.js';
import type { InputSource } from '../input-bytes.js';
import { heapCheck } from '../limits.js';
import { readCsvEdgeList } from '../read-edge-list.js';
import { readParquetEdgeList } from '../read-parquet.js';
import type { Prepared } from './options.js';

/**
 * @internal Reads the table. `keep`: `'all'` keeps every extra column (a graph's edge attributes),
 * `'content'` only those scorers read (topics, sentiment, post), listing the others in `dropped`.
 */
export async function readEdgeTable(source: InputSource, p: Prepared, keep: 'all' | 'content', hint: string, control?: RunControl): Promise<EdgeList> {
  const settings = { keepExtras: keep === 'all', keepContent: true, control, hint, limits: p.limits, checkMemory: heapCheck(p.limits, hint) };
  if (p.format === 'parquet') return readParquetEdgeList(source, p.csv, settings, p.limits.maxBytes);
  return readCsvEdgeList(source, p.csv, settings, p.limits.maxBytes);
}

