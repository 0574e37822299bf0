import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickSlate } from '../../../src/index.js';
import { audienceWorld, bruteAudience } from './world.js';

type Audiences = Map<string, Set<string>>;

/** Plain greedy: every candidate's gain recomputed every step; ties to the earlier candidate. */
function plainGreedy(audiences: Audiences, candidates: string[], k: number): { picks: string[]; reach: number } {
  const covered = new Set<string>();
  const picks: string[] = [];
  while (picks.length < k) {
    let best = -1;
    let bestGain = 0;
    candidates.forEach((c, i) => {
      if (picks.includes(c)) return;
      const gain = [...audiences.get(c)!].filter((x) => !covered.has(x)).length;
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best < 0) break;
    picks.push(candidates[best]);
    for (const x of audiences.get(candidates[best])!) covered.add(x);
  }
  return { picks, reach: covered.size };
}

function bestSubset(audiences: Audiences, candidates: string[], fits: (set: string[]) => boolean): number {
  let best = 0;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const set = candidates.filter((_, i) => mask & (1 << i));
    if (!fits(set)) continue;
    best = Math.max(best, new Set(set.flatMap((c) => [...audiences.get(c)!])).size);
  }
  return best;
}

const worlds = fc.record({ n: fc.integer({ min: 4, max: 50 }), m: fc.integer({ min: 0, max: 300 }), seed: fc.integer(), k: fc.integer({ min: 1, max: 5 }) });

function setup(n: number, m: number, seed: number, count: number) {
  const g = audienceWorld(n, m, seed);
  const candidates = g.nodes().slice(0, Math.min(count, n));
  const audiences: Audiences = new Map(candidates.map((c) => [c, bruteAudience(g, c, ['follow'])]));
  return { g, candidates, audiences };
}

describe('pickSlate', () => {
  it('picks what plain greedy picks, with the marginal and cumulative reach of each pick (200 generated worlds)', () => {
    fc.assert(
      fc.property(worlds, ({ n, m, seed, k }) => {
        const { g, candidates, audiences } = setup(n, m, seed, 12);
        const slate = pickSlate(g, candidates, { k });
        const plain = plainGreedy(audiences, candidates, k);
        expect(slate.picks.map((p) => p.key)).toEqual(plain.picks);
        expect(slate.reach).toBe(plain.reach);
        let covered = new Set<string>();
        for (const p of slate.picks) {
          const next = new Set([...covered, ...audiences.get(p.key)!]);
          expect([p.marginal, p.reach]).toEqual([next.size - covered.size, next.size]);
          covered = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reaches at least (1 − 1/e) of the best slate of the same size, found by exhaustive search (150 small worlds)', () => {
    fc.assert(
      fc.property(worlds, ({ n, m, seed, k }) => {
        const { g, candidates, audiences } = setup(n, m, seed, 9);
        const optimum = bestSubset(audiences, candidates, (s) => s.length <= k);
        expect(pickSlate(g, candidates, { k }).reach).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum);
      }),
      { numRuns: 150 },
    );
  });

  it('stays within the budget and reaches at least (1 − 1/e)/2 of the best affordable slate (150 small worlds with costs)', () => {
    fc.assert(
      fc.property(worlds, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 9, maxLength: 9 }), fc.integer({ min: 1, max: 20 }), ({ n, m, seed }, prices, budget) => {
        const { g, candidates, audiences } = setup(n, m, seed, 9);
        const cost = Object.fromEntries(candidates.map((c, i) => [c, prices[i]]));
        const slate = pickSlate(g, candidates, { budget, cost });
        expect(slate.cost).toBeLessThanOrEqual(budget);
        expect(slate.cost).toBe(slate.picks.reduce((s, p) => s + cost[p.key], 0));
        const optimum = bestSubset(audiences, candidates, (s) => s.reduce((t, c) => t + cost[c], 0) <= budget);
        expect(slate.reach).toBeGreaterThanOrEqual(((1 - 1 / Math.E) / 2) * optimum);
        expect(slate.guarantee).toBeCloseTo((1 - 1 / Math.E) / 2, 12);
      }),
      { numRuns: 150 },
    );
  });

  it('scans fewer audiences than plain greedy by re-evaluating lazily', () => {
    const g = audienceWorld(3000, 30_000, 2);
    const candidates = g.nodes().slice(0, 300);
    const slate = pickSlate(g, candidates, { k: 20 });
    expect(slate.picks).toHaveLength(20);
    expect(slate.evaluations).toBeLessThan(20 * 300);
  });

  it('refuses a call with neither k nor budget, a cost without a budget, and non-positive costs', () => {
    const g = audienceWorld(10, 40, 1);
    expect(() => pickSlate(g, ['a0', 'a1'], {})).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => pickSlate(g, ['a0', 'a1'], { k: 1, cost: { a0: 2 } })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => pickSlate(g, ['a0', 'a1'], { budget: 3, cost: { a0: 0 } })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => pickSlate(g, ['a0', 'zz'], { k: 1 })).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
  });

  it('returns an empty slate with a warning when no candidate has an audience', () => {
    const slate = pickSlate(audienceWorld(6, 0, 1), ['a0', 'a1'], { k: 2 });
    expect(slate.picks).toEqual([]);
    expect(slate.warnings).toContainEqual({ code: 'NO_AUDIENCE', message: expect.stringMatching(/no candidate reaches anyone/) });
  });
});
