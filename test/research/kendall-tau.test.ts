import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kendallTau } from '../../src/research/kendall-tau.js';
import { spearmanRho } from '../../src/research/spearman-rho.js';
import { vec } from '../compose/vectors.js';

/** O(n²) tau-b straight from the definition, the oracle for the fast algorithm. */
function naiveTauB(a: number[], b: number[]): number {
  let s = 0;
  let n1 = 0;
  let n2 = 0;
  let n0 = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      n0++;
      const da = Math.sign(a[i] - a[j]);
      const db = Math.sign(b[i] - b[j]);
      s += da * db;
      if (da === 0) n1++;
      if (db === 0) n2++;
    }
  }
  return s / Math.sqrt((n0 - n1) * (n0 - n2));
}

describe('kendallTau (Knight, tau-b)', () => {
  it('takes ScoreVectors like spearmanRho: matched by key, negated when lower is better', () => {
    const a = vec([1, 2, 3, 4], { keys: ['w', 'x', 'y', 'z'] });
    const shuffled = vec([4, 2, 3, 1], { keys: ['z', 'x', 'y', 'w'] });
    expect(kendallTau(a, shuffled)).toBe(1);
    expect(kendallTau(a, vec([1, 2, 3, 4], { keys: ['w', 'x', 'y', 'z'], higherIsBetter: false }))).toBe(-1);
    // Keys on one side only are dropped, as in spearmanRho.
    const partial = vec([3, 1, 2], { keys: ['y', 'w', 'x'] });
    expect(kendallTau(a, partial)).toBe(1);
    expect(spearmanRho(a, partial)).toBe(1);
    expect(kendallTau(a, [1, 3, 2, 4])).toBeCloseTo(2 / 3, 15);
  });

  it('gives 2/3 for one swapped adjacent pair in four and ±1 for identical/reversed orders', () => {
    expect(kendallTau([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 15);
    expect(kendallTau([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(kendallTau([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it('matches scipy on a small vector with ties in both samples', () => {
    // scipy.stats.kendalltau([12,2,1,12,2],[1,4,7,1,0]).statistic
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.4714045207910316, 14);
  });

  it('agrees with the O(n²) definition on random vectors with many ties', () => {
    const small = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
      minLength: 2,
      maxLength: 60,
    });
    fc.assert(
      fc.property(small, (pairs) => {
        const a = pairs.map((p) => p[0]);
        const b = pairs.map((p) => p[1]);
        const expected = naiveTauB(a, b);
        const got = kendallTau(a, b);
        if (Number.isNaN(expected)) return Number.isNaN(got);
        return Math.abs(got - expected) < 1e-12;
      }),
    );
  });

  it('is NaN when a sample is constant and throws on length mismatch or NaN input', () => {
    expect(kendallTau([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(() => kendallTau([1, 2], [1])).toThrow(/length/);
    expect(() => kendallTau([1, NaN], [1, 2])).toThrow(/NaN/);
  });
});
