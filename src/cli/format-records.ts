/**
 * Output of record rows with named columns (text and numbers), for the commands whose rows are not
 * ranked scores with parts: `advocates`, `trend`. Same formats as `formatRanked`: an aligned table,
 * full-precision CSV, JSON.
 */
import { csvCell, terminalText } from '../core/output-safety.js';
import { csvField, type OutputFormat } from './format.js';

/** A cell: text, a number, or null (empty). */
export type Cell = string | number | null;

/** Named columns and rows of cells, in column order. */
export interface RecordTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

function text(cell: Cell, decimals: number): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return terminalText(cell);
  return Number.isInteger(cell) || !Number.isFinite(cell) ? String(cell) : cell.toFixed(decimals);
}

/** An aligned text table: numbers right-aligned with 4 decimals (integers as they are), text through `terminalText`. */
export function tableOf(t: RecordTable): string {
  const body = t.rows.map((r) => r.map((c) => text(c, 4)));
  const numeric = t.columns.map((_, j) => t.rows.length > 0 && t.rows.every((r) => r[j] === null || typeof r[j] === 'number'));
  const widths = t.columns.map((h, j) => Math.max(h.length, ...body.map((r) => r[j].length)));
  const line = (cells: string[]): string => cells.map((c, j) => (numeric[j] ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ').trimEnd();
  return [line([...t.columns]), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}

/** RFC 4180 CSV with a header row; numbers at full precision, text neutralized against formula injection (`csvCell`). */
export function csvOf(t: RecordTable): string {
  return `${[t.columns.map(csvField).join(','), ...t.rows.map((r) => r.map(csvCell).join(','))].join('\n')}\n`;
}

/** The rows as objects keyed by column. */
export function objectsOf(t: RecordTable): Record<string, Cell>[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, j) => [c, r[j]])));
}

/** One table in `format`; JSON wraps the rows with `info`. */
export function formatRecords(t: RecordTable, format: OutputFormat, info: Record<string, unknown>): string {
  if (format === 'json') return `${JSON.stringify({ ...info, rows: objectsOf(t) }, null, 2)}\n`;
  return format === 'csv' ? csvOf(t) : tableOf(t);
}
