import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { fromGraphologyJSON, pagerank } from '../../src/index.js';

describe('fromGraphologyJSON', () => {
  it('round-trips graph.export() of directed, undirected, mixed and multi graphs', () => {
    for (const options of [{ type: 'directed' }, { type: 'undirected' }, { type: 'mixed' }, { type: 'directed', multi: true }] as const) {
      const g = new Graph({ ...options, allowSelfLoops: true });
      g.setAttribute('name', 'test');
      g.addNode('a', { followers: 3 });
      g.addNode('b');
      g.addNode('c');
      g.addEdgeWithKey('e1', 'a', 'b', { weight: 2, type: 'share', time: 5 });
      g.addEdgeWithKey('e2', 'b', 'c');
      g.addEdgeWithKey('e3', 'c', 'c');
      if (options.type === 'mixed') g.addUndirectedEdgeWithKey('e4', 'a', 'c');
      if ('multi' in options) g.addEdgeWithKey('e5', 'a', 'b', { weight: 1 });
      const copy = fromGraphologyJSON(JSON.stringify(g.export()));
      expect(copy.export()).toEqual(g.export());
      expect(Array.from(pagerank().score(copy).values)).toEqual(Array.from(pagerank().score(g).values));
    }
  });

  it('uses graphology defaults when options are absent (mixed, simple, self-loops allowed)', () => {
    const g = fromGraphologyJSON({ nodes: [{ key: 1 }, { key: 2 }], edges: [{ source: 1, target: 2 }, { source: 2, target: 2 }] });
    expect([g.type, g.multi, g.allowSelfLoops]).toEqual(['mixed', false, true]);
    expect(g.nodes()).toEqual(['1', '2']);
    expect(g.size).toBe(2);
  });

  it('normalizes ISO times to ms and keeps a __proto__ attribute as data', () => {
    const json = JSON.parse('{"nodes":[{"key":"a","attributes":{"__proto__":{"x":1}}},{"key":"b"}],"edges":[{"source":"a","target":"b","attributes":{"time":"2024-05-01T00:00:00Z"}}]}');
    const g = fromGraphologyJSON(json);
    expect(g.getEdgeAttribute(g.edges()[0], 'time')).toBe(Date.UTC(2024, 4, 1));
    expect(Object.keys(g.getNodeAttributes('a'))).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('checks the weight and time attributes it is told about, or none', () => {
    const doc = { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { weight: -1, w: 2, time: 'x' } }] };
    expect(() => fromGraphologyJSON(doc)).toThrow(/weight -1 must be a finite number/);
    const g = fromGraphologyJSON(doc, { weightAttribute: 'w', timeAttribute: null });
    expect(g.getEdgeAttributes(g.edges()[0])).toEqual({ weight: -1, w: 2, time: 'x' });
  });
});
