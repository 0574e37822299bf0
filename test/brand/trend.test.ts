import { describe, expect, it } from 'vitest';
import { buildSocialGraph, degree, getScoringContext, pagerank, tenure, trend, trust } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';
import { trendExperiment } from '../helpers/trend-experiment.js';

const DAY = 86_400_000;

describe('trend on generated worlds with planted rising and fading accounts', () => {
  // 6 seeds here (24 + 24 planted accounts); the slow test runs 50 seeds and prints the rates.
  const outcomes = [1, 2, 3, 4, 5, 6].map(trendExperiment);

  it('labels every planted riser rising (or new) and every planted fader fading (or gone)', () => {
    for (const o of outcomes) {
      expect(o.risingLabelled, `seed ${o.seed}`).toBe(o.planted);
      expect(o.fadingLabelled, `seed ${o.seed}`).toBe(o.planted);
    }
  });

  it('ranks the planted accounts at the ends of the momentum ranking', () => {
    for (const o of outcomes) {
      expect(o.risingTop8, `seed ${o.seed}`).toBe(o.planted);
      expect(o.fadingBottom8, `seed ${o.seed}`).toBe(o.planted);
    }
  });

  it('labels few unplanted accounts rising or fading (under 10%)', () => {
    for (const o of outcomes) expect(o.falseAlarms / o.accounts, `seed ${o.seed}`).toBeLessThan(0.1);
  });
});

describe('trend mechanics', () => {
  // a gains a follower per week from week 5 on; b loses them; c is followed throughout.
  const interactions = [];
  for (let w = 0; w < 10; w++) {
    interactions.push({ from: `x${w}`, to: 'c', type: 'share', time: w * 7 * DAY });
    if (w >= 5) for (let k = 0; k <= w; k++) interactions.push({ from: `y${k}`, to: 'a', type: 'share', time: w * 7 * DAY + DAY });
    if (w < 5) for (let k = 0; k <= 5 - w; k++) interactions.push({ from: `z${k}`, to: 'b', type: 'share', time: w * 7 * DAY + DAY });
  }
  const graph = buildSocialGraph({ interactions, follows: [{ follower: 'a', followee: 'b', since: -400 * DAY }] });

  it('slides windows ending at the last time, each added to the scorer\'s own view', () => {
    const t = trend(graph, degree({ mode: 'in', view: { relations: ['share'] } }), { window: '14d', step: '7d' });
    expect(t.windows.at(-1)!.to).toBe(9 * 7 * DAY + DAY);
    expect(t.windows.length).toBe(8);
    for (const w of t.windows) expect(w.to - w.from).toBe(14 * DAY);
    // The follow of -400 days is outside the share view, so it does not stretch the period.
    expect(t.windows[0].from).toBeGreaterThanOrEqual(0);
    const last = t.vectors.at(-1)!;
    const ctx = getScoringContext(graph, { relations: ['share'], window: t.windows.at(-1)! });
    expect([...last.values]).toEqual([...degree({ mode: 'in' }).score(ctx).values]);
  });

  it('says a is new, b gone, and momentum orders a above c above b', () => {
    const t = trend(graph, pagerank({ view: { relations: ['share'] } }), { window: '14d', step: '7d' });
    const at = (k: string) => t.status[t.momentum.keys.indexOf(k)];
    expect(at('a')).toBe('new');
    expect(at('b')).toBe('gone');
    expect(t.momentum.get('a')!).toBeGreaterThan(t.momentum.get('c')!);
    expect(t.momentum.get('c')!).toBeGreaterThan(t.momentum.get('b')!);
    const [lo, hi] = t.momentum.meta.range;
    for (const v of t.momentum.values) expect(Number.isFinite(v) && v >= lo && v <= hi).toBe(true);
  });

  it('a window longer than the data is an INVALID_OPTION error naming window', () => {
    const error = thrown(() => trend(graph, degree(), { window: '600d', step: '7d' }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0].field).toBe('window');
  });

  it('fewer than two windows is an error naming step; bad durations name their option', () => {
    expect(thrown(() => trend(graph, degree({ view: { relations: ['share'] } }), { window: '60d', step: '30d' })).issues[0].field).toBe('step');
    expect(thrown(() => trend(graph, degree(), { window: 'soon', step: '7d' })).issues[0].path).toEqual(['window']);
    expect(thrown(() => trend(graph, degree(), { window: '7d', step: -1 })).issues[0].path).toEqual(['step']);
  });

  it('a graph without times is a MISSING_DATA error', () => {
    const bare = buildSocialGraph({ follows: [{ follower: 'a', followee: 'b' }] });
    expect(thrown(() => trend(bare, degree(), { window: '7d', step: '1d' })).code).toBe('MISSING_DATA');
  });

  it('scores accounts on windows from before they were created: tenure leaves them out with a warning, trust and tenure need no fallback', () => {
    // Three accounts created on days 0, 40 and 80; they follow and reply to each other every 10 days.
    const accounts = [0, 40, 80].map((day, i) => ({ id: `u${i}`, createdAt: day * DAY }));
    const follows = [];
    const interactions = [];
    for (let d = 0; d <= 120; d += 10) {
      follows.push({ follower: `u${(d / 10) % 3}`, followee: `u${(d / 10 + 1) % 3}`, since: d * DAY });
      interactions.push({ from: `u${(d / 10 + 1) % 3}`, to: `u${(d / 10) % 3}`, type: 'reply', time: d * DAY + 3_600_000 });
    }
    const world = buildSocialGraph({ accounts, follows, interactions });
    const t = trend(world, tenure(), { window: '30d', step: '30d' });
    expect(t.windows.map((w) => w.to / DAY)).toEqual([30, 60, 90, 120].map((d) => d + 1 / 24));
    // Window 1 ends before u1 and u2 exist, window 2 before u2: they score 0 there, and the warning counts them.
    expect([...t.vectors[0].values]).toEqual([expect.any(Number), 0, 0]);
    expect(t.vectors[0].values[0]).toBeGreaterThan(0);
    expect(t.vectors[1].get('u2')).toBe(0);
    expect(t.vectors[1].get('u1')).toBeGreaterThan(0);
    const said = t.momentum.meta.warnings.filter((w) => w.message.includes('did not exist yet'));
    expect(said).toHaveLength(2);
    expect(said.map((w) => w.code)).toEqual(['AFTER_AS_OF', 'AFTER_AS_OF']);
    expect(said[0].message).toMatch(/^window 1: 2 account\(s\) created after asOf .* left out \(scored 0\): "u1", "u2"$/);
    expect(said[1].message).toMatch(/^window 2: 1 account\(s\) created after asOf .* "u2"$/);
    for (const v of t.vectors) for (const x of v.values) expect(Number.isFinite(x)).toBe(true);
    // The trust preset (tenure is one of its signals) runs on every window too.
    const composite = trend(world, trust(), { window: '30d', step: '30d' });
    expect(composite.momentum.meta.warnings.some((w) => /^window 1: tenure: 2 account\(s\) created after asOf/.test(w.message))).toBe(true);
    for (const v of composite.vectors) for (const x of v.values) expect(Number.isFinite(x)).toBe(true);
  });
});
