/**
 * parseEdgeCsv: an edge list in CSV (RFC 4180: quoted fields, embedded delimiters and newlines, BOM,
 * CRLF) → a graphology multigraph. Plain lines take the byte-level fast path; from the first line it
 * cannot take, csv-parse's self-contained browser build (which carries its own Buffer, so the core
 * still runs in browsers) reads the rest. See edge-list/ for the shared reader.
 */
import type { AbstractGraph } from 'graphology-types';
import { parseOptions } from '../core/options.js';
import { type EdgeCsvOptions, edgeCsvOptionsSchema } from './edge-list/edge-list.js';
import { readEdgeListText } from './edge-list/read-text.js';
import { graphFromEdgeList } from './edge-list/to-graph.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

export type { EdgeCsvOptions } from './edge-list/edge-list.js';

/**
 * Parses an edge list with a header row. The header chooses the columns: `source` and `target` are
 * required; `weight` (finite, ≥ 0; empty = 1), `type` (relation) and `time` (ms or ISO 8601) are
 * read when present, and so are `topics` (hashtags or keywords separated by `;` or `|`, e.g.
 * `ai;ethics`) and `sentiment` (a number in [−1, 1]); any other column becomes an edge attribute (a
 * number when the cell is one).
 * Whitespace around fields is ignored; quote a field to keep it. Blank lines are skipped.
 *
 * All or nothing: every row is checked first, and an `InfluenceScoreError` lists each bad row with its
 * 1-based line and field. An empty text is an error; a header alone gives a graph without edges.
 * Self-loops and repeated rows are kept (parallel edges, merged by the ScoringContext).
 *
 * @example
 * ```ts
 * const graph = parseEdgeCsv('source,target,weight\nbob,ada,2\n"Smith, J.",ada,1\n');
 * pagerank().score(graph).top(1); // ada
 * ```
 */
export function parseEdgeCsv(text: string, options: EdgeCsvOptions = {}): AbstractGraph {
  checkArguments('parseEdgeCsv', [text, options], [['text', argument.string], ['options', argument.options]]);
  const opts = parseOptions(edgeCsvOptionsSchema, options, 'parseEdgeCsv');
  const list = readEdgeListText(text, opts, { keepExtras: true, hint: 'split the input, or use loadContext from influence-score/node' });
  return graphFromEdgeList(list);
}
