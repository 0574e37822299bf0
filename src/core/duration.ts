/**
 * Durations: a length of time given as a number of milliseconds or as a string such as `'30d'`,
 * `'12h'`, `'2w'`, `'1.5h'` or `'1y'`. One parser serves every option that takes one (half-lives,
 * response deadlines, trend window widths and steps), so they all accept the same forms.
 */
import { z } from 'zod';
import { InfluenceScoreError } from './errors.js';

/** A unit of {@link Duration}: milliseconds, seconds, minutes, hours, days, weeks, years (365 days). */
export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'y';

/**
 * A length of time: a number of milliseconds, or a non-negative decimal number followed by a
 * {@link DurationUnit} (`'30d'`, `'12h'`, `'90m'`, `'1.5h'`, `'1y'` = 365 days).
 *
 * @example
 * ```ts
 * const halfLife: Duration = '7d'; // same as 7 * 24 * 3600 * 1000
 * ```
 */
export type Duration = number | `${number}${DurationUnit}`;

/** Milliseconds per unit. */
export const DURATION_UNIT_MS: Readonly<Record<DurationUnit, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

const DURATION_PATTERN = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(ms|s|m|h|d|w|y)\s*$/;
const FORMS = "a number of milliseconds or a string such as '30d', '12h', '2w', '1y' (units ms, s, m, h, d, w, y)";

/** Why `value` is not a duration, or its length in ms (finite, ≥ 0). */
function durationMs(value: unknown): number | string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `must be finite, got ${value}`;
    return value < 0 ? `must not be negative, got ${value}` : value;
  }
  if (typeof value !== 'string') return `expected ${FORMS}, got ${value === null ? 'null' : typeof value}`;
  const match = DURATION_PATTERN.exec(value);
  if (!match) return `expected ${FORMS}, got "${value}"`;
  const ms = Number(match[1]) * DURATION_UNIT_MS[match[2] as DurationUnit];
  return Number.isFinite(ms) ? ms : `"${value}" is too long to represent`;
}

/**
 * Converts a {@link Duration} to milliseconds, or throws an `INVALID_OPTION`
 * {@link InfluenceScoreError} naming `field`.
 *
 * @param value - the duration as given.
 * @param field - the option name, for the error (e.g. `'halfLife'`).
 * @example
 * ```ts
 * parseDuration('30d'); // 2_592_000_000
 * parseDuration(1500); // 1500
 * ```
 */
export function parseDuration(value: Duration, field = 'duration'): number {
  const ms = durationMs(value);
  if (typeof field !== 'string') field = 'duration';
  if (typeof ms === 'number') return ms;
  throw new InfluenceScoreError('INVALID_OPTION', `Invalid ${field}: ${ms}`, [{ path: [field], field, message: ms }]);
}

/**
 * A zod schema for a {@link Duration}: input `Duration`, output milliseconds (finite, ≥ 0). Use
 * {@link positiveDurationSchema} where zero makes no sense (half-lives, widths). Give a default as a
 * Duration with `.prefault('1d')` (zod's `.default` would skip the conversion).
 *
 * @example
 * ```ts
 * z.object({ within: durationSchema.prefault('1d') }).parse({ within: '12h' }); // { within: 43_200_000 }
 * ```
 */
export const durationSchema = z.custom<Duration>().transform((value, ctx) => {
  const ms = durationMs(value);
  if (typeof ms === 'number') return ms;
  ctx.addIssue({ code: 'custom', message: ms });
  return z.NEVER;
});

/** {@link durationSchema} that also rejects zero. */
export const positiveDurationSchema = durationSchema.refine((ms) => ms > 0, 'must be longer than 0');
