import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildSocialGraph, consistency, createRng } from '../../../src/index.js';
import { DAY, errorOf, MINUTE } from './fixture.js';

function actor(times: number[], createdAt?: number) {
  return buildSocialGraph({
    accounts: [{ id: 'me', ...(createdAt === undefined ? {} : { createdAt }) }, { id: 'sink' }],
    interactions: times.map((time) => ({ from: 'me', to: 'sink', type: 'mention', time })),
  });
}

describe('consistency', () => {
  it('is 1 for an account active every day at clockwork intervals', () => {
    const daily = Array.from({ length: 28 }, (_, d) => d * DAY);
    const c = consistency({ asOf: 28 * DAY }).score(actor(daily, 0));
    expect(c.get('me')).toBe(1);
    expect((c.meta.extra!.activeShare as Float64Array)[0]).toBe(1);
  });

  it('averages the active-week share and 1/(1 + CV) of the gaps for a bursty account', () => {
    const times = [...Array.from({ length: 14 }, (_, i) => i * MINUTE), ...Array.from({ length: 14 }, (_, i) => 21 * DAY + i * MINUTE)];
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length);
    const c = consistency({ asOf: 28 * DAY }).score(actor(times, 0));
    // Active in weeks 0 and 3 of 4.
    expect(c.get('me')).toBeCloseTo(0.5 * (2 / 4) + 0.5 / (1 + sd / mean), 14);
    expect((c.meta.extra!.regularity as Float64Array)[0]).toBeLessThan(0.25);
  });

  it('gives random (Poisson) timing a regularity near ½', () => {
    const rng = createRng(7);
    let t = 0;
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) times.push((t += -Math.log(1 - rng.next()) * 3_600_000));
    const c = consistency({ regularityWeight: 1 }).score(actor(times));
    expect(c.get('me')).toBeGreaterThan(0.48);
    expect(c.get('me')).toBeLessThan(0.52);
  });

  it('scores 0 without events and measures no regularity below minEvents', () => {
    const c = consistency({ asOf: 14 * DAY }).score(actor([DAY, 2 * DAY], 0));
    expect(c.get('sink')).toBe(0);
    expect((c.meta.extra!.regularity as Float64Array)[0]).toBe(0);
    expect(c.get('me')).toBe(0.5 * (1 / 2));
  });

  it('does not blame an old account for the time before the data begins', () => {
    const daily = Array.from({ length: 28 }, (_, d) => 1000 * DAY + d * DAY);
    const c = consistency({ asOf: 1028 * DAY }).score(actor(daily, 0));
    expect(c.get('me')).toBe(1);
  });

  it('counts the account’s posts as events', () => {
    const g = buildSocialGraph({
      accounts: [{ id: 'writer', createdAt: 0 }, { id: 'other' }],
      posts: Array.from({ length: 4 }, (_, w) => ({ id: `p${w}`, author: 'writer', time: w * 7 * DAY })),
      interactions: [{ from: 'other', to: 'writer', type: 'like', time: 0 }],
    });
    expect(consistency({ asOf: 28 * DAY }).score(g).get('writer')).toBe(1);
    expect(consistency({ asOf: 28 * DAY, includePosts: false }).score(g).get('writer')).toBe(0);
  });

  it('raises MISSING_DATA when an edge in the view has no time', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.mergeEdge('a', 'b', { type: 'follow' });
    g.mergeEdge('a', 'c', { type: 'mention', time: 3 });
    const e = errorOf(() => consistency().score(g));
    expect(e.code).toBe('MISSING_DATA');
    expect(e.issues[0].message).toContain('follow edge a → b');
    expect(consistency({ relations: ['mention'] }).score(g).get('a')).toBeGreaterThan(0);
  });
});
