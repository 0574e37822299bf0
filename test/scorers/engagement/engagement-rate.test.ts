import { describe, expect, it } from 'vitest';
import { type EngagementExtra, engagementRate, InfluenceScoreError } from '../../../src/index.js';
import { DAY, fixtureColumns, fixtureGraph, T } from './fixture.js';
import { messages } from '../../helpers/warnings.js';

const extraOf = (v: { meta: { extra?: unknown } }): EngagementExtra => v.meta.extra as EngagementExtra;
const RAW = { smoothing: false } as const;

describe('engagementRate formulas on a hand-checked data set', () => {
  it('ERF (followers, pooled) is Σ engagements / (posts × followers), type-weighted', () => {
    const v = engagementRate(RAW).score(fixtureGraph());
    expect(v.get('a')).toBeCloseTo(56 / 2000, 15);
    expect(v.get('b')).toBeCloseTo(6 / 200, 15);
    const x = extraOf(v);
    const a = v.keys.indexOf('a');
    expect([x.posts[a], x.engagements[a], x.exposure[a]]).toEqual([2, 56, 2000]);
  });

  it('per-post averaging equals pooled under the followers denominator', () => {
    const pooled = engagementRate(RAW).score(fixtureGraph());
    const perPost = engagementRate({ ...RAW, averaging: 'per-post' }).score(fixtureGraph());
    for (const key of ['a', 'b']) expect(perPost.get(key)).toBeCloseTo(pooled.get(key)!, 15);
  });

  it('ERR pooled is Σ E / Σ reach and per-post is the mean of E / reach', () => {
    const pooled = engagementRate({ ...RAW, denominator: 'reach' }).score(fixtureGraph());
    expect(pooled.get('a')).toBeCloseTo(56 / 1000, 15);
    expect(pooled.get('c')).toBeCloseTo(3 / 20, 15);
    const perPost = engagementRate({ ...RAW, denominator: 'reach', averaging: 'per-post' }).score(fixtureGraph());
    expect(perPost.get('a')).toBeCloseTo((46 / 600 + 10 / 400) / 2, 15);
    expect(perPost.get('b')).toBeCloseTo(6 / 100, 15);
  });

  it('ERI pooled is Σ E / Σ impressions and per-post is the mean of E / impressions', () => {
    expect(engagementRate({ ...RAW, denominator: 'impressions' }).score(fixtureGraph()).get('a')).toBeCloseTo(56 / 1400, 15);
    expect(engagementRate({ ...RAW, denominator: 'impressions', averaging: 'per-post' }).score(fixtureGraph()).get('a')).toBeCloseTo((46 / 900 + 10 / 500) / 2, 15);
  });

  it('type weights are configurable and merge over the defaults', () => {
    const v = engagementRate({ ...RAW, weights: { comment: 1, share: 1 } }).score(fixtureGraph());
    expect(v.get('a')).toBeCloseTo((37 + 10) / 2000, 15);
    expect(v.meta.params.weights).toMatchObject({ like: 1, comment: 1, share: 1, save: 2, view: 0 });
  });

  it('the graph path and the columnar path give identical rates', () => {
    for (const denominator of ['followers', 'reach', 'impressions'] as const) {
      const g = engagementRate({ denominator, halfLife: 3 * DAY }).score(fixtureGraph());
      const c = engagementRate({ denominator, halfLife: 3 * DAY }).scoreColumns(fixtureColumns());
      for (const key of c.keys) expect(g.get(key)).toBe(c.get(key));
    }
  });
});

describe('engagementRate with interaction edges', () => {
  it('counts and same-type interactions on a post combine by max, not sum', () => {
    const g = fixtureGraph();
    for (let i = 0; i < 3; i++) g.addEdge('x', 'b', { type: 'like', post: 'p3', time: T });
    expect(engagementRate(RAW).score(g).get('b')).toBeCloseTo(6 / 200, 15);
    for (let i = 0; i < 3; i++) g.addEdge('y', 'b', { type: 'like', post: 'p3', time: T });
    expect(engagementRate(RAW).score(g).get('b')).toBeCloseTo((6 + 2) / 200, 15); // max(4 likes, 6 like edges) + 2 × 1 comment
  });

  it('an interaction type the post has no count for adds its weight times the edge weight', () => {
    const g = fixtureGraph();
    g.addEdge('x', 'b', { type: 'quote', post: 'p3', time: T, weight: 2 });
    expect(engagementRate(RAW).score(g).get('b')).toBeCloseTo((6 + 3 * 2) / 200, 15);
  });

  it('interactions aimed at an author without a post add to the numerator', () => {
    const g = fixtureGraph();
    g.addEdge('x', 'b', { type: 'comment', time: T });
    expect(engagementRate(RAW).score(g).get('b')).toBeCloseTo((6 + 2) / 200, 15);
  });

  it('with post records, an account with interactions but no posts stays unrated, with a warning', () => {
    const g = fixtureGraph();
    g.addEdge('x', 'd', { type: 'like', time: T });
    const v = engagementRate({ prior: { alpha: 1, beta: 99 } }).score(g);
    expect(v.get('d')).toBeCloseTo(0.01, 15);
    expect(extraOf(v).exposure[v.keys.indexOf('d')]).toBe(0);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/1 account\(s\) have engagement but no rated post/);
  });

  it('without any post record, each account is rated as engagements received / followers', () => {
    const g = fixtureGraph();
    g.setAttribute('posts', []);
    g.addEdge('x', 'd', { type: 'like', time: T });
    g.addEdge('y', 'd', { type: 'comment', time: T });
    g.addEdge('x', 'e', { type: 'like', time: T });
    const v = engagementRate(RAW).score(g);
    expect(v.get('d')).toBeCloseTo(3 / 50, 15);
    expect(v.get('a')).toBe(0);
    expect(extraOf(v).exposure[v.keys.indexOf('a')]).toBe(1000);
    // e has no followers attribute: its two distinct followers come from follow edges.
    expect(v.get('e')).toBeCloseTo(1 / 2, 15);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/follow edges were counted/);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/no post records/);
  });

  it('an interaction naming an unknown post counts for the account it points at, with a warning', () => {
    const g = fixtureGraph();
    g.addEdge('x', 'b', { type: 'like', post: 'nope', time: T });
    const v = engagementRate(RAW).score(g);
    expect(v.get('b')).toBeCloseTo(7 / 200, 15);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/name a post that is not in the graph/);
  });

  it('rejects an interaction type with no weight, and accepts it once weighted', () => {
    const g = fixtureGraph();
    g.addEdge('x', 'b', { type: 'clap', post: 'p3', time: T });
    const error = (() => {
      try {
        engagementRate().score(g);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InfluenceScoreError).code).toBe('INVALID_INPUT');
    expect((error as InfluenceScoreError).message).toMatch(/"clap"/);
    expect(engagementRate({ ...RAW, weights: { clap: 5 } }).score(g).get('b')).toBeCloseTo((6 + 5) / 200, 15);
    expect(engagementRate({ ...RAW, ignore: ['follow', 'mention', 'clap'] }).score(g).get('b')).toBeCloseTo(6 / 200, 15);
  });
});

describe('engagementRate over time', () => {
  it('halfLife decays each post by 0.5^(age / halfLife) from asOf (the latest time by default)', () => {
    const v = engagementRate({ ...RAW, halfLife: DAY }).score(fixtureGraph());
    const w1 = 0.5;
    const w2 = 2 ** -10;
    expect(v.get('a')).toBeCloseTo((w1 * 46 + w2 * 10) / (1000 * (w1 + w2)), 14);
    expect(extraOf(v).asOf).toBe(T);
    expect(extraOf(v).exposure[v.keys.indexOf('a')]).toBeCloseTo(1000 * (w1 + w2), 9);
    const perPost = engagementRate({ ...RAW, halfLife: DAY, denominator: 'reach', averaging: 'per-post' }).score(fixtureGraph());
    expect(perPost.get('a')).toBeCloseTo((w1 * (46 / 600) + w2 * (10 / 400)) / (w1 + w2), 14);
  });

  it('window keeps only the posts in range', () => {
    const v = engagementRate({ ...RAW, window: { from: T - 2 * DAY } }).score(fixtureGraph());
    expect(v.get('a')).toBeCloseTo(46 / 1000, 15);
    expect(extraOf(v).posts[v.keys.indexOf('a')]).toBe(1);
  });

  it('posts after asOf are left out, with a warning', () => {
    const v = engagementRate({ ...RAW, asOf: T - DAY / 2 }).score(fixtureGraph());
    expect(extraOf(v).posts[v.keys.indexOf('b')]).toBe(0);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/dated after asOf/);
  });

  it("post-less interactions decay as the account's exposure does (b's posts are current, so 1 like counts 1)", () => {
    const g = fixtureGraph();
    g.addEdge('x', 'b', { type: 'like', time: T - 2 * DAY });
    expect(engagementRate({ ...RAW, halfLife: DAY }).score(g).get('b')).toBeCloseTo((6 + 1) / 200, 15);
  });
});

describe('engagementRate smoothing', () => {
  it('with a fixed prior the smoothed rate is (E + α) / (X + α + β)', () => {
    const v = engagementRate({ prior: { alpha: 1, beta: 99 } }).score(fixtureGraph());
    expect(v.get('a')).toBeCloseTo((56 + 1) / (2000 + 100), 15);
    expect(v.get('b')).toBeCloseTo((6 + 1) / (200 + 100), 15);
    expect(v.meta.params.prior).toMatchObject({ scope: 'fixed', population: { alpha: 1, beta: 99, mean: 0.01, strength: 100 } });
    expect(extraOf(v).raw[v.keys.indexOf('a')]).toBeCloseTo(56 / 2000, 15);
  });

  it('an unrated account scores the prior mean, or 0 with unrated: "zero"', () => {
    const prior = { alpha: 1, beta: 99 };
    expect(engagementRate({ prior }).score(fixtureGraph()).get('d')).toBeCloseTo(0.01, 15);
    expect(engagementRate({ prior, unrated: 'zero' }).score(fixtureGraph()).get('d')).toBe(0);
    expect(engagementRate({ smoothing: false }).score(fixtureGraph()).get('d')).toBe(0);
  });

  it('a fitted prior is reported in meta.params and used by the formula', () => {
    const v = engagementRate({ fit: 'ml' }).scoreColumns(fixtureColumns());
    const prior = (v.meta.params.prior as { population: { alpha: number; beta: number; method: string } }).population;
    expect(prior.method).toBe('ml');
    const x = extraOf(v);
    for (let i = 0; i < v.keys.length; i++) {
      if (x.exposure[i] > 0) expect(v.values[i]).toBeCloseTo((x.engagements[i] + prior.alpha) / (x.exposure[i] + prior.alpha + prior.beta), 15);
    }
  });
});

describe('engagementRate tiers', () => {
  const tiers = [
    { name: 'small', minFollowers: 0 },
    { name: 'large', minFollowers: 100 },
  ];

  it('assigns tiers by follower count and ranks within them (mid-rank percentile in [0, 1])', () => {
    const v = engagementRate({ ...RAW, denominator: 'reach', tiers, normalize: 'within-tier' }).score(fixtureGraph());
    const x = extraOf(v);
    expect(x.tierNames).toEqual(['small', 'large']);
    expect(x.tier[v.keys.indexOf('a')]).toBe(1);
    expect(x.tier[v.keys.indexOf('d')]).toBe(0);
    // large: a (0.056) < b (0.06) → 0, 1. small: c 0.15, d/e/x/y 0 (tied) → c = 1, the four tied share (0+1+2+3)/4/4.
    expect(v.get('a')).toBe(0);
    expect(v.get('b')).toBe(1);
    expect(v.get('c')).toBe(1);
    expect(v.get('d')).toBeCloseTo(1.5 / 4, 15);
    expect(v.meta.range).toEqual([0, 1]);
  });

  it('the default tiers follow the industry boundaries (nano < 10k ≤ micro < 100k ≤ mid < 500k ≤ macro < 1M ≤ mega)', () => {
    const followers = [0, 9_999, 10_000, 99_999, 100_000, 499_999, 500_000, 999_999, 1_000_000, 5e7];
    const v = engagementRate({ prior: 'tier' }).scoreColumns({ followers, accounts: followers.length });
    const x = extraOf(v);
    expect(Array.from(x.tier, (t) => x.tierNames[t])).toEqual(['nano', 'nano', 'micro', 'micro', 'mid', 'mid', 'macro', 'macro', 'mega', 'mega']);
  });
});

describe('engagementRate run control', () => {
  it('stops with ABORTED when the signal is aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => engagementRate().scoreColumns(fixtureColumns(), { signal: controller.signal })).toThrow(expect.objectContaining({ code: 'ABORTED' }));
  });

  it('reports final progress', () => {
    const calls: [number, number][] = [];
    engagementRate().scoreColumns(fixtureColumns(), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(0);
    const [done, total] = calls[calls.length - 1];
    expect(done).toBe(total);
  });
});

describe('the README worked example', () => {
  it('reproduces the table: tiny 25 % → 7.29 %, mid 6 % → 5.99 %, big 3.8 % → 3.80 %', () => {
    const author = [0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    const like = [1, 1, 120, 120, 120, 120, 120, ...Array.from({ length: 10 }, () => 9500)];
    const v = engagementRate({ prior: { alpha: 1.5, beta: 38.5 } }).scoreColumns({ keys: ['tiny', 'mid', 'big'], followers: [4, 2000, 250_000], posts: { author, counts: { like } } });
    const x = extraOf(v);
    expect(Array.from(x.raw)).toEqual([0.25, 0.06, 0.038]);
    expect(v.get('tiny')).toBeCloseTo(3.5 / 48, 15);
    expect(v.get('mid')).toBeCloseTo(601.5 / 10_040, 15);
    expect(v.get('big')).toBeCloseTo(95_001.5 / 2_500_040, 15);
    expect((v.get('tiny')! * 100).toFixed(2)).toBe('7.29');
    expect((v.get('mid')! * 100).toFixed(2)).toBe('5.99');
    expect((v.get('big')! * 100).toFixed(2)).toBe('3.80');
  });
});
