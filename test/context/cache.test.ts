import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { combine, degree, getScoringContext, pagerank } from '../../src/index.js';
import { contextBuildCount } from '../../src/context/context.js';
import { loadNetwork } from '../helpers/networks.js';

/** How many contexts `f` builds. */
function builds(f: () => void): number {
  const before = contextBuildCount();
  f();
  return contextBuildCount() - before;
}

describe('context cache', () => {
  it('builds a context once per graph and view and returns the same object after', () => {
    const g = loadNetwork('karate');
    let first!: ReturnType<typeof getScoringContext>;
    expect(builds(() => (first = getScoringContext(g)))).toBe(1);
    expect(builds(() => expect(getScoringContext(g)).toBe(first))).toBe(0);
  });

  it('scoring with an already-built context does not rebuild the CSR', () => {
    const g = loadNetwork('dolphins');
    const ctx = getScoringContext(g);
    const n = builds(() => {
      pagerank().score(ctx);
      degree({ direction: 'both' }).score(ctx);
      pagerank({ alpha: 0.5, weighted: false }).score(ctx);
      combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] } }).score(ctx);
    });
    expect(n).toBe(0);
  });

  it('scoring the same graph twice builds once', () => {
    const g = loadNetwork('lesmis');
    expect(builds(() => {
      pagerank().score(g);
      degree().score(g);
    })).toBe(1);
  });

  it('treats equivalent views as one (relation order, explicit defaults)', () => {
    const g = loadNetwork('karate');
    const ctx = getScoringContext(g, { relations: ['b', 'a'] });
    expect(getScoringContext(g, { relations: ['a', 'b', 'a'] })).toBe(ctx);
    expect(getScoringContext(g, { weightAttribute: 'weight', typeAttribute: 'type' })).toBe(getScoringContext(g));
    expect(getScoringContext(g, { directed: false })).not.toBe(getScoringContext(g));
  });

  it("gives a scorer with its own view that view's context even when handed another context", () => {
    const g = new Graph({ type: 'directed', multi: true });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { type: 'share' });
    g.addEdge('a', 'c', { type: 'mention' });
    const all = getScoringContext(g);
    const shares = degree({ view: { relations: ['share'] }, normalized: false }).score(all);
    expect(Array.from(shares.values)).toEqual([0, 1, 0]);
    expect(builds(() => degree({ view: { relations: ['share'] } }).score(all))).toBe(0);
  });

  it.each<[string, (g: Graph) => void]>([
    ['adding an edge', (g) => g.addEdge('c', 'a')],
    ['dropping an edge', (g) => g.dropEdge(g.edges()[0])],
    ['adding a node', (g) => g.addNode('d')],
    ['changing an edge weight', (g) => g.setEdgeAttribute(g.edges()[0], 'weight', 5)],
    ['changing a node attribute', (g) => g.setNodeAttribute('a', 'followers', 3)],
    ['replacing node attributes in bulk', (g) => g.updateEachNodeAttributes((_n, attr) => ({ ...attr, x: 1 }))],
    ['clearing the edges', (g) => g.clearEdges()],
  ])('drops the cached context after %s', (_what, mutate) => {
    const g = new Graph({ type: 'directed' });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('b', 'c', { weight: 1 });
    const before = getScoringContext(g);
    mutate(g);
    let after!: ReturnType<typeof getScoringContext>;
    expect(builds(() => (after = getScoringContext(g)))).toBe(1);
    expect(after).not.toBe(before);
    expect(after.n).toBe(g.order);
    expect(after.edges.length).toBe(g.size);
  });

  it('scores the mutated graph, not the stale context', () => {
    const g = new Graph({ type: 'directed' });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b');
    expect(Array.from(degree({ normalized: false }).score(g).values)).toEqual([0, 1, 0]);
    g.addEdge('c', 'b');
    g.addEdge('b', 'a');
    expect(Array.from(degree({ normalized: false }).score(g).values)).toEqual([1, 2, 0]);
  });

  it('keeps caches of different graphs apart', () => {
    const g1 = loadNetwork('karate');
    const g2 = g1.copy();
    expect(getScoringContext(g1)).not.toBe(getScoringContext(g2));
    g2.dropNode('0');
    expect(getScoringContext(g1).n).toBe(34);
    expect(getScoringContext(g2).n).toBe(33);
  });
});
