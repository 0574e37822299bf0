/**
 * The million-follower demonstration at scale (labelled synthetic: 100 000 accounts, ~400k posts, and an
 * interactions-form population with millions of interaction rows), plus graph ≡ columns on 50k+ edges.
 */
import { describe, expect, it } from 'vitest';
import { type EngagementExtra, engagementRate, syntheticPopulation } from '../../../src/index.js';
import { kendallTau } from '../../../src/research/kendall-tau.js';

describe('engagement rate at scale (synthetic)', () => {
  it('100k accounts: τ(followers, smoothed) ≈ 0 and smoothing beats raw against the truth, for every prior', () => {
    const pop = syntheticPopulation({ accounts: 100_000, seed: 42 });
    const base = engagementRate().scoreColumns(pop.columns);
    const raw = (base.meta.extra as EngagementExtra).raw;
    const rawTau = kendallTau(raw, pop.trueRate);
    const figures: Record<string, number> = { posts: pop.size.posts, followersVsTruth: kendallTau(pop.followers, pop.trueRate), rawVsTruth: rawTau };
    for (const [name, options] of [
      ['moments', {}],
      ['ml', { fit: 'ml' }],
      ['tier', { prior: 'tier' }],
      ['tier-ml', { prior: 'tier', fit: 'ml' }],
    ] as const) {
      const v = engagementRate(options).scoreColumns(pop.columns);
      figures[`${name}VsTruth`] = kendallTau(v.values, pop.trueRate);
      figures[`followersVs_${name}`] = kendallTau(pop.followers, v.values);
      expect(Math.abs(figures[`followersVs_${name}`])).toBeLessThan(0.05);
      expect(figures[`${name}VsTruth`]).toBeGreaterThan(rawTau + 0.02);
    }
    console.log(JSON.stringify(figures));
  });

  it('interactions form: the graph path equals the columnar path on a population with 50k+ interaction edges', () => {
    const pop = syntheticPopulation({ accounts: 3000, seed: 8, as: 'interactions', followers: { median: 200, sigma: 1.5 } });
    expect(pop.size.interactions).toBeGreaterThan(50_000);
    const options = { denominator: 'impressions', averaging: 'per-post', halfLife: 7 * 86_400_000, prior: 'tier' } as const;
    const g = engagementRate(options).score(pop.toGraph());
    const c = engagementRate(options).scoreColumns(pop.columns);
    let worst = 0;
    for (const key of pop.keys) worst = Math.max(worst, Math.abs(g.get(key)! - c.get(key)!));
    console.log(JSON.stringify({ interactions: pop.size.interactions, worst }));
    expect(worst).toBeLessThan(1e-12);
  });
});
