import { describe, expect, it } from 'vitest';
import { engagementRate, syntheticPopulation } from '../../../src/index.js';
import { thrown } from '../../helpers/errors.js';

describe('syntheticPopulation (labelled synthetic data)', () => {
  it('is labelled synthetic and the same seed gives the same data', () => {
    const a = syntheticPopulation({ accounts: 300, seed: 9 });
    const b = syntheticPopulation({ accounts: 300, seed: 9 });
    const c = syntheticPopulation({ accounts: 300, seed: 10 });
    expect(a.synthetic).toBe(true);
    expect(a.toGraph().getAttribute('synthetic')).toBe(true);
    expect(Array.from(a.followers)).toEqual(Array.from(b.followers));
    expect(Array.from(a.trueRate)).toEqual(Array.from(b.trueRate));
    expect(a.records()).toEqual(b.records());
    expect(Array.from(a.followers)).not.toEqual(Array.from(c.followers));
  });

  it('generates consistent posts: engagements ≤ reach ≤ impressions, true rates in (0, 1)', () => {
    const pop = syntheticPopulation({ accounts: 500, seed: 3 });
    const { posts } = pop.records();
    expect(posts.length).toBe(pop.size.posts);
    for (const p of posts) {
      const e = (p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0);
      expect(e).toBeLessThanOrEqual(p.reach);
      expect(p.reach).toBeLessThanOrEqual(p.impressions);
    }
    expect(pop.trueRate.every((r) => r > 0 && r < 1)).toBe(true);
  });

  it('the counts and the interactions forms describe data the scorer reads the same way', () => {
    const pop = syntheticPopulation({ accounts: 200, seed: 5, as: 'interactions' });
    const ic = pop.columns.interactions!;
    expect(pop.size.interactions).toBe(ic.type.length);
    // One interaction per engagement: the per-post counts, rebuilt from the interactions, score identically.
    const P = pop.size.posts;
    const counts = new Map(ic.typeNames.map((t) => [t, new Float64Array(P)]));
    for (let i = 0; i < ic.type.length; i++) counts.get(ic.typeNames[ic.type[i]])![ic.post![i]]++;
    const fromInteractions = engagementRate().scoreColumns(pop.columns);
    const fromCounts = engagementRate().scoreColumns({ ...pop.columns, interactions: undefined, posts: { ...pop.columns.posts!, counts } });
    for (let i = 0; i < 200; i++) expect(fromInteractions.values[i]).toBeCloseTo(fromCounts.values[i], 12);
  });

  it('its graph and its columns give the same engagement rates', () => {
    for (const as of ['counts', 'interactions'] as const) {
      const pop = syntheticPopulation({ accounts: 150, seed: 11, as });
      const g = engagementRate({ halfLife: 14 * 86_400_000, denominator: 'reach' }).score(pop.toGraph());
      const c = engagementRate({ halfLife: 14 * 86_400_000, denominator: 'reach' }).scoreColumns(pop.columns);
      for (const key of pop.keys) expect(g.get(key)).toBeCloseTo(c.get(key)!, 14);
    }
  });

  it('rejects impossible parameters with INVALID_OPTION naming them', () => {
    expect(thrown(() => syntheticPopulation({ accounts: 0 })).issues[0].path).toEqual(['accounts']);
    expect(thrown(() => syntheticPopulation({ rate: { mean: 1.5 } })).issues[0].path).toEqual(['rate', 'mean']);
  });
});
