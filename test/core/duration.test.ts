import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { durationSchema, parseDuration, positiveDurationSchema, type Duration } from '../../src/core/duration.js';
import { thrown } from '../helpers/errors.js';

const DAY = 86_400_000;
const loose = <T>(value: unknown): T => value as T;

describe('Duration', () => {
  it('reads a number as milliseconds and every unit from ms to years', () => {
    expect(parseDuration(1500)).toBe(1500);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('2s')).toBe(2000);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30d')).toBe(30 * DAY);
    expect(parseDuration('2w')).toBe(14 * DAY);
    expect(parseDuration('1y')).toBe(365 * DAY);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('0d')).toBe(0);
  });

  it('rejects negative, non-finite, unitless, unknown-unit and non-string values with INVALID_OPTION naming the field', () => {
    for (const bad of [-1, NaN, Infinity, '30', '30 days', '3mo', '-2d', '', 'd', null, true, {}, [1]]) {
      const error = thrown(() => parseDuration(loose<Duration>(bad), 'halfLife'));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.issues[0].field).toBe('halfLife');
      expect(error.message).toMatch(/halfLife/);
    }
  });

  it('rejects a string too long to represent instead of returning Infinity', () => {
    expect(thrown(() => parseDuration(loose<Duration>(`${'9'.repeat(400)}d`))).code).toBe('INVALID_OPTION');
  });

  it('works as a zod schema inside an options object: input Duration, output ms', () => {
    const schema = z.object({ within: durationSchema.prefault('1d'), halfLife: positiveDurationSchema.optional() }).strict();
    expect(schema.parse({})).toEqual({ within: DAY });
    expect(schema.parse({ within: '12h', halfLife: 60_000 })).toEqual({ within: 12 * 3_600_000, halfLife: 60_000 });
    const zero = schema.safeParse({ halfLife: '0d' });
    expect(zero.success).toBe(false);
    const bad = schema.safeParse({ within: '3 parsecs' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['within']);
    expect(bad.error?.issues[0].message).toMatch(/'30d'/);
  });
});
