import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { reciprocity } from '../../../src/index.js';
import { community, errorOf } from './fixture.js';

describe('reciprocity', () => {
  const graph = community();

  it('is the share of accounts addressing v (follow, mention, reply) that v addresses back', () => {
    const r = reciprocity().score(graph);
    // ada ← bob, cy, dee; ada → bob, cy: 2 of 3.  bob ← ada, eve; bob → ada: 1 of 2.
    // cy ← ada, eve, dee; cy → ada: 1 of 3.  dee, eve: nobody addresses them → 0.
    expect(r.get('ada')).toBeCloseTo(2 / 3, 15);
    expect(r.get('bob')).toBeCloseTo(1 / 2, 15);
    expect(r.get('cy')).toBeCloseTo(1 / 3, 15);
    expect(r.get('dee')).toBe(0);
    expect(r.get('eve')).toBe(0);
    expect(Array.from(r.meta.extra!.incoming as Float64Array)).toEqual([3, 2, 3, 0, 0]);
  });

  it('reads only the chosen relations', () => {
    const follows = reciprocity({ relations: ['follow'] }).score(graph);
    // follows: ada ← bob, cy, dee and ada → bob, cy.  cy ← ada only, cy → ada: 1.
    expect(follows.get('ada')).toBeCloseTo(2 / 3, 15);
    expect(follows.get('cy')).toBe(1);
    expect(follows.get('bob')).toBe(1 / 2);
  });

  it('ignores relation types outside the default set unless relations is null', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.mergeEdge('a', 'b', { type: 'like' });
    g.mergeEdge('b', 'a', { type: 'like' });
    expect(reciprocity().score(g).get('a')).toBe(0);
    expect(reciprocity({ relations: null }).score(g).get('a')).toBe(1);
  });

  it('counts parallel edges and self-loops once and never as a returned tie', () => {
    const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { type: 'mention' });
    g.addEdge('a', 'b', { type: 'mention' });
    g.addEdge('b', 'b', { type: 'mention' });
    g.addEdge('c', 'b', { type: 'reply' });
    g.addEdge('b', 'c', { type: 'follow' });
    expect(reciprocity().score(g).get('b')).toBe(1 / 2);
  });

  it('rejects an empty relation list', () => {
    expect(errorOf(() => reciprocity({ relations: [] })).code).toBe('INVALID_OPTION');
  });
});
