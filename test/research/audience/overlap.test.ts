import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceOverlap, buildSocialGraph, InfluenceScoreError, uniqueReach } from '../../../src/index.js';
import { audienceWorld, bruteAudience } from './world.js';
import { createRng } from '../../../src/core/rng.js';
import { jaccardEstimate, memberRanks, sketchOf } from '../../../src/research/audience/bottom-k.js';

const worlds = fc.record({ n: fc.integer({ min: 2, max: 60 }), m: fc.integer({ min: 0, max: 400 }), seed: fc.integer(), picks: fc.integer({ min: 2, max: 6 }) });

describe('audienceOverlap', () => {
  it('counts shared members, overlap coefficient, Jaccard and unique shares exactly as sets do (200 generated worlds)', () => {
    fc.assert(
      fc.property(worlds, fc.constantFrom('followers' as const, 'engagers' as const), ({ n, m, seed, picks }, audience) => {
        const g = audienceWorld(n, m, seed);
        const accounts = g.nodes().slice(0, Math.min(picks, n));
        const types = audience === 'followers' ? ['follow'] : ['like'];
        const o = audienceOverlap(g, accounts, { audience, method: 'exact' });
        expect(o.pairs).toHaveLength((accounts.length * (accounts.length - 1)) / 2);
        for (const p of o.pairs) {
          const A = bruteAudience(g, p.a, types);
          const B = bruteAudience(g, p.b, types);
          const shared = [...A].filter((x) => B.has(x)).length;
          const union = A.size + B.size - shared;
          expect([p.sizeA, p.sizeB, p.shared]).toEqual([A.size, B.size, shared]);
          expect(p.overlap).toBe(Math.min(A.size, B.size) > 0 ? shared / Math.min(A.size, B.size) : 0);
          expect(p.jaccard).toBe(union > 0 ? shared / union : 0);
          expect(p.uniqueA).toBe(A.size > 0 ? (A.size - shared) / A.size : 0);
          expect(p.uniqueB).toBe(B.size > 0 ? (B.size - shared) / B.size : 0);
          expect(o.pair(p.b, p.a)).toBe(p);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the exact answer from sketches when every audience fits in a sketch', () => {
    const g = audienceWorld(200, 2000, 7);
    const accounts = ['a0', 'a1', 'a2', 'a3'];
    const exact = audienceOverlap(g, accounts, { method: 'exact' });
    const sketched = audienceOverlap(g, accounts, { method: 'sketch', sketchSize: 1024 });
    expect(sketched.method).toBe('sketch');
    expect(sketched.pairs).toEqual(exact.pairs);
  });

  it('keeps sketched Jaccard within four standard errors of the truth on 200 generated audience pairs (sizes 100 to 20,000, k = 64)', () => {
    const rng = createRng(11);
    let within = 0;
    for (let c = 0; c < 200; c++) {
      const universe = 50_000;
      const sizeA = 100 + rng.int(20_000);
      const sizeB = 100 + rng.int(20_000);
      const shared = rng.int(Math.min(sizeA, sizeB) + 1);
      // A = [0, sizeA), B = [sizeA − shared, sizeA − shared + sizeB): an overlap of exactly `shared`.
      const a = Int32Array.from({ length: sizeA }, (_, i) => i);
      const b = Int32Array.from({ length: sizeB }, (_, i) => sizeA - shared + i);
      const ranks = memberRanks(universe, createRng(c));
      const { jaccard, sample } = jaccardEstimate(sketchOf(a, ranks, 64), sketchOf(b, ranks, 64), 64);
      const truth = shared / (sizeA + sizeB - shared);
      const smoothed = (jaccard * sample + 1) / (sample + 2);
      if (Math.abs(jaccard - truth) <= 4 * Math.sqrt((smoothed * (1 - smoothed)) / sample)) within++;
    }
    expect(within).toBeGreaterThanOrEqual(198);
  });

  it('estimates overlap from sketches on a graph whose audiences exceed the sketch', () => {
    const g = audienceWorld(2000, 20_000, 5);
    const exact = audienceOverlap(g, ['a0', 'a1', 'a2'], { method: 'exact' });
    const sketched = audienceOverlap(g, ['a0', 'a1', 'a2'], { method: 'sketch', sketchSize: 16 });
    expect(exact.sizes.get('a0')).toBeGreaterThan(16);
    for (const p of sketched.pairs) {
      const truth = exact.pair(p.a, p.b)!;
      expect(p.jaccardError).toBeGreaterThan(0);
      expect([p.sizeA, p.sizeB]).toEqual([truth.sizeA, truth.sizeB]);
      expect(Math.abs(p.jaccard - truth.jaccard)).toBeLessThanOrEqual(5 * p.jaccardError);
    }
  });

  it('reads every edge of a graph without relation types as attention', () => {
    const g = audienceWorld(30, 200, 3);
    g.forEachEdge((e) => g.removeEdgeAttribute(e, 'type'));
    const o = audienceOverlap(g, ['a0', 'a1']);
    const all = (v: string): Set<string> => new Set(g.inNeighbors(v).filter((u) => u !== v));
    expect(o.sizes.get('a0')).toBe(all('a0').size);
    expect(o.warnings).toContainEqual({ code: 'FALLBACK', message: expect.stringMatching(/carry no relation type/) });
  });

  it('warns when no account has an audience in the view', () => {
    const g = audienceWorld(10, 0, 1);
    const o = audienceOverlap(g, ['a0', 'a1']);
    expect(o.pairs[0].overlap).toBe(0);
    expect(o.warnings).toContainEqual({ code: 'NO_AUDIENCE', message: expect.stringMatching(/none of the 2 accounts has an audience/) });
  });

  it('names unknown, duplicate and malformed accounts in typed errors', () => {
    const g = audienceWorld(10, 30, 1);
    expect(() => audienceOverlap(g, ['a0', 'nobody'])).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE', message: expect.stringContaining('"nobody"') }));
    expect(() => audienceOverlap(g, ['a0', 'a0'])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => audienceOverlap(g, 'a0' as never)).toThrow(InfluenceScoreError);
    expect(() => audienceOverlap(g, ['a0'], { method: 'guess' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('treats __proto__ as an ordinary account id', () => {
    const g = buildSocialGraph({
      follows: [
        { follower: 'a1', followee: '__proto__' },
        { follower: 'a1', followee: 'a0' },
      ],
    });
    expect(audienceOverlap(g, ['__proto__', 'a0']).pairs[0]).toMatchObject({ shared: 1, overlap: 1, jaccard: 1 });
  });
});

describe('uniqueReach', () => {
  it('counts the distinct members reached and those only one account reaches, as sets do (200 generated worlds)', () => {
    fc.assert(
      fc.property(worlds, ({ n, m, seed, picks }) => {
        const g = audienceWorld(n, m, seed);
        const accounts = g.nodes().slice(0, Math.min(picks, n));
        const audiences = accounts.map((a) => bruteAudience(g, a, ['follow']));
        const union = new Set(audiences.flatMap((s) => [...s]));
        const r = uniqueReach(g, accounts);
        expect(r.reach).toBe(union.size);
        expect(r.total).toBe(audiences.reduce((s, a) => s + a.size, 0));
        r.accounts.forEach((row, i) => {
          const others = new Set(audiences.filter((_, j) => j !== i).flatMap((s) => [...s]));
          expect(row.exclusive).toBe([...audiences[i]].filter((x) => !others.has(x)).length);
        });
      }),
      { numRuns: 200 },
    );
  });
});
