import { describe, expect, it } from 'vitest';
import { buildSocialGraph, degree, pagerank, trend } from '../../src/index.js';
import { type TrendFamilyOutcome, trendFamilyCase } from '../helpers/trend-families.js';

// A few worlds of the trend family (trend-families.slow.test.ts runs 64 and prints the rates):
// 1,000 accounts, log-normal shares, 20 median risers and 20 faders (×16 over a year), 10 starters and stoppers.
describe('trend on attention worlds built independently of brandWorld', () => {
  const [dense, denseRank] = trendFamilyCase({ seed: 101, accounts: 1000, events: 150_000, starters: 10 });
  const [growing, growingRank] = trendFamilyCase({ seed: 102, accounts: 1000, events: 150_000, growth: 8, starters: 10 });
  const [sparse, sparseRank] = trendFamilyCase({ seed: 103, accounts: 1000, events: 5_000, starters: 10 });
  const share = ([found, of]: [number, number]) => found / of;
  const steadyShare = (o: TrendFamilyOutcome) => o.steadyLabelled / o.steady;

  it('finds most median risers and faders that have 30 or more events, where the rank levels found few', () => {
    for (const o of [dense, growing]) {
      expect(share(o.denseRisers), `${JSON.stringify(o.denseRisers)}`).toBeGreaterThanOrEqual(0.7);
      expect(share(o.denseFaders), `${JSON.stringify(o.denseFaders)}`).toBeGreaterThanOrEqual(0.6);
    }
    // The rank levels (the old default) on the same worlds.
    expect(share(denseRank.denseRisers)).toBeLessThan(share(dense.denseRisers));
  });

  it('labels under 1% of steady accounts, with a growing platform and with sparse activity, where the rank levels labelled many sparse ones', () => {
    for (const o of [dense, growing, sparse]) expect(steadyShare(o), `${o.world.seed}`).toBeLessThan(0.01);
    expect(steadyShare(sparseRank)).toBeGreaterThan(0.1);
  });

  it('labels accounts that start (stop) receiving attention halfway new (gone)', () => {
    expect(share(dense.starters)).toBeGreaterThanOrEqual(0.5);
    expect(share(dense.stoppers)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('trend rate momentum mechanics', () => {
  const DAY = 86_400_000;
  // A platform whose volume doubles every few weeks; "up" gains share, "flat" keeps it, "late" appears in week 6.
  const interactions: { from: string; to: string; type: string; time: number }[] = [];
  for (let w = 0; w < 12; w++) {
    const volume = 2 ** Math.floor(w / 3);
    for (let k = 0; k < 20 * volume; k++) interactions.push({ from: `f${k}`, to: 'flat', type: 'share', time: w * 7 * DAY + k });
    for (let k = 0; k < 60 * volume; k++) interactions.push({ from: `f${k}`, to: `crowd${k % 30}`, type: 'share', time: w * 7 * DAY + k });
    for (let k = 0; k < 2 * volume * (w + 1); k++) interactions.push({ from: `f${k}`, to: 'up', type: 'share', time: w * 7 * DAY + k });
    if (w >= 6) for (let k = 0; k < 10 * volume; k++) interactions.push({ from: `f${k}`, to: 'late', type: 'share', time: w * 7 * DAY + k });
  }
  const graph = buildSocialGraph({ interactions });
  const t = trend(graph, degree({ mode: 'in' }), { window: '14d', step: '7d' });
  const at = (k: string) => t.status[t.momentum.keys.indexOf(k)];

  it('compares each account with the platform: growth alone is steady, a growing share rises, a late start is new', () => {
    // flat's events grow ×8 with the platform, its share falls from 20/82 to 20/114 as "up" and "late" grow: log₂ ≈ −0.48.
    expect(at('flat')).toBe('steady');
    expect(t.momentum.get('flat')!).toBeGreaterThan(-0.7);
    expect(t.momentum.get('flat')!).toBeLessThan(-0.3);
    expect(at('up')).toBe('rising');
    expect(at('late')).toBe('new');
    // The followers f… only send attention: no events of their own, so steady with momentum 0.
    expect(at('f0')).toBe('steady');
    expect(t.momentum.get('f0')).toBe(0);
  });

  it('reports events, p-values and the dispersion; momentum stays inside its declared range', () => {
    const extra = t.momentum.meta.extra!;
    // Events from the first window's start on (the windows end at the last time, so the first starts a little after 0).
    const counted = interactions.filter((x) => x.to === 'flat' && x.time >= t.windows[0].from).length;
    expect(counted).toBeGreaterThan(800);
    expect((extra.events as Float64Array)[t.momentum.keys.indexOf('flat')]).toBe(counted);
    expect(Number.isNaN((extra.pChange as Float64Array)[t.momentum.keys.indexOf('f0')])).toBe(true);
    expect(extra.dispersion).toBeGreaterThanOrEqual(1);
    const [lo, hi] = t.momentum.meta.range;
    for (const v of t.momentum.values) expect(Number.isFinite(v) && v >= lo && v <= hi).toBe(true);
  });

  it("momentum: 'rank' keeps the rank levels: the growing platform's rank order is unchanged, so 'flat' is steady there too", () => {
    const rank = trend(graph, pagerank(), { window: '14d', step: '7d', momentum: 'rank' });
    expect(rank.momentum.meta.params).toMatchObject({ momentum: 'rank', threshold: 2 });
    expect(rank.status[rank.momentum.keys.indexOf('late')]).toBe('new');
  });

  it('says so when the scorer sees edges without a time', () => {
    const mixed = buildSocialGraph({ interactions, follows: [{ follower: 'f1', followee: 'flat' }] });
    const r = trend(mixed, degree({ mode: 'in' }), { window: '14d', step: '7d' });
    expect(r.momentum.meta.warnings.some((w) => w.code === 'UNTIMED_EVENTS' && /1 edge\(s\) the scorer sees have no time/.test(w.message))).toBe(true);
  });
});
