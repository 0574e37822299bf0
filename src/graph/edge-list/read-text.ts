/**
 * An edge list from a whole text (the browser-safe path of `parseEdgeCsv`): the byte-level fast path,
 * and csv-parse's self-contained browser build from the first line it cannot take.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { InfluenceScoreError } from '../../core/errors.js';
import { type BuilderSettings, EdgeListBuilder } from './builder.js';
import { type CsvFallback, type CsvParseRow, CsvScanner, csvParseOptions, DEFAULT_MAX_LINE_BYTES, feedParsedRow, lineTooLong } from './csv-scan.js';
import type { EdgeList, ResolvedEdgeCsvOptions } from './edge-list.js';

/** @internal A csv-parse failure as an `INVALID_INPUT` naming the line (`TOO_LARGE` for a record past `maxLineBytes`). */
export function csvParseError(error: unknown, lineOffset: number, maxLineBytes = DEFAULT_MAX_LINE_BYTES): InfluenceScoreError {
  if (error instanceof InfluenceScoreError) return error;
  const e = error as { message?: string; lines?: number; code?: string };
  if (e.code === 'CSV_MAX_RECORD_SIZE') return lineTooLong(lineOffset + (e.lines ?? 1), maxLineBytes, true);
  // csv-parse counts lines from where it started reading; the file's lines start earlier.
  const message = (e.message ?? String(error)).replace(/\bline (\d+)/g, (_, n: string) => `line ${lineOffset + Number(n)}`);
  return new InfluenceScoreError('INVALID_INPUT', 'Invalid CSV', [
    { path: [], line: e.lines === undefined ? undefined : lineOffset + e.lines, message: `${message}${e.code ? ` (${e.code})` : ''}` },
  ]);
}

/** @internal Reads `text` into edge columns (see {@link EdgeListBuilder} for the rules). */
export function readEdgeListText(text: string, opts: ResolvedEdgeCsvOptions, settings: BuilderSettings & { fastPath?: boolean }): EdgeList {
  const builder = new EdgeListBuilder(opts, settings);
  const maxLineBytes = settings.limits?.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const scanner = new CsvScanner(builder, opts.delimiter, settings.fastPath ?? true, maxLineBytes);
  const bytes = new TextEncoder().encode(text);
  const fallback = scanner.push(bytes) ?? scanner.end();
  if (fallback) parseRest(builder, fallback, opts.delimiter, maxLineBytes);
  const list = builder.finish();
  list.fallbackLine = fallback ? fallback.lineOffset + 1 : null;
  return list;
}

function parseRest(builder: EdgeListBuilder, fallback: CsvFallback, delimiter: string, maxLineBytes: number): void {
  let rows: CsvParseRow[];
  try {
    rows = parse(new TextDecoder('utf-8').decode(fallback.rest), csvParseOptions(delimiter, maxLineBytes)) as unknown as CsvParseRow[];
  } catch (error) {
    throw csvParseError(error, fallback.lineOffset, maxLineBytes);
  }
  for (const row of rows) feedParsedRow(builder, row, fallback.lineOffset);
}
