import { describe, expect, it } from 'vitest';
import { advocacy, type AdvocacyExtra, brandStance, type BrandStanceExtra, brandWorld, buildSocialGraph, degree } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';
import { stanceAccuracy, stanceFamily, stanceWorld } from '../helpers/stance-family.js';

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

  it('one enthusiastic mention (sentiment 1) does not make an advocate: it is one piece of evidence, below minEvidence 2', () => {
    for (const { world, label, v } of runs) {
      for (const o of world.truth.oneOffs) {
        expect(label(o)).toBe('neutral');
        const extra = v.meta.extra as AdvocacyExtra;
        expect(extra.smoothed[v.keys.indexOf(o)]).toBeCloseTo(1 / 4, 12);
        expect(extra.evidence[v.keys.indexOf(o)]).toBe(1);
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
    expect(s.get('ann')).toBeCloseTo(3 / 6, 14);
    expect(s.get('bob')).toBeCloseTo(0.5 / 4, 14);
    const extra = s.meta.extra as BrandStanceExtra;
    expect(extra.stance).toEqual(['neutral', 'advocate', 'neutral']);
    expect([...extra.evidence]).toEqual([0, 3, 1]);
  });

  it('without the brand topics only the mention counts', () => {
    expect(brandStance({ brand: 'acme' }).score(graph).get('ann')).toBeCloseTo(1 / 4, 14);
  });

  it('labels an account only with minEvidence pieces of evidence: one statement at +1 (stance 1/4) stays neutral, unless minEvidence is 1', () => {
    const one = brandStance({ brand: 'acme' }).score(graph);
    expect(one.get('ann')).toBeCloseTo(0.25, 14);
    expect((one.meta.extra as BrandStanceExtra).stance[1]).toBe('neutral');
    const anyEvidence = brandStance({ brand: 'acme', minEvidence: 1 }).score(graph);
    expect((anyEvidence.meta.extra as BrandStanceExtra).stance[1]).toBe('advocate');
    expect(thrown(() => brandStance({ brand: 'acme', minEvidence: 0 })).issues[0].path).toEqual(['minEvidence']);
  });

  it('decays evidence by halfLife from asOf', () => {
    const s = brandStance({ brand: { id: 'acme', topics: ['acme'] }, halfLife: 1, asOf: 2 }).score(graph);
    const w = [0.25, 0.5, 1];
    expect(s.get('ann')).toBeCloseTo((w[0] + w[1] + w[2]) / (w[0] + w[1] + w[2] + 3), 14);
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

describe('advocacy labels on an independent planted-stance family (issue #19; the slow test runs 36 worlds)', () => {
  it('finds advocates with 4–7 statements at +0.4…+0.9 (noise sd 0.35), where κ = 6 left about half neutral', () => {
    const { records, planted } = stanceWorld({ seed: 3, accounts: 400, neutralShare: 0, noise: [0.35, 0.35], statements: [4, 7], strength: [0.4, 0.9] });
    const graph = buildSocialGraph(records);
    const rate = (options: { priorStrength?: number; minEvidence?: number }) => {
      const v = brandStance({ brand: { id: 'acme', topics: ['acme'] }, ...options }).score(graph);
      const stance = (v.meta.extra as BrandStanceExtra).stance;
      const a = stanceAccuracy(planted, (k) => stance[v.keys.indexOf(k)]);
      return a.found / a.truth;
    };
    expect(rate({})).toBeGreaterThanOrEqual(0.85);
    expect(rate({ priorStrength: 6, minEvidence: 1 })).toBeLessThan(0.75);
  });

  it('keeps precision ≥ 0.95 with two thirds of the accounts neutral, noise sd up to 0.5', () => {
    for (const spec of stanceFamily(1).filter((c) => c.neutralShare > 0.6)) {
      const { records, planted } = stanceWorld(spec);
      const v = brandStance({ brand: { id: 'acme', topics: ['acme'] } }).score(buildSocialGraph(records));
      const stance = (v.meta.extra as BrandStanceExtra).stance;
      const a = stanceAccuracy(planted, (k) => stance[v.keys.indexOf(k)]);
      expect(a.correct / a.labelled).toBeGreaterThanOrEqual(0.95);
      expect(a.found4 / a.truth4).toBeGreaterThanOrEqual(0.75);
    }
  });
});
