/**
 * Output formats of ranked rows: an aligned text table for people, RFC 4180 CSV and JSON for
 * programs. CSV and JSON keep full precision; the table aligns each numeric column on a shared number of decimals.
 */
import { csvCell, terminalText } from '../core/output-safety.js';
import type { RankRow } from '../index.js';

/** The values of `--format`. */
export const FORMATS = ['table', 'csv', 'json'] as const;
/** One of {@link FORMATS}. */
export type OutputFormat = (typeof FORMATS)[number];

/** Row data plus what the formats print around it. */
export interface RankedOutput {
  rows: readonly RankRow[];
  labels: ReadonlyMap<string, string> | null;
  /** For JSON: everything else worth keeping (scorer, params, meta, input summary). */
  info: Record<string, unknown>;
}

/**
 * A CSV field of text: quoted when it needs it, and neutralized when a spreadsheet would run it as a
 * formula (see `csvCell` in src/core/output-safety.ts, the one rule every CSV the CLI writes follows).
 */
export function csvField(value: string): string {
  return csvCell(value);
}

/**
 * Formats a numeric column with one number of decimals, chosen so its smallest non-zero value keeps
 * about 4 significant digits, so the decimal points line up and ranks are easy to compare.
 */
function numberColumn(values: readonly number[]): string[] {
  if (values.every((v) => Number.isInteger(v) || !Number.isFinite(v))) return values.map(String);
  const smallest = Math.min(...values.filter((v) => v !== 0 && Number.isFinite(v)).map(Math.abs));
  const decimals = Math.min(12, Math.max(2, Math.ceil(-Math.log10(smallest)) + 4));
  return values.map((v) => (Number.isFinite(v) ? v.toFixed(decimals) : String(v)));
}

/** An aligned text table; every cell passes through `terminalText`, so no id can drive the terminal or break a row. */
function table(header: string[], cells: string[][], rightAligned: boolean[]): string {
  const body = cells.map((row) => row.map(terminalText));
  const widths = header.map((h, j) => Math.max(h.length, ...body.map((r) => r[j].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, j) => (rightAligned[j] ? c.padStart(widths[j]) : c.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}

/** Renders ranked rows in `format`. */
export function formatRanked(out: RankedOutput, format: OutputFormat): string {
  const { rows, labels } = out;
  const partNames = Object.keys(rows[0]?.parts ?? {});
  const label = (node: string): string => labels?.get(node) ?? '';
  if (format === 'json') {
    // The CLI's JSON keeps its `node` column name (its own output contract); the row's field is `key`.
    const json = rows.map((r) => ({ rank: r.rank, node: r.key, ...(labels ? { label: labels.get(r.key) ?? null } : {}), score: r.score, parts: r.parts ?? {} }));
    return `${JSON.stringify({ ...out.info, rows: json }, null, 2)}\n`;
  }
  const header = ['rank', 'node', ...(labels ? ['label'] : []), 'score', ...partNames];
  if (format === 'csv') {
    const lines = rows.map((r) =>
      [String(r.rank), csvField(r.key), ...(labels ? [csvField(label(r.key))] : []), String(r.score), ...partNames.map((p) => String(r.parts?.[p]))].join(','),
    );
    return `${[header.map(csvField).join(','), ...lines].join('\n')}\n`;
  }
  const scores = numberColumn(rows.map((r) => r.score));
  const parts = partNames.map((p) => numberColumn(rows.map((r) => r.parts?.[p] ?? Number.NaN)));
  const body = rows.map((r, i) => [String(r.rank), r.key, ...(labels ? [label(r.key)] : []), scores[i], ...parts.map((col) => col[i])]);
  const right = header.map((h) => h !== 'node' && h !== 'label');
  return table(header, body, right);
}
