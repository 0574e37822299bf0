import { describe, expect, it } from 'vitest';
import { buildSocialGraph, fromGraphologyJSON, parseEdgeCsv, parseNdjson, timeSchema } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

// 0050-01-01T00:00Z: 1920 years before the epoch, counted in the proleptic Gregorian calendar.
const YEAR_50 = -60_589_296_000_000;
const edgeTime = (graph: { forEachEdge(cb: (e: string, a: Record<string, unknown>) => void): void }): unknown[] => {
  const times: unknown[] = [];
  graph.forEachEdge((_, a) => times.push(a.time));
  return times;
};

describe('times before the year 100 and out-of-range times', () => {
  it('timeSchema reads years 0000–0099 as written, not as 1900–1999', () => {
    expect(timeSchema.parse('0050-01-01')).toBe(YEAR_50);
    expect(timeSchema.parse('0050-01-01T00:00:00Z')).toBe(YEAR_50);
    expect(new Date(timeSchema.parse('0000-02-29T12:30:00Z')).toISOString()).toBe('0000-02-29T12:30:00.000Z');
    expect(new Date(timeSchema.parse('0099-12-31T23:59:59.999+01:00')).toISOString()).toBe('0099-12-31T22:59:59.999Z');
    expect(timeSchema.parse('0100-01-01')).toBe(Date.UTC(100, 0, 1));
  });

  it('every loader reads year 0050 as 0050', () => {
    expect(edgeTime(parseEdgeCsv('source,target,time\na,b,0050-01-01\n'))).toEqual([YEAR_50]);
    expect(edgeTime(parseNdjson('{"kind":"interaction","from":"a","to":"b","type":"share","time":"0050-01-01"}\n'))).toEqual([YEAR_50]);
    expect(edgeTime(buildSocialGraph({ interactions: [{ from: 'a', to: 'b', type: 'share', time: '0050-01-01' }] }))).toEqual([YEAR_50]);
    const json = fromGraphologyJSON({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { time: '0050-01-01' } }] });
    expect(edgeTime(json)).toEqual([YEAR_50]);
  });

  it('offsets beyond ±23:59 are errors, not shifted times', () => {
    for (const bad of ['2024-01-01T00:00+99:99', '2024-01-01T00:00+24:00', '2024-01-01T00:00-00:60']) {
      expect(timeSchema.safeParse(bad).success).toBe(false);
      expect(thrown(() => parseEdgeCsv(`source,target,time\na,b,${bad}\n`)).issues[0].field).toBe('time');
    }
    expect(timeSchema.parse('2024-01-01T00:00+23:59')).toBe(Date.UTC(2023, 11, 31, 0, 1));
  });

  it('numeric times outside the Date range (±8.64e15 ms), also after a seconds conversion, are errors', () => {
    expect(timeSchema.safeParse(8.64e15).success).toBe(true);
    expect(timeSchema.safeParse(8.64e15 + 1).success).toBe(false);
    expect(timeSchema.safeParse(-1e300).success).toBe(false);
    expect(timeSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
    const seconds = thrown(() => parseEdgeCsv('source,target,time\na,b,1e306\n', { timeUnit: 's' }));
    expect(seconds.code).toBe('INVALID_INPUT');
    expect(seconds.issues[0]).toMatchObject({ line: 2, field: 'time' });
    expect(thrown(() => parseEdgeCsv('source,target,time\na,b,9e15\n')).issues[0]).toMatchObject({ line: 2, field: 'time' });
    expect(thrown(() => buildSocialGraph({ interactions: [{ from: 'a', to: 'b', type: 'share', time: 1e300 }] })).code).toBe('INVALID_INPUT');
    expect(edgeTime(parseEdgeCsv('source,target,time\na,b,1714550400\n', { timeUnit: 's' }))).toEqual([1_714_550_400_000]);
  });
});
