import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/core/suggest.js';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('pagerenk', 'pagerank')).toBe(1);
    expect(editDistance('cefl', 'celf')).toBe(1);
    expect(editDistance('mentions', 'mention')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is a metric-like distance: zero only on equal strings, symmetric, at most the longer length (500 pairs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('suggests only near misses', () => {
    expect(closest('betweeness', ['betweenness', 'closeness'])).toBe('betweenness');
    expect(closest('cefl', ['imm', 'celf', 'degree-discount'])).toBe('celf');
    expect(closest('klout', ['pagerank', 'degree', 'katz'])).toBeUndefined();
    expect(closest('deg', ['degree', 'pagerank'])).toBe('degree');
  });
});
