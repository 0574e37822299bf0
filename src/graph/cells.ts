/**
 * Typing CSV cells. Every cell arrives as a string; numbers are recognized by a strict pattern
 * (no `Number('')` = 0, no hex, no `'  '` = 0), so a typo is reported instead of read as a value.
 */
import { isTimeInRange, MAX_TIME_MS, parseIsoTime } from './schemas/fields.js';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** @internal The number a cell spells, or NaN when it is not a plain decimal number. */
export function parseDecimal(cell: string): number {
  return DECIMAL.test(cell) ? Number(cell) : Number.NaN;
}

/** @internal A weight cell: a finite number ≥ 0, or a message saying what is wrong. */
export function parseWeightCell(cell: string): number | string {
  const w = parseDecimal(cell);
  if (Number.isNaN(w)) return `weight ${JSON.stringify(cell)} is not a number`;
  if (!Number.isFinite(w)) return `weight ${JSON.stringify(cell)} is not finite`;
  if (w < 0) return `weight ${cell} is negative; weights must be ≥ 0`;
  return w;
}

/**
 * @internal A time cell: a number (ms since the epoch, or seconds when `secondsUnit`) or an ISO 8601
 * string, as ms; or a message saying what is wrong.
 */
export function parseTimeCell(cell: string, secondsUnit = false): number | string {
  const n = parseDecimal(cell);
  if (!Number.isNaN(n)) {
    const ms = secondsUnit ? n * 1000 : n;
    if (isTimeInRange(ms)) return ms;
    return `time ${cell}${secondsUnit ? ' s' : ' ms'} lies outside the range a Date holds (±${MAX_TIME_MS} ms)`;
  }
  const ms = parseIsoTime(cell);
  if (!Number.isNaN(ms)) return ms;
  return `time ${JSON.stringify(cell)} is neither ms since the epoch nor an ISO 8601 date (YYYY-MM-DD, or a date-time with Z or an offset)`;
}

/** @internal Extra columns: numbers when the cell is a plain decimal, the text otherwise. */
export function parseExtraCell(cell: string): number | string {
  const n = parseDecimal(cell);
  return Number.isFinite(n) ? n : cell;
}

/** @internal A topics cell: topics separated by `;` or `|`, trimmed, empty ones dropped (`'ai; ethics|'` → `['ai', 'ethics']`). */
export function parseTopicsCell(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** @internal A sentiment cell: a number in [−1, 1], or a message saying what is wrong. */
export function parseSentimentCell(cell: string): number | string {
  const s = parseDecimal(cell);
  if (Number.isNaN(s)) return `sentiment ${JSON.stringify(cell)} is not a number`;
  if (!(s >= -1 && s <= 1)) return `sentiment ${cell} is outside [−1, 1]`;
  return s;
}
