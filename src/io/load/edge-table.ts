/** An edge table (CSV, TSV, Parquet) read into edge-list columns with the load's settings. */
import type { EdgeList } from '../../graph/edge-list/edge-list.js';
import type { InputSource } from '../input-bytes.js';
import { heapCheck } from '../limits.js';
import { readCsvEdgeList } from '../read-edge-list.js';
import { readParquetEdgeList } from '../read-parquet.js';
import type { Prepared } from './options.js';

/** @internal */
export async function readEdgeTable(source: InputSource, p: Prepared, keepExtras: boolean, hint: string): Promise<EdgeList> {
  const settings = { keepExtras, hint, limits: p.limits, checkMemory: heapCheck(p.limits, hint) };
  if (p.format === 'parquet') return readParquetEdgeList(source, p.csv, settings, p.limits.maxBytes);
  return readCsvEdgeList(source, p.csv, settings, p.limits.maxBytes);
}

