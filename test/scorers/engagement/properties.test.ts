import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EngagementColumns, type EngagementExtra, type EngagementRateOptions, engagementRate } from '../../../src/index.js';

interface Data {
  followers: number[];
  posts: { author: number; like: number; comment: number; share: number; reach: number; impressions: number }[];
  touches: { target: number; type: number; weight: number }[];
}

const data: fc.Arbitrary<Data> = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    followers: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })), { minLength: n, maxLength: n }),
    posts: fc.array(
      fc.record({
        author: fc.nat(n - 1),
        like: fc.nat(500),
        comment: fc.nat(50),
        share: fc.nat(20),
        reach: fc.integer({ min: 1, max: 50_000 }),
        impressions: fc.integer({ min: 1, max: 80_000 }),
      }),
      { maxLength: 40 },
    ),
    touches: fc.array(fc.record({ target: fc.nat(n - 1), type: fc.nat(2), weight: fc.integer({ min: 1, max: 5 }) }), { maxLength: 10 }),
  }),
);

const options: fc.Arbitrary<EngagementRateOptions> = fc.record({
  denominator: fc.constantFrom('followers', 'reach', 'impressions'),
  averaging: fc.constantFrom('pooled', 'per-post'),
});

function columns(d: Data, scale = 1): EngagementColumns {
  return {
    accounts: d.followers.length,
    followers: d.followers.map((f) => f * scale),
    posts: {
      author: d.posts.map((p) => p.author),
      reach: d.posts.map((p) => p.reach * scale),
      impressions: d.posts.map((p) => p.impressions * scale),
      counts: { like: d.posts.map((p) => p.like * scale), comment: d.posts.map((p) => p.comment * scale), share: d.posts.map((p) => p.share * scale) },
    },
    interactions: {
      typeNames: ['like', 'comment', 'share'],
      type: d.touches.map((t) => t.type),
      target: d.touches.map((t) => t.target),
      post: d.touches.map(() => -1),
      weight: d.touches.map((t) => t.weight * scale),
    },
  };
}

const extra = (v: { meta: { extra?: unknown } }): EngagementExtra => v.meta.extra as EngagementExtra;
const FIXED = { alpha: 0.5, beta: 20 };
const RUNS = { numRuns: 150 };

describe('engagementRate properties', () => {
  it('adding an engagement to an account never lowers its raw rate, nor its smoothed rate under a fixed prior', () => {
    fc.assert(
      fc.property(data, options, fc.nat(), fc.boolean(), (d, opts, pick, toPost) => {
        const before = engagementRate({ ...opts, prior: FIXED }).scoreColumns(columns(d));
        const more = structuredClone(d);
        let account: number;
        if (toPost && more.posts.length > 0) {
          const p = more.posts[pick % more.posts.length];
          p.like++;
          account = p.author;
        } else {
          account = pick % more.followers.length;
          more.touches.push({ target: account, type: 0, weight: 1 });
        }
        const after = engagementRate({ ...opts, prior: FIXED }).scoreColumns(columns(more));
        expect(extra(after).raw[account]).toBeGreaterThanOrEqual(extra(before).raw[account]);
        expect(after.values[account]).toBeGreaterThanOrEqual(before.values[account]);
      }),
      RUNS,
    );
  });

  // A fitted prior moves when data are added, so monotonicity is not guaranteed by the formula alone.
  // For the method of moments we found no counterexample (40 000 random cases over denominators,
  // averagings and tier/population priors while writing this); this fixed-seed run keeps checking it.
  it('adding an engagement never lowered the smoothed rate under a moments-fitted prior in any sampled case', () => {
    fc.assert(
      fc.property(data, options, fc.constantFrom('population' as const, 'tier' as const), fc.nat(), (d, opts, prior, pick) => {
        fc.pre(d.posts.length > 0);
        const o = { ...opts, prior, tiers: [{ name: 's', minFollowers: 0 }, { name: 'b', minFollowers: 1000 }], minTierAccounts: 2 };
        const before = engagementRate(o).scoreColumns(columns(d));
        const more = structuredClone(d);
        const p = more.posts[pick % more.posts.length];
        p.like++;
        const after = engagementRate(o).scoreColumns(columns(more));
        expect(after.values[p.author]).toBeGreaterThanOrEqual(before.values[p.author] - 1e-15);
      }),
      { ...RUNS, seed: 20240601 },
    );
  });

  it('under a maximum-likelihood prior, adding an engagement CAN lower the smoothed rate (pinned counterexample)', () => {
    // Two accounts with no overdispersion: the ML prior sits at the complete-pooling boundary (mean =
    // pooled rate). One more like makes the data overdispersed; the fitted mean drops and account 0's
    // smoothed rate with it, by about 1e-4 relative. Use a fixed prior when monotonicity matters.
    const likes = [2, 166, 153, 274, 295, 102, 193, 270, 73];
    const author = [0, 0, 1, 1, 0, 1, 1, 0, 1];
    const cols = (l: number[]): EngagementColumns => ({ accounts: 2, followers: [4229, 3856], posts: { author, counts: { like: l } } });
    const before = engagementRate({ fit: 'ml' }).scoreColumns(cols(likes));
    const after = engagementRate({ fit: 'ml' }).scoreColumns(cols([likes[0] + 1, ...likes.slice(1)]));
    expect(extra(after).raw[0]).toBeGreaterThan(extra(before).raw[0]);
    expect(after.values[0]).toBeLessThan(before.values[0]);
  });

  it('scaling every count and exposure by the same factor leaves the raw rates unchanged', () => {
    fc.assert(
      fc.property(data, options, fc.double({ min: 0.01, max: 1000, noNaN: true }), (d, opts, c) => {
        const a = extra(engagementRate({ ...opts, smoothing: false }).scoreColumns(columns(d))).raw;
        const b = extra(engagementRate({ ...opts, smoothing: false }).scoreColumns(columns(d, c))).raw;
        for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, a[i]));
      }),
      RUNS,
    );
  });

  it('smoothing moves every rate toward its prior mean and never past it (population or tier prior, moments or ML)', () => {
    const priors = fc.record({ prior: fc.constantFrom('population' as const, 'tier' as const), fit: fc.constantFrom('moments' as const, 'ml' as const) });
    fc.assert(
      fc.property(data, options, priors, (d, opts, p) => {
        const tiers = [
          { name: 'small', minFollowers: 0 },
          { name: 'big', minFollowers: 1000 },
        ];
        const v = engagementRate({ ...opts, ...p, tiers, minTierAccounts: 2 }).scoreColumns(columns(d));
        const x = extra(v);
        for (let i = 0; i < v.values.length; i++) {
          if (x.exposure[i] === 0) continue;
          const lo = Math.min(x.raw[i], x.priorMean[i]);
          const hi = Math.max(x.raw[i], x.priorMean[i]);
          const slack = 1e-12 * Math.max(1, hi);
          expect(v.values[i]).toBeGreaterThanOrEqual(lo - slack);
          expect(v.values[i]).toBeLessThanOrEqual(hi + slack);
        }
      }),
      RUNS,
    );
  });

  it('with 1000 times the data the smoothed rate approaches the raw rate (fixed prior: gap shrinks by the exposure ratio)', () => {
    fc.assert(
      fc.property(data, options, (d, opts) => {
        const one = engagementRate({ ...opts, prior: FIXED }).scoreColumns(columns(d));
        const many = engagementRate({ ...opts, prior: FIXED }).scoreColumns(columns(d, 1000));
        const x1 = extra(one);
        const x1000 = extra(many);
        const strength = FIXED.alpha + FIXED.beta;
        const mean = FIXED.alpha / strength;
        for (let i = 0; i < one.values.length; i++) {
          if (x1.exposure[i] === 0) continue;
          const raw = x1000.raw[i];
          const gap1000 = Math.abs(many.values[i] - raw);
          expect(gap1000).toBeLessThanOrEqual(Math.abs(one.values[i] - x1.raw[i]) + 1e-15);
          expect(gap1000).toBeLessThanOrEqual((Math.abs(raw - mean) * strength) / (1000 * x1.exposure[i]) + 1e-15);
        }
      }),
      RUNS,
    );
  });

  it('with 1000 times the data the smoothed rate approaches the raw rate under a fitted (moments) population prior', () => {
    fc.assert(
      fc.property(data, options, (d, opts) => {
        const one = engagementRate(opts).scoreColumns(columns(d));
        const many = engagementRate(opts).scoreColumns(columns(d, 1000));
        const x1 = extra(one);
        for (let i = 0; i < one.values.length; i++) {
          if (x1.exposure[i] === 0) continue;
          const gap1 = Math.abs(one.values[i] - x1.raw[i]);
          expect(Math.abs(many.values[i] - extra(many).raw[i])).toBeLessThanOrEqual(gap1 + 1e-12 * Math.max(1, x1.raw[i]));
        }
      }),
      RUNS,
    );
  });
});
