import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine, degree, minmax, NORMALIZERS, pagerank, type Scorer } from '../../src/index.js';
import { buildGraph, graphSpec, permutation, relabelled } from '../helpers/arbitraries.js';
import { expectInRange } from '../helpers/expect-range.js';

const label = (i: number): string => `n${i}`;

const scorers: [string, Scorer][] = [
  ...(['in', 'out', 'all'] as const).flatMap((mode) =>
    [false, true].flatMap((weighted) => [false, true].map((normalized): [string, Scorer] => [`degree ${mode} w=${weighted} norm=${normalized}`, degree({ direction: mode === 'all' ? 'both' : mode, weighted, normalized })])),
  ),
  ['pagerank weighted', pagerank()],
  ['pagerank unweighted', pagerank({ weighted: false, alpha: 0.6 })],
  ...(['arithmetic', 'geometric', 'harmonic'] as const).flatMap((aggregate) =>
    (['percentile', 'minmax'] as const).map((normalize): [string, Scorer] => [
      `combine ${aggregate} ${normalize} [0, 100]`,
      combine({ parts: { pr: [pagerank(), 2], deg: [degree({ direction: 'both' }), 1], out: [degree({ direction: 'out', weighted: true }), 0.5] }, aggregate, normalize, scale: [0, 100] }),
    ]),
  ),
  ...(['zscore', 'log', 'robust'] as const).map((normalize): [string, Scorer] => [`combine arithmetic ${normalize}`, combine({ parts: { pr: [pagerank(), 1], deg: [degree({ weighted: true }), 1] }, normalize })]),
  ['nested combine', combine({ parts: { inner: [combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] }, normalize: 'zscore' }), 1], deg: [degree(), 1] }, aggregate: 'geometric' })],
];

describe('on random graphs', () => {
  it.each(scorers)('%s gives finite scores within its declared range', (_name, scorer) => {
    fc.assert(
      fc.property(graphSpec(), (spec) => {
        expectInRange(scorer.score(buildGraph(spec, label)).values, scorer.range);
      }),
      { numRuns: 25 },
    );
  });

  it('PageRank sums to 1 (weighted or not, directed or not)', () => {
    fc.assert(
      fc.property(graphSpec(), fc.boolean(), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (spec, weighted, alpha) => {
        const v = pagerank({ weighted, alpha }).score(buildGraph(spec));
        expect(Math.abs(v.values.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });

  const relabelling = graphSpec().chain((spec) => fc.tuple(fc.constant(spec), permutation(spec.n)));

  it('relabelling nodes only permutes degree scores (exactly)', () => {
    fc.assert(
      fc.property(relabelling, ([spec, perm]) => {
        for (const scorer of [degree({ direction: 'both' }), degree({ direction: 'in', weighted: true }), degree({ direction: 'out', normalized: false })]) {
          const a = scorer.score(buildGraph(spec, label));
          const b = scorer.score(relabelled(spec, perm));
          expect(b.keys).toEqual(perm.map(label));
          for (const key of a.keys) expect(b.get(key)).toBeCloseTo(a.get(key)!, 12);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('relabelling nodes only permutes PageRank scores (up to rounding)', () => {
    fc.assert(
      fc.property(relabelling, ([spec, perm]) => {
        const a = pagerank().score(buildGraph(spec, label));
        const b = pagerank().score(relabelled(spec, perm));
        for (const key of a.keys) expect(Math.abs(b.get(key)! - a.get(key)!)).toBeLessThan(1e-12);
      }),
      { numRuns: 40 },
    );
  });

  it('relabelling nodes only permutes percentile composites of PageRank (rounding noise is no rank)', () => {
    // Mirror-image nodes can get PageRanks one rounding apart, differently in each labelling.
    const ranked = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] }, normalize: 'percentile' });
    fc.assert(
      fc.property(relabelling, ([spec, perm]) => {
        const a = ranked.score(buildGraph(spec, label));
        const b = ranked.score(relabelled(spec, perm));
        for (const key of a.keys) expect(Math.abs(b.get(key)! - a.get(key)!)).toBeLessThan(1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it('relabelling nodes only permutes composite scores', () => {
    const exact = combine({ parts: { in: [degree(), 2], out: [degree({ direction: 'out' }), 1] }, aggregate: 'harmonic' });
    const smooth = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] }, normalize: 'minmax' });
    fc.assert(
      fc.property(relabelling, ([spec, perm]) => {
        const g1 = buildGraph(spec, label);
        const g2 = relabelled(spec, perm);
        const [a, b] = [exact.score(g1), exact.score(g2)];
        for (const key of a.keys) expect(b.get(key)).toBe(a.get(key));
        const [c, d] = [smooth.score(g1), smooth.score(g2)];
        for (const key of c.keys) expect(Math.abs(d.get(key)! - c.get(key)!)).toBeLessThan(1e-9);
      }),
      { numRuns: 40 },
    );
  });
});

describe('combine with a single part', () => {
  const aggregates = (normalize: string): ('arithmetic' | 'geometric' | 'harmonic')[] =>
    normalize === 'percentile' || normalize === 'minmax' ? ['arithmetic', 'geometric', 'harmonic'] : ['arithmetic'];

  it('equals that part normalized, for every normalizer, aggregate and weight', () => {
    fc.assert(
      fc.property(graphSpec(), fc.constantFrom(...NORMALIZERS), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.boolean(), (spec, normalize, weight, usePagerank) => {
        const g = buildGraph(spec);
        const part = usePagerank ? pagerank() : degree({ weighted: true });
        const expected = combine({ parts: { only: [part, 1] }, normalize }).score(g).parts!.only;
        for (const aggregate of aggregates(normalize)) {
          const v = combine({ parts: { only: [part, weight] }, normalize, aggregate }).score(g);
          const want = Array.from(expected.values);
          if (aggregate === 'harmonic') Array.from(v.values).forEach((x, i) => expect(x).toBeCloseTo(want[i], 14));
          else expect(Array.from(v.values)).toEqual(want);
        }
        // and "normalized" is the normalizer applied to the part alone
        if (normalize === 'minmax') expect(Array.from(expected.values)).toEqual(Array.from(minmax(part.score(g)).values));
      }),
      { numRuns: 40 },
    );
  });
});
