import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountSchema, followSchema, idSchema, interactionSchema, postSchema, socialRecordsSchema, timeSchema } from '../../src/index.js';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

describe('timeSchema', () => {
  it('keeps ms numbers and converts Dates to ms', () => {
    expect(timeSchema.parse(1714550400000)).toBe(1714550400000);
    expect(timeSchema.parse(new Date(Date.UTC(2024, 4, 1)))).toBe(Date.UTC(2024, 4, 1));
  });

  it('reads ISO dates as UTC midnight and date-times with their zone', () => {
    expect(timeSchema.parse('2024-05-01')).toBe(Date.UTC(2024, 4, 1));
    expect(timeSchema.parse('2024-05-01T09:30:00Z')).toBe(Date.UTC(2024, 4, 1, 9, 30));
    expect(timeSchema.parse('2024-05-01T11:30:00+02:00')).toBe(Date.UTC(2024, 4, 1, 9, 30));
    expect(timeSchema.parse('2024-05-01 04:30-0500')).toBe(Date.UTC(2024, 4, 1, 9, 30));
    expect(timeSchema.parse('2024-05-01T09:30:00.250Z')).toBe(Date.UTC(2024, 4, 1, 9, 30, 0, 250));
  });

  it('rejects a time of day without a zone, because it would depend on the machine', () => {
    const r = timeSchema.safeParse('2024-05-01T09:30:00');
    expect(r.success).toBe(false);
    expect(issuesOf(r)[0].message).toMatch(/ISO 8601/);
  });

  it('rejects impossible dates, free text, NaN, Infinity and invalid Dates', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-05-01T24:00Z', 'yesterday', '', NaN, Infinity, new Date('nope'), true, null]) {
      expect(timeSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(timeSchema.parse('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('reads back every Date from its toISOString()', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (d) => {
        expect(timeSchema.parse(d.toISOString())).toBe(d.getTime());
      }),
    );
  });

  it('reads the same instant from any UTC offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (ms, offsetMin) => {
        const t = Math.floor(ms / 1000) * 1000;
        const local = new Date(t + offsetMin * 60_000).toISOString().slice(0, 19);
        const sign = offsetMin < 0 ? '-' : '+';
        const abs = Math.abs(offsetMin);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(timeSchema.parse(local + zone)).toBe(t);
      }),
    );
  });
});

describe('idSchema', () => {
  it('accepts non-empty strings and stores integers as strings', () => {
    expect(idSchema.parse('proto')).toBe('proto');
    expect(idSchema.parse(' spaced id ')).toBe(' spaced id ');
    expect(idSchema.parse(42)).toBe('42');
  });

  it('accepts names of Object.prototype members as ordinary ids', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(idSchema.parse(id)).toBe(id);
  });

  it('rejects empty strings, fractions and other types', () => {
    for (const bad of ['', 1.5, null, undefined, {}, ['a']]) expect(idSchema.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe('accountSchema', () => {
  it('validates an account and normalizes createdAt to ms', () => {
    expect(accountSchema.parse({ id: 'ada', createdAt: '2019-03-01', followers: 1200, following: 10, verified: true, flags: ['x'] })).toEqual({
      id: 'ada',
      createdAt: Date.UTC(2019, 2, 1),
      followers: 1200,
      following: 10,
      verified: true,
      flags: ['x'],
    });
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const r = accountSchema.safeParse({ id: 'ada', follower: 3 });
    expect(r.success).toBe(false);
    expect(issuesOf(r)[0].message).toMatch(/follower/);
  });

  it('rejects negative or non-finite counts and non-string flags', () => {
    const r = accountSchema.safeParse({ id: 'a', followers: -1, following: Infinity, flags: [1] });
    expect(issuesOf(r).map((i) => i.path)).toEqual(['followers', 'following', 'flags.0']);
  });

  it('passes free-form attributes through, keeping a __proto__ key as data', () => {
    const attributes = JSON.parse('{"__proto__": {"polluted": true}, "name": "Ada"}') as Record<string, unknown>;
    const parsed = accountSchema.parse({ id: 'a', attributes });
    expect(Object.keys(parsed.attributes!)).toEqual(['__proto__', 'name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('followSchema, interactionSchema, postSchema', () => {
  it('validates a follow with an optional since', () => {
    expect(followSchema.parse({ follower: 'b', followee: 'a', since: '2023-01-15' })).toEqual({ follower: 'b', followee: 'a', since: Date.UTC(2023, 0, 15) });
    expect(followSchema.safeParse({ follower: 'b' }).success).toBe(false);
  });

  it('accepts known and custom interaction types, and weights that are finite and ≥ 0', () => {
    expect(interactionSchema.parse({ from: 'b', to: 'a', type: 'share', weight: 0 }).weight).toBe(0);
    expect(interactionSchema.parse({ from: 'b', to: 'a', type: 'boost' }).type).toBe('boost');
    for (const weight of [-1, NaN, Infinity, '2']) {
      const r = interactionSchema.safeParse({ from: 'b', to: 'a', type: 'like', weight });
      expect(issuesOf(r).map((i) => i.path), String(weight)).toEqual(['weight']);
    }
    expect(issuesOf(interactionSchema.safeParse({ from: 'b', to: 'a', type: '' })).map((i) => i.path)).toEqual(['type']);
  });

  it('requires a post id, author and time, and non-negative finite counts', () => {
    const ok = postSchema.parse({ id: 'p', author: 'a', time: '2024-05-01T00:00:00Z', impressions: 10, likes: 2, saves: 0 });
    expect(ok.time).toBe(Date.UTC(2024, 4, 1));
    const r = postSchema.safeParse({ id: 'p', author: 'a', likes: -3, views: NaN });
    expect(issuesOf(r).map((i) => i.path).sort()).toEqual(['likes', 'time', 'views']);
  });

  it('validates whole record sets', () => {
    const r = socialRecordsSchema.parse({ accounts: [{ id: 1 }], follows: [{ follower: 2, followee: 1 }] });
    expect(r.accounts![0].id).toBe('1');
    expect(socialRecordsSchema.safeParse({ users: [] }).success).toBe(false);
  });
});
