import { describe, expect, it } from 'vitest';
import { advocacy, type AdvocacyExtra, brandStance, type BrandStanceExtra, brandWorld, buildSocialGraph, degree } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

describe('advocacy on generated brand worlds', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  const runs = seeds.map((seed) => {
    const world = brandWorld({ seed });
    const graph = buildSocialGraph(world.records);
    const v = advocacy({ brand: { id: 'acme', topics: ['acme'] }, affiliation: true }).score(graph);
    const extra = v.meta.extra as AdvocacyExtra;
    const label = (key: string) => extra.stance[v.keys.indexOf(key)];
    return { world, v, extra, label };
  });

  it('labels the planted advocates advocates and the planted detractors detractors (8 seeds, 48 + 32 accounts)', () => {
    for (const { world, label } of runs) {
      for (const a of world.truth.advocates) expect(label(a), a).toBe('advocate');
      for (const d of world.truth.detractors) expect(label(d), d).toBe('detractor');
    }
  });

  it('one enthusiastic mention (sentiment 1) does not make an advocate', () => {
    for (const { world, label, v } of runs) {
      for (const o of world.truth.oneOffs) {
        expect(label(o)).toBe('neutral');
        expect((v.meta.extra as AdvocacyExtra).smoothed[v.keys.indexOf(o)]).toBeCloseTo(1 / 7, 12);
      }
    }
  });

  it("ranks the brand's employees apart as ambassadors, never among the outside advocates", () => {
    for (const { world, extra } of runs) {
      expect(new Set(extra.ambassadors!.map((r) => r.key))).toEqual(new Set(world.truth.employees));
      const outside = new Set(extra.advocates.map((r) => r.key));
      for (const e of world.truth.employees) expect(outside.has(e)).toBe(false);
      expect(extra.ambassadors!.map((r) => r.rank)).toEqual(world.truth.employees.map((_, i) => i + 1));
    }
  });

  it('is signed, stance times reach percentile, with stance labels and evidence aligned with keys', () => {
    for (const { v, extra } of runs) {
      expect(extra.stance.length).toBe(v.keys.length);
      for (let i = 0; i < v.keys.length; i++) {
        expect(v.values[i]).toBeCloseTo(extra.smoothed[i] * extra.reach[i], 14);
        if (extra.evidence[i] === 0) expect(v.values[i]).toBe(0);
      }
      expect(v.parts?.stance).toBeDefined();
      expect(extra.totals.advocates).toBeGreaterThanOrEqual(6);
    }
  });

  it('scoreAsync gives the same scores as score', async () => {
    const graph = buildSocialGraph(runs[0].world.records);
    const scorer = advocacy({ brand: { id: 'acme', topics: ['acme'] }, affiliation: true });
    expect([...(await scorer.scoreAsync(graph)).values]).toEqual([...runs[0].v.values]);
  });

  it('takes any reach scorer', () => {
    const { world } = runs[0];
    const graph = buildSocialGraph(world.records);
    const v = advocacy({ brand: 'acme', reach: degree({ direction: 'in' }) });
    expect(v.score(graph).meta.params.reach).toBe('degree');
  });
});

describe('brand stance', () => {
  const graph = buildSocialGraph({
    accounts: [{ id: 'acme' }, { id: 'ann' }, { id: 'bob' }],
    posts: [
      { id: '1', author: 'ann', time: 0, mentions: ['acme'], sentiment: 1 },
      { id: '2', author: 'ann', time: 1, topics: ['#ACME'], sentiment: 1 },
      { id: '3', author: 'ann', time: 2, topics: ['acme'], sentiment: 1 },
    ],
    interactions: [{ from: 'bob', to: 'acme', type: 'share', time: 3 }],
  });

  it('is Σ w·s / (Σ w + κ): three enthusiastic statements make an advocate, a share counts +0.5', () => {
    const s = brandStance({ brand: { id: 'acme', topics: ['acme'] } }).score(graph);
    expect(s.get('ann')).toBeCloseTo(3 / 9, 14);
    expect(s.get('bob')).toBeCloseTo(0.5 / 7, 14);
    const extra = s.meta.extra as BrandStanceExtra;
    expect(extra.stance).toEqual(['neutral', 'advocate', 'neutral']);
    expect([...extra.evidence]).toEqual([0, 3, 1]);
  });

  it('without the brand topics only the mention counts', () => {
    expect(brandStance({ brand: 'acme' }).score(graph).get('ann')).toBeCloseTo(1 / 7, 14);
  });

  it('decays evidence by halfLife from asOf', () => {
    const s = brandStance({ brand: { id: 'acme', topics: ['acme'] }, halfLife: 1, asOf: 2 }).score(graph);
    const w = [0.25, 0.5, 1];
    expect(s.get('ann')).toBeCloseTo((w[0] + w[1] + w[2]) / (w[0] + w[1] + w[2] + 6), 14);
  });

  it('an unknown brand id is an UNKNOWN_NODE error naming the brand option', () => {
    const error = thrown(() => brandStance({ brand: 'nope' }).score(graph));
    expect(error.code).toBe('UNKNOWN_NODE');
    expect(error.issues[0].field).toBe('brand');
  });

  it('no evidence at all is a MISSING_DATA error, never a silent zero', () => {
    expect(thrown(() => brandStance({ brand: { topics: ['globex'] } }).score(graph)).code).toBe('MISSING_DATA');
  });

  it('rejects bad options, naming them', () => {
    expect(thrown(() => brandStance({ brand: {} })).issues[0].path).toEqual(['brand']);
    expect(thrown(() => brandStance({ brand: 'acme', threshold: 2 })).issues[0].path).toEqual(['threshold']);
    expect(thrown(() => advocacy({ brand: { topics: ['acme'] }, affiliation: true })).issues[0].field).toBe('affiliation');
    expect(thrown(() => advocacy({ brand: 'acme', implicit: { share: 3 } })).issues[0].path).toEqual(['implicit', 'share']);
  });
});
