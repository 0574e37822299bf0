import { describe, expect, it } from 'vitest';
import { constraint } from '../../../src/scorers/weak-ties/constraint.js';
import { effectiveSize } from '../../../src/scorers/weak-ties/effective-size.js';
import { embeddedness } from '../../../src/scorers/weak-ties/embeddedness.js';
import { edgeOverlap } from '../../../src/scorers/weak-ties/overlap.js';
import { simmelianStrength } from '../../../src/scorers/weak-ties/simmelian-strength.js';
import { loadNetwork, loadReference, type NetworkName } from '../../helpers/networks.js';

const UNDIRECTED = ['karate', 'dolphins', 'lesmis'] as const satisfies readonly NetworkName[];

const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

describe.each(UNDIRECTED)('tie strength and structural holes on %s match NetworkX', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name);

  it('edge overlap equals the reference exactly on every edge', () => {
    const overlap = edgeOverlap().score(graph);
    const edges = ref.measures.edge_overlap.edges!;
    expect(overlap.length).toBe(edges.length);
    for (const [u, v, o] of edges) expect(overlap.get(String(u), String(v))).toBe(o);
  });

  it('embeddedness and graphology-metrics Simmelian strength agree on the simple undirected projection', () => {
    const common = embeddedness().score(graph);
    const simmelian = simmelianStrength().score(graph);
    expect(Array.from(simmelian.values)).toEqual(Array.from(common.values));
    expect(common.values.some((x) => x > 0)).toBe(true);
  });

  it('unweighted constraint is within 1e-9 of NetworkX', () => {
    const c = constraint().score(graph);
    expect(c.meta.higherIsBetter).toBe(false);
    expect(maxAbs(c.values, ref.measures.constraint.values!)).toBeLessThan(1e-9);
  });

  it('unweighted effective size is within 1e-9 of NetworkX', () => {
    const e = effectiveSize().score(graph);
    expect(maxAbs(e.values, ref.measures.effective_size.values!)).toBeLessThan(1e-9);
  });
});
