import { describe, expect, it } from 'vitest';
import { degree, pagerank } from '../../../src/index.js';
import { loadNetwork, loadReference, SMALL_NETWORKS } from '../../helpers/networks.js';
import { l1Error as l1 } from '../../helpers/accuracy.js';

describe.each(SMALL_NETWORKS)('PageRank and degree on %s match NetworkX', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name);

  // Chebyshev needs a symmetric adjacency: undirected networks only.
  const solvers = ['auto', 'power', 'gauss-seidel', 'block-gauss-seidel', ...(graph.type === 'undirected' ? ['chebyshev' as const] : [])] as const;

  it.each(solvers)('unweighted PageRank with solver %s is within 1e-9 in L1', (solver) => {
    const v = pagerank({ weighted: false, solver }).score(graph);
    expect(v.meta.converged).toBe(true);
    expect(l1(v.values, ref.measures.pagerank.values!)).toBeLessThan(1e-9);
  });

  it('the default (Chebyshev undirected, block Gauss–Seidel directed) and Gauss–Seidel take fewer passes than the power method', () => {
    const power = pagerank({ weighted: false, solver: 'power' }).score(graph);
    const auto = pagerank({ weighted: false }).score(graph);
    const gs = pagerank({ weighted: false, solver: 'gauss-seidel' }).score(graph);
    expect(auto.meta.extra?.solver).toBe(graph.type === 'undirected' ? 'chebyshev' : 'block-gauss-seidel');
    expect(auto.meta.iterations!).toBeLessThan(power.meta.iterations!);
    expect(gs.meta.iterations!).toBeLessThan(power.meta.iterations!);
  });

  it.each(solvers)('personalized PageRank with solver %s is within 1e-9 in L1', (solver) => {
    const v = pagerank({ weighted: false, personalization: { '0': 1, '1': 1 }, solver }).score(graph);
    expect(l1(v.values, ref.measures.pagerank_personalized.values!)).toBeLessThan(1e-9);
  });

  it.runIf(ref.measures.pagerank_weighted).each(solvers)('weighted PageRank with solver %s is within 1e-9 in L1', (solver) => {
    const v = pagerank({ weighted: true, solver }).score(graph);
    expect(l1(v.values, ref.measures.pagerank_weighted.values!)).toBeLessThan(1e-9);
  });

  it('total degree centrality is exact', () => {
    const v = degree({ direction: 'both' }).score(graph);
    expect(Array.from(v.values)).toEqual(ref.measures.degree.values);
  });

  it.runIf(ref.measures.in_degree)('in-degree centrality is exact', () => {
    const v = degree({ direction: 'in' }).score(graph);
    expect(Array.from(v.values)).toEqual(ref.measures.in_degree.values);
  });
});
