import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { type Csr, getScoringContext } from '../../src/index.js';
import { buildCsr, transposeCsr } from '../../src/context/csr.js';

/** Row i as [targetKey, weight, count] triples, for readable assertions. */
function rows(csr: Csr, keys: readonly string[]): Record<string, [string, number, number][]> {
  const out: Record<string, [string, number, number][]> = {};
  keys.forEach((k, i) => {
    out[k] = [];
    for (let e = csr.offsets[i]; e < csr.offsets[i + 1]; e++) out[k].push([keys[csr.targets[e]], csr.weights[e], csr.counts[e]]);
  });
  return out;
}

function directed(): Graph {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const k of ['a', 'b', 'c', 'd']) g.addNode(k);
  g.addEdge('a', 'b', { weight: 2 });
  g.addEdge('a', 'b', { weight: 3 });
  g.addEdge('a', 'c', { weight: 0.5 });
  g.addEdge('b', 'a', { weight: 1 });
  g.addEdge('a', 'a', { weight: 7 });
  return g;
}

describe('CSR of a directed multigraph', () => {
  const ctx = getScoringContext(directed());

  it('merges parallel edges into one entry whose weight is their sum and count their number', () => {
    expect(rows(ctx.out, ctx.keys)).toEqual({ a: [['b', 5, 2], ['c', 0.5, 1]], b: [['a', 1, 1]], c: [], d: [] });
  });

  it('drops self-loops from the CSR but keeps them in the raw edge columns', () => {
    expect(ctx.out.targets).toHaveLength(3);
    expect(ctx.edges.length).toBe(5);
    expect(Array.from(ctx.edges.weight)).toEqual([2, 3, 0.5, 1, 7]);
  });

  it('stores the in-adjacency as the transpose: row v lists every u with u → v', () => {
    expect(ctx.directed).toBe(true);
    expect(rows(ctx.in, ctx.keys)).toEqual({ a: [['b', 1, 1]], b: [['a', 5, 2]], c: [['a', 0.5, 1]], d: [] });
  });

  it('projects to a symmetric CSR on demand, merging reciprocal arcs', () => {
    const sym = ctx.undirected();
    expect(rows(sym, ctx.keys)).toEqual({ a: [['b', 6, 3], ['c', 0.5, 1]], b: [['a', 6, 3]], c: [['a', 0.5, 1]], d: [] });
    expect(ctx.undirected()).toBe(sym);
  });

  it('reads edges without a weight attribute as weight 1, and ignores weights with weight: null', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.addNode('x');
    g.addNode('y');
    g.addEdge('x', 'y');
    g.addEdge('x', 'y', { weight: 4 });
    expect(rows(getScoringContext(g).out, ['x', 'y']).x).toEqual([['y', 5, 2]]);
    expect(rows(getScoringContext(g, { weight: null }).out, ['x', 'y']).x).toEqual([['y', 2, 2]]);
  });
});

describe('CSR of an undirected graph', () => {
  function undirected(): Graph {
    const g = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { weight: 2 });
    g.addEdge('b', 'a', { weight: 3 });
    g.addEdge('b', 'c', { weight: 1 });
    g.addEdge('c', 'c', { weight: 9 });
    return g;
  }

  it('is symmetric, with each edge in both rows and parallel edges merged', () => {
    const ctx = getScoringContext(undirected());
    expect(ctx.directed).toBe(false);
    expect(rows(ctx.out, ctx.keys)).toEqual({ a: [['b', 5, 2]], b: [['a', 5, 2], ['c', 1, 1]], c: [['b', 1, 1]] });
    expect(ctx.in).toBe(ctx.out);
    expect(ctx.undirected()).toBe(ctx.out);
  });

  it('can be read as directed only from a directed graph; directed: false symmetrizes a directed one', () => {
    const ctx = getScoringContext(directed(), { directed: false });
    expect(ctx.directed).toBe(false);
    expect(rows(ctx.out, ctx.keys)).toEqual({ a: [['b', 6, 3], ['c', 0.5, 1]], b: [['a', 6, 3]], c: [['a', 0.5, 1]], d: [] });
  });

  it('counts the undirected edges of a mixed graph both ways and the directed ones one way', () => {
    const g = new Graph({ type: 'mixed' });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addDirectedEdge('a', 'b');
    g.addUndirectedEdge('b', 'c');
    const ctx = getScoringContext(g);
    expect(ctx.directed).toBe(true);
    expect(rows(ctx.out, ctx.keys)).toEqual({ a: [['b', 1, 1]], b: [['c', 1, 1]], c: [['b', 1, 1]] });
  });
});

describe('buildCsr and transposeCsr', () => {
  it('sorts each row by target and leaves empty rows empty', () => {
    const csr = buildCsr(4, Int32Array.of(2, 0, 2, 0, 3), Int32Array.of(1, 3, 0, 1, 3), Float64Array.of(1, 2, 3, 4, 5));
    expect(Array.from(csr.offsets)).toEqual([0, 2, 2, 4, 4]);
    expect(Array.from(csr.targets)).toEqual([1, 3, 0, 1]);
    expect(Array.from(csr.weights)).toEqual([4, 2, 3, 1]);
    const t = transposeCsr(4, csr);
    expect(Array.from(t.offsets)).toEqual([0, 1, 3, 3, 4]);
    expect(Array.from(t.targets)).toEqual([2, 0, 2, 0]);
    expect(Array.from(t.weights)).toEqual([3, 4, 1, 2]);
  });

  it('handles a graph without edges and one without nodes', () => {
    expect(Array.from(buildCsr(3, new Int32Array(0), new Int32Array(0), new Float64Array(0)).offsets)).toEqual([0, 0, 0, 0]);
    const empty = getScoringContext(new Graph());
    expect(empty.n).toBe(0);
    expect(Array.from(empty.out.offsets)).toEqual([0]);
  });
});
