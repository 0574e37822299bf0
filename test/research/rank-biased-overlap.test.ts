import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBiasedOverlap } from '../../src/research/rank-biased-overlap.js';

describe('rankBiasedOverlap (Webber et al. 2010)', () => {
  it('gives the hand-derived values for [a, b] vs [b, a] at p = 0.5', () => {
    // X_1 = 0, X_2 = 2. min = (1−p)/p·((0 − 2)·p − 2·ln(1 − p)) = 2 ln 2 − 1;
    // max = (1 − p)·Σ_{d≥2} p^(d−1) = 0.5 (full agreement from depth 2 on); ext = X_2/2·p² + (1−p)/p·(X_2/2)·p² = 0.5.
    const r = rankBiasedOverlap(['a', 'b'], ['b', 'a'], { p: 0.5 });
    expect(r.min).toBeCloseTo(2 * Math.LN2 - 1, 14);
    expect(r.max).toBeCloseTo(0.5, 14);
    expect(r.extrapolated).toBeCloseTo(0.5, 14);
  });

  it('is 1 (extrapolated, and min + residual) for identical rankings and 0 for disjoint ones', () => {
    const same = rankBiasedOverlap(['x', 'y', 'z'], ['x', 'y', 'z'], { p: 0.7 });
    expect(same.extrapolated).toBeCloseTo(1, 14);
    expect(same.min + same.residual).toBeCloseTo(1, 14);
    const disjoint = rankBiasedOverlap(['a', 'b'], ['c', 'd'], { p: 0.9 });
    expect(disjoint.min).toBe(0);
    expect(disjoint.extrapolated).toBe(0);
  });

  it('keeps min ≤ extrapolated ≤ max and all three in [0, 1] on random score vectors', () => {
    const arb = fc.tuple(
      fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }),
      fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(arb, ([a, p, shift]) => {
        const b = a.map((v, i) => (v * 7 + i * shift) % 11);
        const r = rankBiasedOverlap(a, b, { p });
        return r.min >= 0 && r.max <= 1 + 1e-12 && r.min <= r.extrapolated + 1e-12 && r.extrapolated <= r.max + 1e-12;
      }),
    );
  });

  it('matches ScoreVector-like inputs by key and rejects duplicate ids', () => {
    expect(() => rankBiasedOverlap(['a', 'a'], ['a', 'b'])).toThrow(/distinct/);
    expect(() => rankBiasedOverlap([1, 2], [1, 2], { p: 1 })).toThrow(/Invalid options/);
  });
});
