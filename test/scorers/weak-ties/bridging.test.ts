import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { bridging, InfluenceScoreError, tieStrength } from '../../../src/index.js';
import { loadNetwork } from '../../helpers/networks.js';

/** Hand-labelled: x has 2 ties into A and 2 into B; a1 has ties only in A. */
function labelled(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [k, c] of [['x', 'A'], ['a1', 'A'], ['a2', 'A'], ['b1', 'B'], ['b2', 'B'], ['lonely', 'C']]) g.addNode(k, { team: c });
  for (const [u, v] of [['x', 'a1'], ['x', 'a2'], ['x', 'b1'], ['x', 'b2'], ['a1', 'a2'], ['b1', 'b2']]) g.addEdge(u, v);
  return g;
}

describe('bridging', () => {
  it('the participation coefficient is 1 − Σ_c (k_vc / k_v)² over attribute communities', () => {
    const p = bridging({ communities: { attribute: 'team' } }).score(labelled());
    expect(p.get('x')).toBeCloseTo(1 - (0.5 ** 2 + 0.5 ** 2), 15);
    expect(p.get('a1')).toBe(0);
    expect(p.get('lonely')).toBe(0);
    expect(p.meta.extra?.communities).toBe(3);
  });

  it('weak-communities counts the other communities reached over weak ties', () => {
    const g = labelled();
    const ties = tieStrength({ threshold: 0.25 }).classify(g);
    // x–a1: common a2; k_x − 1 = 3, k_a1 − 1 = 1 → 1/3, strong. Every x tie is alike, so x reaches no
    // community over weak ties at this threshold, and both at threshold 0.5.
    expect(ties.isWeak('x', 'b1')).toBe(false);
    expect(bridging({ measure: 'weak-communities', communities: { attribute: 'team' }, threshold: 0.25 }).score(g).get('x')).toBe(0);
    const loose = bridging({ measure: 'weak-communities', communities: { attribute: 'team' }, threshold: 0.5 }).score(g);
    expect(loose.get('x')).toBe(1); // B only: A is x's own community
    expect(loose.get('b1')).toBe(1); // b1 – x is weak and x is in A
    expect(loose.get('a1')).toBe(0);
  });

  it('Louvain communities are seeded: the same seed gives the same scores', () => {
    const graph = loadNetwork('lesmis');
    // At resolution 1 (plain Louvain) lesmis splits into more than 3 communities; 'auto' merges some.
    const a = bridging({ seed: 5, resolution: 1 }).score(graph);
    const b = bridging({ seed: 5, resolution: 1 }).score(graph);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(a.meta.extra?.communities).toBeGreaterThan(3);
    expect(a.meta.extra?.modularity).toBeGreaterThan(0.4);
    const auto = bridging({ seed: 5 }).score(graph);
    expect(Array.from(auto.values)).toEqual(Array.from(bridging({ seed: 5 }).score(graph).values));
    expect(auto.meta.extra?.communities).toBeGreaterThanOrEqual(2);
  });

  it('a missing community attribute is reported per node as MISSING_DATA', () => {
    const g = labelled();
    g.addNode('stranger');
    try {
      bridging({ communities: { attribute: 'team' } }).score(g);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InfluenceScoreError);
      expect((e as InfluenceScoreError).code).toBe('MISSING_DATA');
      expect((e as InfluenceScoreError).issues[0]).toMatchObject({ field: 'team', path: ['nodes', 'stranger', 'team'] });
    }
  });
});
