/**
 * parseEdgeCsv: an edge list in CSV (RFC 4180: quoted fields, embedded delimiters and newlines, BOM,
 * CRLF) → a graphology multigraph. Parsing uses csv-parse's self-contained browser build, which
 * carries its own Buffer, so the core still runs in browsers (csv-parse/sync needs Node's global).
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { parseExtraCell, parseSentimentCell, parseTimeCell, parseTopicsCell, parseWeightCell } from './cells.js';
import { IssueList, setOwn } from './issues.js';
import { toGraphKey } from '../core/graph-key.js';

const ROLES = ['source', 'target', 'weight', 'type', 'time', 'topics', 'sentiment'] as const;
type Role = (typeof ROLES)[number];

const optionsSchema = z.strictObject({
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

/** Options of {@link parseEdgeCsv}. */
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

interface CsvRow {
  record: string[];
  info: { lines: number };
}

interface ParsedEdge {
  source: string;
  target: string;
  attrs: Record<string, unknown>;
}

const LINE_BREAKS = /\r\n|\r|\n/g;

/** The line a record starts on: csv-parse reports where it ends, and quoted fields may span lines. */
function startLine(row: CsvRow): number {
  let breaks = 0;
  for (const field of row.record) breaks += field.match(LINE_BREAKS)?.length ?? 0;
  return row.info.lines - breaks;
}

function readRows(text: string, delimiter: string): CsvRow[] {
  try {
    return parse(text, {
      bom: true,
      delimiter,
      info: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as CsvRow[];
  } catch (error) {
    const e = error as { message?: string; lines?: number; code?: string };
    throw new InfluenceScoreError('INVALID_INPUT', 'Invalid CSV', [
      { path: [], line: e.lines, message: `${e.message ?? String(error)}${e.code ? ` (${e.code})` : ''}` },
    ]);
  }
}

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
  const opts = parseOptions(optionsSchema, options, 'parseEdgeCsv');
  const rows = readRows(text, opts.delimiter);
  if (rows.length === 0) {
    throw new InfluenceScoreError('INVALID_INPUT', 'Empty CSV: expected a header line such as "source,target"', [
      { path: [], line: 1, message: 'the file has no header line' },
    ]);
  }
  const header = rows[0].record;
  const issues = new IssueList();
  const headerLine = startLine(rows[0]);
  const wanted = new Map<string, Role>();
  for (const role of ROLES) wanted.set((opts.columns[role] ?? role).toLowerCase(), role);
  const roleAt = new Map<Role, number>();
  const seenNames = new Map<string, number>();
  header.forEach((name, j) => {
    if (name === '') issues.add({ path: ['header', j], line: headerLine, field: `column ${j + 1}`, message: `column ${j + 1} has no name` });
    const lower = name.toLowerCase();
    if (seenNames.has(lower)) issues.add({ path: ['header', j], line: headerLine, field: name, message: `column name ${JSON.stringify(name)} appears twice` });
    seenNames.set(lower, j);
    const role = wanted.get(lower);
    if (role !== undefined) roleAt.set(role, j);
  });
  for (const role of ['source', 'target'] as const) {
    if (!roleAt.has(role)) {
      const name = opts.columns[role] ?? role;
      issues.add({ path: ['header'], line: headerLine, field: name, message: `the header has no ${JSON.stringify(name)} column (found ${header.map((h) => JSON.stringify(h)).join(',')}); the first line must name the columns` });
    }
  }

  issues.throwIfAny('Invalid CSV header');

  const src = roleAt.get('source')!;
  const dst = roleAt.get('target')!;
  const known = opts.nodes ? new Set(opts.nodes) : null;
  const edges: ParsedEdge[] = [];
  for (let r = 1; r < rows.length; r++) {
    const { record } = rows[r];
    const line = startLine(rows[r]);
    const bad = (j: number, message: string, unknownNode = false): void => {
      issues.add({ path: [line, header[j]], line, field: header[j], message }, unknownNode);
    };
    if (record.length !== header.length) {
      issues.add({ path: [line], line, message: `expected ${header.length} fields (${header.join(',')}), found ${record.length}` });
      continue;
    }
    const attrs: Record<string, unknown> = {};
    let ok = true;
    record.forEach((cell, j) => {
      if (j === src || j === dst) {
        if (cell === '') {
          bad(j, `${header[j]} is empty`);
          ok = false;
        } else if (known && opts.unknownNodes === 'error' && !known.has(cell)) {
          bad(j, `unknown node ${JSON.stringify(cell)} (not in the node list; unknownNodes is 'error')`, true);
          ok = false;
        }
        return;
      }
      if (cell === '') return;
      if (j === roleAt.get('weight')) {
        const w = parseWeightCell(cell);
        if (typeof w === 'string') {
          bad(j, w);
          ok = false;
        } else attrs.weight = w;
      } else if (j === roleAt.get('time')) {
        const t = parseTimeCell(cell, opts.timeUnit === 's');
        if (typeof t === 'string') {
          bad(j, t);
          ok = false;
        } else attrs.time = t;
      } else if (j === roleAt.get('topics')) attrs.topics = parseTopicsCell(cell);
      else if (j === roleAt.get('sentiment')) {
        const value = parseSentimentCell(cell);
        if (typeof value === 'string') {
          bad(j, value);
          ok = false;
        } else attrs.sentiment = value;
      } else if (j === roleAt.get('type')) attrs.type = cell;
      else setOwn(attrs, header[j], parseExtraCell(cell));
    });
    if (ok) edges.push({ source: record[src], target: record[dst], attrs });
  }
  issues.throwIfAny('Invalid CSV');

  const graph = opts.directed ? new MultiDirectedGraph({ allowSelfLoops: true }) : new MultiUndirectedGraph({ allowSelfLoops: true });
  for (const node of opts.nodes ?? []) graph.mergeNode(toGraphKey(node));
  edges.forEach((e, k) => {
    const [source, target] = [toGraphKey(e.source), toGraphKey(e.target)];
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdgeWithKey(String(k), source, target, e.attrs);
  });
  return graph;
}
