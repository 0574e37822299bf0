/**
 * Numeric flags: a value that is not exactly a finite number (or an integer where one is needed)
 * is bad usage, never read as NaN or 0.
 */
import { UsageError } from './usage-error.js';

/** `k` → `-k`, `runs` → `--runs`: how the user typed the flag. */
export const flagName = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`);

/** Parses number flag `--name`; `undefined` when absent. */
export function numberOption(name: string, raw: string | undefined, integer = false): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flagName(name)} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Parses `--name` as an integer ≥ `min`; `undefined` when absent. */
export function integerOption(name: string, raw: string | undefined, min = 1): number | undefined {
  const value = numberOption(name, raw, true);
  if (value !== undefined && value < min) throw new UsageError(`${flagName(name)} must be at least ${min}, got ${value}`);
  return value;
}
