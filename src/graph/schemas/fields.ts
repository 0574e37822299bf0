/**
 * Field schemas shared by the record schemas: ids, times, counts and weights. Times are normalized
 * to milliseconds since the epoch here, once, so nothing downstream parses dates.
 */
import { z } from 'zod';

/**
 * ISO 8601 date or date-time. A time of day must carry `Z` or an offset: without one, `Date.parse`
 * reads it in the machine's local zone, and the same file would load differently on two machines.
 */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The largest |ms since the epoch| a JavaScript Date holds (ECMA-262 §21.4.1.1): ±100,000,000 days.
 * Loaders and `timeSchema` reject times beyond it, also after converting seconds to ms.
 *
 * @example
 * ```ts
 * timeSchema.safeParse(MAX_TIME_MS + 1).success; // false
 * ```
 */
export const MAX_TIME_MS = 8.64e15;

/** @internal Whether `ms` is a time a Date can hold (finite, within ±{@link MAX_TIME_MS}). */
export function isTimeInRange(ms: number): boolean {
  return Math.abs(ms) <= MAX_TIME_MS;
}

// `Date.UTC` reads years 0–99 as 1900–1999. The Gregorian calendar repeats every 400 years
// (146,097 days), so such a year is computed 400 years later and shifted back.
const GREGORIAN_CYCLE_MS = 146_097 * 86_400_000;

/** @internal Milliseconds since the epoch of an ISO 8601 string, or NaN when it is not one. */
export function parseIsoTime(text: string): number {
  const m = ISO_TIME.exec(text.trim());
  if (!m) return Number.NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const millis = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1] || (month === 2 && day === 29 && !leap)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    const [offsetHours, offsetMinutes] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
    // RFC 3339 offsets: hours 00–23, minutes 00–59 (`+99:99` is a typo, not a four-day shift).
    if (offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
    offset = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const shift = year < 100 ? 400 : 0;
  return Date.UTC(year + shift, month - 1, day, hour, minute, second, Math.floor(millis)) - (shift ? GREGORIAN_CYCLE_MS : 0) - offset;
}

/** Record ids that are not node keys (post ids): non-empty strings, or integers stored as strings. */
export const recordIdSchema = z
  .union([z.string().min(1), z.int()], { error: 'must be a non-empty string or an integer' })
  .transform((v) => String(v));

/**
 * Node ids: non-empty strings, or integers (stored as their decimal string). Ids such as `__proto__`,
 * `constructor` and `toString` are ordinary ids: the builders store them under an escaped graphology
 * key (see `toGraphKey`), and scores come back under the id itself.
 *
 * @example
 * ```ts
 * idSchema.parse(42); // '42'
 * idSchema.parse('constructor'); // 'constructor'
 * ```
 */
export const idSchema = z
  .union([z.string().min(1), z.int()], { error: 'must be a non-empty string or an integer' })
  .transform((v) => String(v));

/**
 * A moment in time: milliseconds since the epoch (number), a `Date`, or an ISO 8601 string with a
 * zone (`2024-05-01`, `2024-05-01T12:00:00Z`, `2024-05-01T14:00+02:00`). Output: ms since the epoch.
 *
 * @example
 * ```ts
 * timeSchema.parse('2024-05-01T14:00+02:00'); // 1714564800000
 * timeSchema.safeParse('2024-05-01T14:00').success; // false: no zone, ambiguous
 * ```
 */
export const timeSchema = z
  .union([z.number(), z.date(), z.string()], { error: 'must be ms since the epoch, a Date or an ISO 8601 string' })
  .transform((v, ctx) => {
    if (typeof v !== 'string') {
      const ms = typeof v === 'number' ? v : v.getTime();
      if (isTimeInRange(ms)) return ms;
      ctx.issues.push({ code: 'custom', input: v, message: `time ${String(ms)} ms lies outside the range a Date holds (±${MAX_TIME_MS} ms)` });
      return z.NEVER;
    }
    const ms = parseIsoTime(v);
    if (Number.isNaN(ms)) {
      ctx.issues.push({
        code: 'custom',
        input: v,
        message: `${JSON.stringify(v)} is not an ISO 8601 date (YYYY-MM-DD, or a date-time with Z or an offset)`,
      });
      return z.NEVER;
    }
    return ms;
  });

/** Non-negative finite counts (followers, likes, impressions...). */
export const countSchema = z.number({ error: 'must be a finite number ≥ 0' }).nonnegative({ error: 'must be ≥ 0' });

/**
 * Topics of a post or interaction: hashtags, keywords or categories, as non-empty strings. They are
 * compared case-insensitively (`#AI`, `ai` and `Ai` are one topic once the leading `#` is dropped).
 *
 * @example
 * ```ts
 * topicsSchema.parse(['ai', '#MachineLearning']); // kept as given; compared as 'ai', 'machinelearning'
 * ```
 */
export const topicsSchema = z.array(z.string({ error: 'each topic must be a string' }).trim().min(1, { error: 'topics must not be empty strings' }), {
  error: 'must be an array of strings (hashtags, keywords or categories)',
});

/**
 * Sentiment of a post or interaction in [−1, 1]: −1 very negative, 0 neutral, 1 very positive. It is
 * an input: fill it from any sentiment model (see the README, "Brand toolkit").
 *
 * @example
 * ```ts
 * sentimentSchema.parse(0.6); // 0.6
 * sentimentSchema.safeParse(3).success; // false
 * ```
 */
export const sentimentSchema = z
  .number({ error: 'must be a finite number in [−1, 1]' })
  .min(-1, { error: 'must be ≥ −1 (sentiment lies in [−1, 1])' })
  .max(1, { error: 'must be ≤ 1 (sentiment lies in [−1, 1])' });

/** Edge weights: finite and ≥ 0; zero is allowed (the edge exists but carries no weight). */
export const weightSchema = z.number({ error: 'must be a finite number ≥ 0' }).nonnegative({ error: 'must be ≥ 0' });

/** @internal Whether `v` is a plain object (not an array, Date or class instance). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Free-form attributes: any plain object, passed through as is. (zod's `record` drops a
 * `__proto__` key; here such keys stay ordinary data and are copied as own properties.)
 */
export const attributesSchema = z.custom<Record<string, unknown>>(isPlainObject, { error: 'must be a plain object' });
