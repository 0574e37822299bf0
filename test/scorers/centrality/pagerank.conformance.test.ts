import { describe, expect, it } from 'vitest';
import { degree, pagerank } from '../../../src/index.js';
import { loadNetwork, loadReference, SMALL_NETWORKS } from '../../helpers/networks.js';

const l1 = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s;
};

describe.each(SMALL_NETWORKS)('PageRank and degree on %s match NetworkX', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name);

  it('unweighted PageRank is within 1e-9 in L1', () => {
    const v = pagerank({ weighted: false }).score(graph);
    expect(v.meta.converged).toBe(true);
    expect(l1(v.values, ref.measures.pagerank.values!)).toBeLessThan(1e-9);
  });

  it('the Gauss–Seidel solver reaches the same fixed point, within 1e-9 in L1, in fewer passes', () => {
    const power = pagerank({ weighted: false }).score(graph);
    const v = pagerank({ weighted: false, solver: 'gauss-seidel' }).score(graph);
    expect(v.meta.converged).toBe(true);
    expect(l1(v.values, ref.measures.pagerank.values!)).toBeLessThan(1e-9);
    expect(v.meta.iterations!).toBeLessThan(power.meta.iterations!);
  });

  it('personalized PageRank is within 1e-9 in L1', () => {
    const v = pagerank({ weighted: false, personalization: { '0': 1, '1': 1 } }).score(graph);
    expect(l1(v.values, ref.measures.pagerank_personalized.values!)).toBeLessThan(1e-9);
  });

  it.runIf(ref.measures.pagerank_weighted)('weighted PageRank is within 1e-9 in L1', () => {
    const v = pagerank({ weighted: true }).score(graph);
    expect(l1(v.values, ref.measures.pagerank_weighted.values!)).toBeLessThan(1e-9);
  });

  it('total degree centrality is exact', () => {
    const v = degree({ mode: 'total' }).score(graph);
    expect(Array.from(v.values)).toEqual(ref.measures.degree.values);
  });

  it.runIf(ref.measures.in_degree)('in-degree centrality is exact', () => {
    const v = degree({ mode: 'in' }).score(graph);
    expect(Array.from(v.values)).toEqual(ref.measures.in_degree.values);
  });
});
