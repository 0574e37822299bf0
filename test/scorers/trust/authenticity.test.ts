import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authenticity, buildSocialGraph } from '../../../src/index.js';
import { isFlatWarning } from '../../../src/core/flat-scores.js';
import { robustPeakZ } from '../../../src/scorers/trust/internal/robust-peak.js';
import { DAY, errorOf, MINUTE } from './fixture.js';

/** celeb is followed by one genuine account and one failing each rule. */
function audience() {
  return buildSocialGraph({
    accounts: [
      { id: 'celeb', createdAt: 0 },
      { id: 'real', createdAt: 10 * DAY, followers: 50, following: 100 },
      { id: 'lurker', createdAt: 20 * DAY, followers: 5, following: 40 },
      { id: 'mass', createdAt: 30 * DAY, followers: 10, following: 3000 },
      { id: 'popular', createdAt: 40 * DAY, followers: 900, following: 2000 },
      { id: 'bot', createdAt: 50 * DAY, flags: ['bot'] },
    ],
    posts: ['real', 'mass', 'popular', 'bot'].map((author, i) => ({ id: `p${i}`, author, time: 60 * DAY })),
    follows: ['real', 'lurker', 'mass', 'popular', 'bot'].map((follower, i) => ({ follower, followee: 'celeb', since: (61 + i) * DAY })),
  });
}

describe('authenticity', () => {
  it('is the share of followers passing every rule, blended with the growth term', () => {
    const a = authenticity({ growthWeight: 0 }).score(audience());
    // lurker (no posts), mass (3000 > 1500 and > 10 × 10) and bot (flagged) fail; popular follows
    // 2000 but has 900 followers, so it is no mass follower.
    expect(a.get('celeb')).toBeCloseTo(2 / 5, 15);
    const byRule = a.meta.extra!.suspiciousByRule as Record<string, Float64Array>;
    expect([byRule.noPosts[0], byRule.massFollow[0], byRule.flagged[0]]).toEqual([1, 1, 1]);
    expect(a.get('real')).toBe(1); // no followers: nothing to doubt
  });

  it('lets each rule be switched off or tuned', () => {
    const g = audience();
    expect(authenticity({ growthWeight: 0, rules: { noPosts: false, flagged: false } }).score(g).get('celeb')).toBeCloseTo(4 / 5, 15);
    expect(authenticity({ growthWeight: 0, rules: { massFollow: { ratio: 2 } } }).score(g).get('celeb')).toBeCloseTo(1 / 5, 15);
    expect(authenticity({ growthWeight: 0, rules: { flagged: ['spam'] } }).score(g).get('celeb')).toBeCloseTo(3 / 5, 15);
  });

  it('flags followers created in a burst of at least minAccounts within ±window', () => {
    const accounts = [
      { id: 'target', createdAt: 0 },
      ...Array.from({ length: 20 }, (_, i) => ({ id: `farm${i}`, createdAt: 100 * DAY + i * 20_000 })),
      ...Array.from({ length: 20 }, (_, i) => ({ id: `user${i}`, createdAt: i * DAY })),
    ];
    const g = buildSocialGraph({ accounts, follows: accounts.slice(1).map((a) => ({ follower: a.id, followee: 'target' })) });
    const a = authenticity({ growthWeight: 0, rules: { noPosts: false } }).score(g);
    expect(a.get('target')).toBe(0.5);
    // A larger minimum makes the farm look like organic sign-ups.
    expect(authenticity({ growthWeight: 0, rules: { burst: { minAccounts: 21 } } }).score(g).get('target')).toBe(1);
    expect(authenticity({ growthWeight: 0, rules: { burst: { window: MINUTE / 10 } } }).score(g).get('target')).toBe(1);
  });

  it('penalizes a spike of new followers by zThreshold / z and leaves steady growth alone', () => {
    const follows = [
      ...Array.from({ length: 60 }, (_, d) => ({ follower: `s${d}`, followee: 'steady', since: d * DAY })),
      ...Array.from({ length: 60 }, (_, d) => ({ follower: `o${d}`, followee: 'spiky', since: d * DAY })),
      ...Array.from({ length: 40 }, (_, i) => ({ follower: `b${i}`, followee: 'spiky', since: 45 * DAY + i * MINUTE })),
    ];
    const a = authenticity({ growthWeight: 1, rules: { noPosts: false, burst: false, massFollow: false } }).score(buildSocialGraph({ follows }));
    const z = a.meta.extra!.growthZ as Float64Array;
    const spiky = a.keys.indexOf('spiky');
    // 60 days of 1 follower, one day of 41: median 1, MAD 0, MeanAD = 40/60.
    expect(z[spiky]).toBeCloseTo(40 / (1.2533 * (40 / 60)), 12);
    expect(a.get('spiky')).toBeCloseTo(3.5 / z[spiky], 15);
    expect(a.get('steady')).toBe(1);
  });

  it('computes the robust z of the peak as if the zero periods were listed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (counts, zeros) => {
        const sorted = [...counts].sort((a, b) => a - b);
        const all = [...Array(zeros).fill(0), ...sorted];
        const med = (xs: number[]): number => {
          const s = [...xs].sort((a, b) => a - b);
          const n = s.length;
          return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        };
        const m = med(all);
        const mad = med(all.map((x) => Math.abs(x - m)));
        const meanAd = all.reduce((s, x) => s + Math.abs(x - m), 0) / all.length;
        const peak = sorted[sorted.length - 1] - m;
        const expected = all.length < 2 ? 0 : mad > 0 ? peak / (1.4826 * mad) : meanAd > 0 ? peak / (1.2533 * meanAd) : 0;
        expect(robustPeakZ(sorted, zeros)).toBeCloseTo(expected, 10);
      }),
    );
  });

  it('needs follow times for the growth term, and says how to drop it', () => {
    const g = buildSocialGraph({ follows: [{ follower: 'a', followee: 'b' }] });
    const e = errorOf(() => authenticity().score(g));
    expect(e.code).toBe('MISSING_DATA');
    expect(e.message).toContain('growthWeight: 0');
    expect(authenticity({ growthWeight: 0 }).score(g).get('b')).toBe(1);
  });

  it('skips, with a warning, a rule whose data the graph lacks', () => {
    const g = buildSocialGraph({ follows: [{ follower: 'a', followee: 'b', since: 0 }] });
    const a = authenticity().score(g);
    expect(a.meta.warnings.filter((w) => !isFlatWarning(w))).toEqual([
      { code: 'RULE_SKIPPED', message: 'rule noPosts skipped: the graph has no posts' },
      { code: 'RULE_SKIPPED', message: 'rule burst skipped: no account has createdAt' },
    ]);
  });
});
