import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRankings } from '../../src/research/compare-rankings.js';
import { rankBiasedOverlap } from '../../src/research/rank-biased-overlap.js';
import { spearmanRho } from '../../src/research/spearman-rho.js';
import { topKOverlap } from '../../src/research/top-k-overlap.js';
import { kendallTau } from '../../src/research/kendall-tau.js';

interface Case {
  name: string;
  a: number[];
  b: number[];
  k: number;
  p: number;
  kendallTau: number | null;
  spearmanRho: number | null;
  topK: { intersection: number; jaccard: number };
  rbo: { min: number; residual: number; extrapolated: number };
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/scipy-rankings.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  lists: { a: string[]; b: string[]; p: number; rbo: Case['rbo'] }[];
};
const close = (got: number, want: number | null): void => {
  if (want === null) expect(got).toBeNaN();
  else expect(Math.abs(got - want)).toBeLessThan(1e-12);
};

describe.each(fixture.cases)('rank comparisons match scipy and the RBO definition: $name', (c) => {
  it('Kendall tau-b equals scipy.stats.kendalltau to 1e-12', () => close(kendallTau(c.a, c.b), c.kendallTau));
  it('Spearman rho equals scipy.stats.spearmanr to 1e-12', () => close(spearmanRho(c.a, c.b), c.spearmanRho));
  it('top-k overlap equals the stable numpy top-k sets', () => {
    const o = topKOverlap(c.a, c.b, c.k);
    expect(o.intersection).toBe(c.topK.intersection);
    close(o.jaccard, c.topK.jaccard);
  });
  it('RBO min, residual and extrapolated equal the term-by-term sums to 1e-12', () => {
    const r = rankBiasedOverlap(c.a, c.b, { p: c.p });
    close(r.min, c.rbo.min);
    close(r.residual, c.rbo.residual);
    close(r.extrapolated, c.rbo.extrapolated);
  });
  it('compareRankings reports the same four numbers', () => {
    const r = compareRankings(c.a, c.b, { k: c.k, p: c.p });
    close(r.kendallTau, c.kendallTau);
    close(r.spearmanRho, c.spearmanRho);
    expect(r.topK.intersection).toBe(c.topK.intersection);
    close(r.rbo.extrapolated, c.rbo.extrapolated);
  });
});

describe('rank-biased overlap on ranked lists of uneven length', () => {
  it.each(fixture.lists)('matches the naive eq. 11 / eq. 32 sums for $a vs $b', (l) => {
    const r = rankBiasedOverlap(l.a, l.b, { p: l.p });
    close(r.min, l.rbo.min);
    close(r.residual, l.rbo.residual);
    close(r.extrapolated, l.rbo.extrapolated);
  });
});
