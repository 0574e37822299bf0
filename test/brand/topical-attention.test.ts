import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSocialGraph, topicalInfluence, type TopicalInfluenceExtra } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';
import { issueCase, topicalFamily, topicalWorld } from '../helpers/topical-family.js';

describe('topicalInfluence is the attention an account receives, not what it posts (issue #19)', () => {
  const world = issueCase();
  const graph = buildSocialGraph(world.records);

  it('ranks the 10 followed experts above the 5 follower-less volume posters, who score 0', () => {
    const v = topicalInfluence({ topic: 'ai' }).score(graph);
    const top = v.top(10).map((r) => r.key);
    expect(new Set(top)).toEqual(new Set(world.experts));
    for (const p of world.enthusiasts) expect(v.get(p)).toBe(0);
    for (const c of world.celebrities) expect(v.get(c)).toBe(0);
    const extra = v.meta.extra as TopicalInfluenceExtra;
    expect(extra.formula).toBe('attention');
    // A fan follows 10 experts and 5 off-topic celebrities: interest ≈ 10 · 15/16 / 15.
    expect(extra.interest![v.keys.indexOf('fan0')]).toBeCloseTo((10 * 15) / 16 / 15, 12);
  });

  it("formula 'twitterrank' reproduces the failure the default fixes: the posters rank first", () => {
    const v = topicalInfluence({ topic: 'ai', formula: 'twitterrank' }).score(graph);
    expect(new Set(v.top(5).map((r) => r.key))).toEqual(new Set(world.enthusiasts));
    expect(v.get('poster0')).toBeCloseTo(0.1143, 4);
    expect(v.get('expert0')).toBeCloseTo(0.0429, 4);
  });

  it('a follower-less account scores no more than any followed account, on random graphs', () => {
    const spec = fc.record({
      n: fc.integer({ min: 2, max: 10 }),
      follows: fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.integer({ min: 1, max: 3 })), { maxLength: 30 }),
      posts: fc.array(fc.tuple(fc.nat(9), fc.boolean()), { minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(spec, ({ n, follows, posts }) => {
        const id = (i: number) => `a${i % n}`;
        const records = {
          accounts: Array.from({ length: n }, (_, i) => ({ id: `a${i}` })),
          follows: follows.map(([a, b]) => ({ follower: id(a), followee: id(b) })),
          interactions: follows.filter(([, , w]) => w > 2).map(([a, b]) => ({ from: id(a), to: id(b), type: 'reply' })),
          posts: [{ id: 'p', author: id(0), time: 0, topics: ['ai'] }, ...posts.map(([a, on], k) => ({ id: `p${k}`, author: id(a), time: 0, topics: [on ? 'ai' : 'food'] }))],
        };
        const g = buildSocialGraph(records);
        const v = topicalInfluence({ topic: 'ai' }).score(g);
        const attended = new Set<string>();
        g.forEachEdge((_e, _a, source, target) => {
          if (source !== target) attended.add(target);
        });
        const unattended = v.keys.filter((k) => !attended.has(k));
        const floor = Math.min(...v.keys.filter((k) => attended.has(k)).map((k) => v.get(k)!));
        for (const k of unattended) {
          expect(v.get(k)).toBe(0);
          if (Number.isFinite(floor)) expect(v.get(k)).toBeLessThanOrEqual(floor);
        }
        const sum = v.values.reduce((s, x) => s + x, 0);
        expect(sum === 0 || Math.abs(sum - 1) < 1e-9).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('warns ALL_ZERO, naming the cause and the remedy, when the writers of the topic have no audience', () => {
    const lonely = buildSocialGraph({ follows: [{ follower: 'a', followee: 'b' }], posts: [{ id: '1', author: 'c', time: 0, topics: ['ai'] }] });
    const v = topicalInfluence({ topic: 'ai' }).score(lonely);
    expect([...v.values]).toEqual([0, 0, 0]);
    const flat = v.meta.warnings.filter((w) => w.code === 'ALL_ZERO');
    expect(flat).toHaveLength(1);
    expect(flat[0].message).toMatch(/no account writing on ai is followed or engaged/);
    expect(flat[0].message).toMatch(/remedy: .*formula: 'twitterrank'/);
  });

  it('keeps contentWeight for twitterrank and aboutnessPrior for attention, refusing them on the other formula', () => {
    expect(thrown(() => topicalInfluence({ topic: 'ai', contentWeight: 'all' })).issues[0].path).toEqual(['contentWeight']);
    expect(thrown(() => topicalInfluence({ topic: 'ai', formula: 'twitterrank', aboutnessPrior: 2 })).issues[0].path).toEqual(['aboutnessPrior']);
    expect(thrown(() => topicalInfluence({ topic: 'ai', aboutnessPrior: -1 })).code).toBe('INVALID_OPTION');
  });

  it('aboutnessPrior 0 reads aboutness as the raw on-topic share, 0 (not NaN) for accounts without content', () => {
    const v = topicalInfluence({ topic: 'ai', aboutnessPrior: 0 }).score(graph);
    const extra = v.meta.extra as TopicalInfluenceExtra;
    expect(extra.aboutness![v.keys.indexOf('expert0')]).toBe(1);
    expect(extra.aboutness![v.keys.indexOf('fan0')]).toBe(0);
    expect(new Set(v.top(10).map((r) => r.key))).toEqual(new Set(world.experts));
  });
});

describe('topicalInfluence on a few worlds of the independent family (test/brand/topical-family.slow.test.ts runs 40)', () => {
  // Four 1k-account cases: topic shares 2–20%, mixing 0.1–0.5, 5–50 volume posters, sparse experts.
  const cases = topicalFamily(4, [1000]);

  it.each(cases.map((c) => [c.topicShare, c.mixing, c.enthusiasts, c.expertPosts, c] as const))(
    'finds ≥ 9 of the 10 planted experts in the top 10 (topic share %s, mixing %s, %s volume posters, %s posts per expert), no volume poster',
    (_s, _m, _e, _p, spec) => {
      const world = topicalWorld(spec);
      const v = topicalInfluence({ topic: 'ai' }).score(buildSocialGraph(world.records));
      const top = v.top(10).map((r) => r.key);
      expect(top.filter((k) => world.experts.includes(k)).length).toBeGreaterThanOrEqual(9);
      expect(top.filter((k) => world.enthusiasts.includes(k))).toEqual([]);
    },
  );
});
