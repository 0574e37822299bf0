/**
 * Flag values: a number that is not exactly a finite number (or an integer where one is needed), or
 * a word outside its list, is bad usage, never read as NaN, 0 or a default.
 */
import { didYouMean } from '../core/suggest.js';
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

/** Checks that `--name` is one of `choices`, with a "did you mean" for a near miss. */
export function choiceOption<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flagName(name)} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}${didYouMean(value, choices)}`);
}
