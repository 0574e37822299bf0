/**
 * Posts and accounts as tables (CSV, TSV, Parquet): the header names the record fields (`id`,
 * `author`, `time`, `topics`, `likes`, … for posts; `id`, `followers`, `createdAt`, `affiliation`, …
 * for accounts), each row is one record. Cells are typed by field as NDJSON would carry them
 * (numbers, `topics`/`mentions`/`flags` split on `;` or `|` as in edge tables, `true`/`false`), then
 * validated by the same record schemas, so a table gives the records the NDJSON lines would. Every
 * bad cell is an `INVALID_INPUT` issue naming the file, the line and the field; nothing is returned
 * half-read. Account columns that are not account fields become the account's `attributes`.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { z } from 'zod';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import type { RunControl } from '../core/run.js';
import { parseDecimal, parseTopicsCell } from '../graph/cells.js';
import { csvParseOptions } from '../graph/edge-list/csv-scan.js';
import { type AccountInput, accountSchema } from '../graph/schemas/account.js';
import { type PostInput, postSchema } from '../graph/schemas/post.js';
import { describeSource, type InputSource } from './input-bytes.js';
import type { ResolvedLimits } from './limits.js';
import { formatOf } from './load/format.js';
import { readText } from './load/whole-text.js';
import { cellText, fileBuffer } from './read-parquet.js';

/** Which table: its fields' cell types and its schema. */
type TableKind = 'posts' | 'accounts';

type CellType = 'id' | 'number' | 'time' | 'list' | 'boolean' | 'text';

const FIELDS: Record<TableKind, Record<string, CellType>> = {
  posts: { id: 'id', author: 'id', time: 'time', impressions: 'number', reach: 'number', views: 'number', likes: 'number', comments: 'number', shares: 'number', saves: 'number', topics: 'list', sentiment: 'number', mentions: 'list' },
  accounts: { id: 'id', createdAt: 'time', followers: 'number', following: 'number', verified: 'boolean', flags: 'list', affiliation: 'text' },
};

const SCHEMAS: Record<TableKind, z.ZodType> = { posts: postSchema, accounts: accountSchema };

const MAX_ISSUES = 50;

/** The rows of a table as text cells, with the line (CSV) or row + 2 (Parquet, as for edge tables) of each. */
interface TextTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** One typed cell, or a message saying why it is not one. */
function typedCell(type: CellType, cell: string): unknown {
  switch (type) {
    case 'number': {
      const n = parseDecimal(cell);
      return Number.isNaN(n) ? { bad: `${JSON.stringify(cell)} is not a number` } : n;
    }
    // A numeric time is ms since the epoch (as in NDJSON); anything else goes to the schema as an ISO 8601 string.
    case 'time': {
      const n = parseDecimal(cell);
      return Number.isNaN(n) ? cell : n;
    }
    case 'list':
      return parseTopicsCell(cell);
    case 'boolean': {
      const lower = cell.toLowerCase();
      return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : { bad: `${JSON.stringify(cell)} is not true or false` };
    }
    default:
      return cell;
  }
}

const isBad = (v: unknown): v is { bad: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'bad' in v;

async function textTable(source: InputSource, limits: ResolvedLimits, control: RunControl | undefined): Promise<TextTable> {
  const label = describeSource(source);
  const format = typeof source === 'string' ? formatOf(source) : 'csv';
  if (format === 'parquet') {
    const hyparquet = await import('hyparquet');
    const file = await fileBuffer(source, limits.maxBytes);
    try {
      const metadata = await hyparquet.parquetMetadataAsync(file);
      const header = hyparquet.parquetSchema(metadata).children.map((c) => c.element.name);
      const objects = (await hyparquet.parquetReadObjects({ file, metadata })) as Record<string, unknown>[];
      return { header, rows: objects.map((o, r) => ({ line: r + 2, cells: header.map((h) => cellText(o[h])) })) };
    } catch (error) {
      if (error instanceof InfluenceScoreError) throw error;
      throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label} as Parquet`, [{ path: [label], message: (error as Error).message }]);
    } finally {
      await file.close();
    }
  }
  if (format !== 'csv' && format !== 'tsv') {
    throw new InfluenceScoreError('UNSUPPORTED', `Cannot read ${label} as a table`, [{ path: [label], message: 'posts and accounts tables are .csv, .tsv or .parquet files (optionally .gz)' }]);
  }
  const text = await readText(source, limits, 'split the table', control);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, csvParseOptions(format === 'tsv' ? '\t' : ',', limits.maxLineBytes)) as unknown as typeof parsed;
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label} as CSV`, [{ path: [label], message: (error as Error).message }]);
  }
  if (parsed.length === 0) throw new InfluenceScoreError('INVALID_INPUT', `${label} is empty: expected a header line such as "id,author,time"`, [{ path: [label], line: 1, message: 'no header line' }]);
  return { header: parsed[0].record, rows: parsed.slice(1).map((p) => ({ line: p.info.lines, cells: p.record })) };
}

/** The records of one row: typed cells of known fields; for accounts, other columns as attributes. */
function rowRecord(kind: TableKind, header: readonly string[], cells: readonly string[], bad: (field: string, message: string) => void): Record<string, unknown> {
  const fields = FIELDS[kind];
  const record: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  header.forEach((name, j) => {
    const cell = (cells[j] ?? '').trim();
    if (cell === '') return;
    const type = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (type === undefined) {
      const n = parseDecimal(cell);
      attributes[name] = Number.isNaN(n) ? cell : n;
      return;
    }
    const value = typedCell(type, cell);
    if (isBad(value)) bad(name, `${name} ${value.bad}`);
    else record[name] = value;
  });
  if (kind === 'accounts' && Object.keys(attributes).length > 0) record.attributes = attributes;
  return record;
}

/** What a table read gave: the records, and the columns it did not read (posts only: accounts keep theirs as attributes). */
export interface TableRecords<T> {
  readonly records: T[];
  readonly ignored: string[];
}

async function readTable(kind: TableKind, source: InputSource, limits: ResolvedLimits, control?: RunControl): Promise<TableRecords<unknown>> {
  const label = describeSource(source);
  const table = await textTable(source, limits, control);
  const issues: ErrorIssue[] = [];
  const add = (issue: ErrorIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };
  if (!table.header.includes('id')) add({ path: [label, 'header'], line: 1, field: 'id', message: `the header has no "id" column (found ${table.header.map((h) => JSON.stringify(h)).join(',')})` });
  const ignored = kind === 'posts' ? table.header.filter((h) => !Object.hasOwn(FIELDS.posts, h)) : [];
  const header = table.header.map((h) => (ignored.includes(h) ? '' : h));
  const records: unknown[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (cells.length !== header.length) {
      add({ path: [label, line], line, message: `expected ${header.length} fields (${table.header.join(',')}), found ${cells.length}` });
      continue;
    }
    const record = rowRecord(kind, header.map((h) => h), cells, (field, message) => add({ path: [label, line, field], line, field, message }));
    const result = SCHEMAS[kind].safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '');
        add({ path: [label, line, ...issue.path.map(String)], line, field, message: issue.message });
      }
      continue;
    }
    const earlier = firstLine.get(String(record.id));
    if (earlier !== undefined) add({ path: [label, line, 'id'], line, field: 'id', message: `duplicate id ${JSON.stringify(record.id)} (first at line ${earlier})` });
    else firstLine.set(String(record.id), line);
    records.push(record);
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', `Invalid ${kind} table ${label}: nothing was loaded`, issues);
  return { records, ignored };
}

/**
 * @internal The posts of a table, as the NDJSON `post` records of the same rows would be (validated;
 * `time` required, as in NDJSON).
 */
export function readPostsTable(source: InputSource, limits: ResolvedLimits, control?: RunControl): Promise<TableRecords<PostInput>> {
  return readTable('posts', source, limits, control) as Promise<TableRecords<PostInput>>;
}

/** @internal The accounts of a table, as NDJSON `account` records (other columns become `attributes`). */
export function readAccountsTable(source: InputSource, limits: ResolvedLimits, control?: RunControl): Promise<TableRecords<AccountInput>> {
  return readTable('accounts', source, limits, control) as Promise<TableRecords<AccountInput>>;
}
