import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { degree } from '../../../src/index.js';

// NetworkX: degree_centrality, in_degree_centrality and out_degree_centrality return {n: 1} when len(G) <= 1.
describe('degree centrality on degenerate graphs, as NetworkX', () => {
  it.each([
    ['undirected', 'in'],
    ['directed', 'in'],
    ['directed', 'out'],
    ['directed', 'both'],
  ] as const)('gives the node of a one-node %s graph 1 (direction %s)', (type, direction) => {
    const g = new Graph({ type });
    g.addNode('solo');
    expect(Array.from(degree({ direction }).score(g).values)).toEqual([1]);
  });

  it('keeps the raw count 0 when not normalized', () => {
    const g = new Graph();
    g.addNode('solo');
    expect(Array.from(degree({ normalized: false }).score(g).values)).toEqual([0]);
  });

  it('still divides by n − 1 from two nodes on', () => {
    const g = new Graph();
    g.addNode('a');
    g.addNode('b');
    expect(Array.from(degree().score(g).values)).toEqual([0, 0]);
  });
});
