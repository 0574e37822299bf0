import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { bridging, degree, eigenvector, hits, katz, pagerank, parseEdgeCsv, type Scorer } from '../../src/index.js';
import { maxAbsError } from '../helpers/accuracy.js';
import { thrown } from '../helpers/errors.js';

const EDGES: [string, string, number][] = [
  ['a', 'b', 1], ['b', 'c', 2], ['c', 'a', 1], ['a', 'c', 3], ['d', 'a', 1], ['d', 'b', 1], ['b', 'a', 1], ['e', 'f', 2], ['f', 'e', 1], ['c', 'e', 0.5],
];
const scaled = (factor: number): ReturnType<typeof parseEdgeCsv> =>
  parseEdgeCsv(`source,target,weight\n${EDGES.map(([s, t, w]) => `${s},${t},${w * factor}`).join('\n')}\n`);

describe('edge weights near the ends of the floating-point range', () => {
  it('parallel edges whose merged weight overflows are refused, not scored as Infinity or NaN', () => {
    const graph = parseEdgeCsv('source,target,weight\na,b,1e308\na,b,1e308\nb,c,1\n');
    for (const scorer of [degree({ weighted: true }), pagerank(), eigenvector({ weighted: true }), hits(), katz({ weighted: true }), bridging({ weighted: true })]) {
      const error = thrown(() => scorer.score(graph));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/sum to more than the largest number/);
      expect(error.issues[0].message).toMatch(/largest weight is 1e\+308 on the edge a → b/);
    }
  });

  it('weights whose total overflows across different edges are refused too', () => {
    expect(thrown(() => degree({ weighted: true }).score(parseEdgeCsv('source,target,weight\na,b,1e308\nc,d,1e308\n'))).code).toBe('INVALID_INPUT');
  });

  // HITS, eigenvector, Katz at its default α = 0.5/λ_max and modularity do not depend on the weights'
  // scale: the same graph with every weight ×1e160, ×1e300 or ×1e-200 must give the same scores.
  const invariant: [string, () => Scorer, number][] = [
    ['HITS authority', () => hits(), 1e-12],
    ['HITS hub', () => hits({ part: 'hub' }), 1e-12],
    ['eigenvector', () => eigenvector({ weighted: true }), 1e-9],
    ['Katz (default α)', () => katz({ weighted: true }), 1e-9],
    ['bridging (Louvain)', () => bridging({ weighted: true, seed: 7 }), 1e-12],
  ];
  it.each(invariant)('%s gives the same scores with every weight ×1e160, ×1e300 and ×1e-200', (_name, make, tolerance) => {
    const reference = make().score(scaled(1));
    expect(reference.meta.converged).not.toBe(false);
    for (const factor of [1e160, 1e300, 1e-200]) {
      const v = make().score(scaled(factor));
      expect(maxAbsError(v.values, reference.values)).toBeLessThan(tolerance);
      expect(v.meta.converged).toBe(reference.meta.converged);
    }
  });

  it('reports a non-finite weight by its value, not as null', () => {
    const graph = new Graph({ type: 'directed', multi: true });
    graph.mergeEdge('a', 'b', { weight: Infinity });
    graph.mergeEdge('b', 'c', { weight: Number.NaN });
    const error = thrown(() => degree({ weighted: true }).score(graph));
    expect(error.issues.map((i) => i.message).join('\n')).toMatch(/weight Infinity;[^]*weight NaN;/);
    expect(error.message).not.toMatch(/weight null/);
  });
});
