import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EngagementColumns, type EngagementExtra, engagementRate } from '../../../src/index.js';

const DAY = 86_400_000;
const ASOF = Date.UTC(2024, 6, 1);
const extra = (v: { meta: { extra?: unknown } }): EngagementExtra => v.meta.extra as EngagementExtra;

describe('engagementRate with halfLife decays engagements and exposure alike', () => {
  it('a recent post-less interaction on an account whose only post is a year old gives the undecayed rate, not 1e108', () => {
    const columns: EngagementColumns = {
      accounts: 1,
      followers: [100],
      posts: { author: [0], time: [ASOF - 365 * DAY], counts: { like: [0] } },
      interactions: { typeNames: ['like'], type: [0], post: [-1], target: [0], time: [ASOF] },
    };
    const v = engagementRate({ halfLife: DAY, asOf: ASOF, smoothing: false }).scoreColumns(columns);
    // One like against one post to 100 followers: 1%, whatever the post's age.
    expect(extra(v).raw[0]).toBeCloseTo(0.01, 15);
  });

  it('decay only reweights posts: the raw rate stays within the undecayed per-post rates, plus post-less engagement over undecayed exposure', () => {
    const post = fc.record({ ageDays: fc.double({ min: 0, max: 2000, noNaN: true }), likes: fc.nat(500) });
    const postless = fc.record({ ageDays: fc.double({ min: 0, max: 2000, noNaN: true }), weight: fc.integer({ min: 1, max: 20 }) });
    fc.assert(
      fc.property(fc.array(post, { minLength: 1, maxLength: 8 }), fc.array(postless, { maxLength: 5 }), fc.integer({ min: 10, max: 100_000 }), fc.double({ min: 0.01, max: 400, noNaN: true }), (posts, touches, followers, halfLifeDays) => {
        // Past ~1070 half-lives a post's weight underflows to 0 and the post drops out: stay short of that.
        fc.pre(posts.every((p) => p.ageDays / halfLifeDays < 1000));
        const columns: EngagementColumns = {
          accounts: 1,
          followers: [followers],
          posts: { author: posts.map(() => 0), time: posts.map((p) => ASOF - p.ageDays * DAY), counts: { like: posts.map((p) => p.likes) } },
          interactions: { typeNames: ['like'], type: touches.map(() => 0), post: touches.map(() => -1), target: touches.map(() => 0), time: touches.map((t) => ASOF - t.ageDays * DAY), weight: touches.map((t) => t.weight) },
        };
        const v = engagementRate({ halfLife: halfLifeDays * DAY, asOf: ASOF, smoothing: false }).scoreColumns(columns);
        const raw = extra(v).raw[0];
        const perPost = posts.map((p) => p.likes / followers);
        const postlessRate = touches.reduce((s, t) => s + t.weight, 0) / (followers * posts.length);
        const lo = Math.min(...perPost) + postlessRate;
        const hi = Math.max(...perPost) + postlessRate;
        expect(raw).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
        expect(raw).toBeLessThanOrEqual(hi * (1 + 1e-9));
      }),
      { numRuns: 300, seed: 611 },
    );
  });
});
