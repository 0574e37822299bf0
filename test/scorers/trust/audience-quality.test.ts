import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceQuality, type AudienceQualityExtra, buildSocialGraph } from '../../../src/index.js';
import { boughtWorld, type FakeKind, separation } from '../../helpers/bought-audience.js';

function auc(fakes: FakeKind, seed: number, n = 600): number {
  const world = boughtWorld({ n, seed, fakes, lurkers: 0.25, buyers: 0.05, boughtRatio: 0.8 });
  const graph = buildSocialGraph(world.records);
  const scores = audienceQuality().score(graph).toMap();
  return separation(scores, world.buyers, (key) => key.startsWith('u') && graph.inDegree(key) >= 5);
}

describe('audienceQuality', () => {
  it.each(['burst', 'silent', 'mass', 'mixed'] as const)('ranks accounts with bought %s followers below organic ones (AUC ≥ 0.9 on 3 generated worlds)', (fakes) => {
    for (const seed of [1, 2, 3]) expect(auc(fakes, seed)).toBeGreaterThanOrEqual(0.9);
  });

  it('cannot see fakes that carry none of the traits: camouflaged fakes that post even rank buyers above organic accounts with lurkers (AUC < 0.5)', () => {
    expect(auc('camouflaged', 1)).toBeLessThan(0.5);
  });

  it('types every audience member once and keeps scores in [0, 1] (40 generated worlds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 80 }), fc.integer(), fc.constantFrom<FakeKind>('burst', 'silent', 'mass', 'mixed', 'camouflaged'), (n, seed, fakes) => {
        const world = boughtWorld({ n, seed, fakes, lurkers: 0.3, buyers: 0.1, boughtRatio: 0.5 });
        const graph = buildSocialGraph(world.records);
        const v = audienceQuality().score(graph);
        const x = v.meta.extra as unknown as AudienceQualityExtra;
        v.keys.forEach((key, i) => {
          const members = x.types.real[i] + x.types.influencer[i] + x.types.massFollower[i] + x.types.suspicious[i];
          expect(members).toBe(graph.inDegree(key));
          expect(v.values[i]).toBeGreaterThanOrEqual(0);
          expect(v.values[i]).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('shrinks small audiences toward the pooled share: one real follower is not a perfect audience', () => {
    const graph = buildSocialGraph({
      accounts: [{ id: 'fan', following: 3 }, ...Array.from({ length: 30 }, (_, i) => ({ id: `bot${i}`, following: 4000 }))],
      follows: [{ follower: 'fan', followee: 'small' }, ...Array.from({ length: 30 }, (_, i) => ({ follower: `bot${i}`, followee: 'big' })), { follower: 'fan', followee: 'big' }],
      posts: [{ id: 'p', author: 'fan', time: 0 }],
    });
    const v = audienceQuality().score(graph);
    expect(v.get('small')!).toBeLessThan(1);
    expect(v.get('small')!).toBeGreaterThan(v.get('big')!);
  });

  it('reports the share of engagers who do not follow', () => {
    const graph = buildSocialGraph({
      follows: [{ follower: 'a', followee: 'star' }],
      interactions: [
        { type: 'like', from: 'a', to: 'star' },
        { type: 'like', from: 'b', to: 'star' },
        { type: 'reply', from: 'c', to: 'star' },
      ],
    });
    const v = audienceQuality({ rules: { noPosts: false } }).score(graph);
    const x = v.meta.extra as unknown as AudienceQualityExtra;
    const star = v.keys.indexOf('star');
    expect([x.engagers[star], x.nonFollowerEngagement[star]]).toEqual([3, 2 / 3]);
  });

  it('refuses unknown options with a typed error', () => {
    expect(() => audienceQuality({ audience: 'bots' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('influenceScore with the audience part', () => {
  it('leaves the audience part out by default and adds it, percentile-normalized, when weighted', async () => {
    const { influenceScore, explain } = await import('../../../src/index.js');
    const world = boughtWorld({ n: 300, seed: 4, fakes: 'silent', lurkers: 0.2, buyers: 0.05, boughtRatio: 1 });
    const graph = buildSocialGraph(world.records);
    expect(Object.keys(influenceScore().score(graph).parts ?? {})).not.toContain('audience');
    const v = influenceScore({ weights: { audience: 2 } }).score(graph);
    expect(Object.keys(v.parts ?? {})).toContain('audience');
    const someone = [...world.buyers][0];
    expect(explain(v, someone).parts.find((p) => p.name === 'audience')?.weight).toBeGreaterThan(0);
  });

  it('drops the audience part with a warning when no account has an audience', async () => {
    const { influenceScore } = await import('../../../src/index.js');
    const graph = buildSocialGraph({ interactions: [{ type: 'like', from: 'a', to: 'b' }], posts: [{ id: 'p', author: 'b', time: 0, likes: 1, impressions: 10 }] });
    const v = influenceScore({ weights: { audience: 1, reach: 0, trust: 0 } }).score(graph);
    expect(v.meta.warnings).toContainEqual({ code: 'PART_DROPPED', message: expect.stringMatching(/audience left out/) });
  });
});
