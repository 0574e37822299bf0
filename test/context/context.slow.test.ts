import { describe, expect, it } from 'vitest';
import { combine, degree, getScoringContext, pagerank, percentile } from '../../src/index.js';
import { readEdges } from '../../src/context/edges.js';
import { BIG_NETWORKS, loadNetwork, loadReference } from '../helpers/networks.js';
import { l1Error as l1 } from '../helpers/accuracy.js';

describe.each(BIG_NETWORKS)('the scoring context of %s', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name);
  const ctx = getScoringContext(graph);

  it('reads every edge, and its fast read equals the public-API read', () => {
    expect(ctx.n).toBe(ref.nodes);
    expect(ctx.edges.length).toBe(ref.edges);
    const slow = readEdges(graph, ctx.graphIndex, ctx.view, []);
    expect(Array.from(slow.edges.src)).toEqual(Array.from(ctx.edges.src));
    expect(Array.from(slow.edges.dst)).toEqual(Array.from(ctx.edges.dst));
    expect(Array.from(slow.edges.weight)).toEqual(Array.from(ctx.edges.weight));
  });

  it('has sorted CSR rows whose counts add up to the edges (in both directions when undirected)', () => {
    const { offsets, targets, counts } = ctx.out;
    let total = 0;
    for (let i = 0; i < ctx.n; i++) for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (e > offsets[i]) expect(targets[e]).toBeGreaterThan(targets[e - 1]);
      total += counts[e];
    }
    expect(total).toBe(ref.directed ? ref.edges : 2 * ref.edges);
  });

  it('gives PageRank within 1e-9 (L1) of NetworkX, unweighted, weighted and personalized', () => {
    expect(l1(pagerank({ weighted: false }).score(ctx).values, ref.measures.pagerank.values!)).toBeLessThan(1e-9);
    if (ref.measures.pagerank_weighted) expect(l1(pagerank().score(ctx).values, ref.measures.pagerank_weighted.values!)).toBeLessThan(1e-9);
    const personalized = pagerank({ weighted: false, personalization: { '0': 1, '1': 1 } }).score(ctx);
    expect(l1(personalized.values, ref.measures.pagerank_personalized.values!)).toBeLessThan(1e-9);
  });

  it('gives degree centrality exactly as NetworkX', () => {
    expect(Array.from(degree({ direction: 'both' }).score(ctx).values)).toEqual(ref.measures.degree.values);
    if (ref.measures.in_degree) expect(Array.from(degree({ direction: 'in' }).score(ctx).values)).toEqual(ref.measures.in_degree.values);
  });

  it('combines PageRank and degree without NaN and carries both parts', () => {
    const v = combine({ parts: { pr: [pagerank({ weighted: false }), 2], deg: [degree(), 1] }, aggregate: 'geometric', scale: [0, 100] }).score(ctx);
    expect(v.values.every((x) => x >= 0 && x <= 100)).toBe(true);
    expect(Array.from(v.parts!.pr.values)).toEqual(Array.from(percentile(pagerank({ weighted: false }).score(ctx)).values));
  });
});
