/**
 * Issue 12 §1: a few tiny-exposure accounts with extreme rates must not set the population prior.
 * Populations are the library's labelled synthetic generator (true rates ~ Beta, engagements
 * ~ Binomial) plus planted outliers: one post each, exposure between 1 follower and 1% of the median
 * account's, rated at 100% or at a uniform random rate.
 *
 * Why the spread of the true rates is bounded below: an account moves halfway to the prior mean only
 * when the prior is worth at least its exposure (w = X/(X + α + β) ≤ ½). A prior fitted well to the
 * bulk is worth about its true strength, so the claim can hold only where the bulk's true strength is at
 * least the outliers' exposure. The generator draws it from 2% to 20× the median account's exposure
 * (rates varying by up to ±20% of their mean at the low end), or gives every account the same true rate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type EngagementColumns, type EngagementExtra, type EngagementRateOptions, engagementRate, syntheticPopulation } from '../../../src/index.js';

interface Population {
  columns: EngagementColumns;
  outliers: number;
}

const populationSpec = fc.record({
  accounts: fc.integer({ min: 10, max: 120 }),
  seed: fc.nat(1_000_000),
  mean: fc.double({ min: 0.005, max: 0.1, noNaN: true }),
  followers: fc.integer({ min: 500, max: 20_000 }),
  posts: fc.integer({ min: 3, max: 20 }),
  // log10 of the true strength as a multiple of the median account's exposure, or null: one true rate.
  spread: fc.option(fc.double({ min: Math.log10(0.02), max: Math.log10(20), noNaN: true }), { freq: 4 }),
  outliers: fc.array(fc.record({ logShare: fc.integer({ min: 0, max: 1000 }), rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }), { minLength: 1, maxLength: 12 }),
});

function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type PopulationSpec = typeof populationSpec extends fc.Arbitrary<infer T> ? T : never;

function build(spec: PopulationSpec): Population {
  const typicalExposure = spec.followers * spec.posts;
  const strength = spec.spread === null ? 1e9 : typicalExposure * 10 ** spec.spread;
  const bulk = syntheticPopulation({ accounts: spec.accounts, seed: spec.seed, rate: { mean: spec.mean, strength }, followers: { median: spec.followers, sigma: 0.5 }, postsPerAccount: spec.posts });
  const posts = bulk.columns.posts!;
  const perAccount = new Float64Array(spec.accounts);
  for (let p = 0; p < posts.author.length; p++) perAccount[posts.author[p]]++;
  const exposure = Array.from(perAccount, (count, a) => count * bulk.followers[a]);
  const tiny = 0.01 * median(exposure);
  // At most one outlier per ten bulk accounts (at least one).
  const planted = spec.outliers.slice(0, Math.max(1, Math.floor(spec.accounts / 10)));
  // Exposure tiny^(logShare/1000): log-uniform from 1 to the 1% bound.
  const followers = [...Array.from(bulk.followers), ...planted.map((o) => Math.max(1, Math.floor(tiny ** (o.logShare / 1000))))];
  const author = [...Array.from(posts.author), ...planted.map((_, j) => spec.accounts + j)];
  const counts = posts.counts as ReadonlyMap<string, ArrayLike<number>>;
  const column = (type: string, outlier: (j: number) => number): number[] => [...Array.from(counts.get(type)!), ...planted.map((_, j) => outlier(j))];
  const likes = (j: number): number => Math.round(followers[spec.accounts + j] * (planted[j].rate ?? 1));
  return {
    columns: {
      accounts: followers.length,
      followers,
      posts: { author, counts: new Map([['like', column('like', likes)], ['comment', column('comment', () => 0)], ['share', column('share', () => 0)], ['save', column('save', () => 0)]]) },
    },
    outliers: planted.length,
  };
}

/** Accounts with exposure ≤ 1% of the median rated account's that moved less than halfway from raw to pooled. */
function stuck(pop: Population, options: EngagementRateOptions = {}): { account: number; raw: number; smoothed: number; pooled: number }[] {
  const v = engagementRate(options).scoreColumns(pop.columns);
  const x = v.meta.extra as EngagementExtra;
  let engagements = 0;
  let exposure = 0;
  for (let a = 0; a < x.exposure.length; a++) {
    engagements += x.engagements[a];
    exposure += x.exposure[a];
  }
  const pooled = engagements / exposure;
  const tiny = 0.01 * median(x.exposure.filter((e) => e > 0));
  const out = [];
  for (let a = 0; a < x.exposure.length; a++) {
    if (!(x.exposure[a] > 0 && x.exposure[a] <= tiny) || x.raw[a] === pooled) continue;
    // The share of the way from the raw rate to the pooled rate that smoothing covered.
    if ((v.values[a] - x.raw[a]) / (pooled - x.raw[a]) < 0.5) out.push({ account: a, raw: x.raw[a], smoothed: v.values[a], pooled });
  }
  return out;
}

describe('engagement smoothing with tiny-exposure outliers in the population', () => {
  it('under the defaults, every account with at most 1% of the median exposure moves at least halfway from its raw rate to the pooled rate', () => {
    fc.assert(
      fc.property(populationSpec, (spec) => {
        const pop = build(spec);
        expect(pop.outliers).toBeGreaterThan(0);
        expect(stuck(pop)).toEqual([]);
      }),
      { numRuns: 200, seed: 1212 },
    );
  });

  it('so does a maximum-likelihood fit', () => {
    fc.assert(
      fc.property(populationSpec, (spec) => {
        expect(stuck(build(spec), { fit: 'ml' })).toEqual([]);
      }),
      { numRuns: 60, seed: 1213 },
    );
  });

  it('fitting every account instead (minFitExposure: 0) lets the outliers set the prior in many of the same populations, with either estimator', () => {
    const failing = { moments: 0, ml: 0 };
    fc.assert(
      fc.property(populationSpec, (spec) => {
        const pop = build(spec);
        if (stuck(pop, { minFitExposure: 0 }).length > 0) failing.moments++;
        if (stuck(pop, { minFitExposure: 0, fit: 'ml' }).length > 0) failing.ml++;
      }),
      { numRuns: 100, seed: 1212 },
    );
    // Measured at this seed: 52 of 100 populations under moments, 23 under ML (0 of 200 and 0 of 60 above).
    expect(failing.moments).toBeGreaterThan(30);
    expect(failing.ml).toBeGreaterThan(10);
  });

  it("on the issue's population the outlier is pooled to about 2%, where fitting every account left it at 83%", () => {
    // 30 accounts with 1,000–3,900 followers post 20 times each, every follower liking with
    // probability 2%; one more account posts once to 10 followers and gets 9 likes (raw 90%).
    const rng = createRng(12);
    const followers: number[] = [];
    const author: number[] = [];
    const like: number[] = [];
    for (let a = 0; a < 30; a++) {
      followers.push(1000 + 100 * a);
      for (let p = 0; p < 20; p++) {
        let likes = 0;
        for (let f = 0; f < followers[a]; f++) if (rng.next() < 0.02) likes++;
        author.push(a);
        like.push(likes);
      }
    }
    followers.push(10);
    author.push(30);
    like.push(9);
    const columns: EngagementColumns = { accounts: 31, followers, posts: { author, counts: { like } } };
    const prior = (v: { meta: { params: Record<string, unknown> } }) => (v.meta.params.prior as { population: { strength: number; excluded: number } }).population;
    const robust = engagementRate().scoreColumns(columns);
    expect(prior(robust).excluded).toBe(1);
    expect(robust.values[30]).toBeLessThan(0.021);
    expect(robust.top(1)[0].key).not.toBe('30');
    const ml = engagementRate({ fit: 'ml' }).scoreColumns(columns);
    expect(ml.values[30]).toBeLessThan(0.021);
    // Measured: the default pools completely (2.01%); every account by moments: strength 0.85, 83.3%;
    // every account by ML: strength 673 (Newton not converged in 100 steps), 3.4%.
    const everyAccount = engagementRate({ minFitExposure: 0 }).scoreColumns(columns);
    expect(prior(everyAccount).strength).toBeLessThan(1);
    expect(everyAccount.values[30]).toBeGreaterThan(0.8);
  });
});
