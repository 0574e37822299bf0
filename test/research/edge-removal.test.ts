import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeOverlap, edgeRemoval, type EdgeScores } from '../../src/index.js';
import { buildGraph, graphSpec } from '../helpers/arbitraries.js';
import { thrown } from '../helpers/errors.js';

/** Two 5-cliques, a0…a4 and b0…b4, joined by one tie a0 – b0. */
function barbell(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) g.mergeEdge(`${side}${i}`, `${side}${j}`);
  }
  g.mergeEdge('a0', 'b0');
  return g;
}

/** Largest component and susceptibility of the ties listed, by a fresh search. */
function naive(n: number, source: Int32Array, target: Int32Array, ties: number[]): [number, number] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const e of ties) {
    adj[source[e]].push(target[e]);
    adj[target[e]].push(source[e]);
  }
  const seen = new Uint8Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const stack = [s];
    let size = 0;
    while (stack.length) {
      const x = stack.pop()!;
      size++;
      for (const y of adj[x]) if (!seen[y]) stack.push(y), (seen[y] = 1);
    }
    sizes.push(size);
  }
  sizes.sort((a, b) => b - a);
  return [sizes[0] / n, sizes.slice(1).reduce((t, s) => t + s * s, 0) / n];
}

describe('edgeRemoval (Onnela et al. 2007)', () => {
  it('removing the weakest tie first cuts the bridge between two cliques, removing the strongest first does not', () => {
    const overlap = edgeOverlap().score(barbell());
    const r = edgeRemoval(overlap, { steps: overlap.length });
    expect(r.ties).toBe(21);
    expect(r.weakestFirst.largestComponent.slice(0, 2)).toEqual([1, 0.5]);
    expect(r.weakestFirst.susceptibility[1]).toBe(2.5);
    expect(r.strongestFirst.largestComponent.slice(0, 11)).toEqual(Array(11).fill(1));
    expect(r.removed[0]).toBe(0);
    expect(r.removed.at(-1)).toBe(1);
    expect(r.weakestFirst.largestComponent.at(-1)).toBe(0.1);
  });

  it('every checkpoint equals a fresh component search of the ties left, in both orders', () => {
    fc.assert(
      fc.property(graphSpec({ directed: false, minN: 2 }), fc.integer({ min: 1, max: 12 }), (spec, steps) => {
        const scores = edgeOverlap().score(buildGraph(spec));
        const r = edgeRemoval(scores, { steps });
        const m = scores.length;
        const order = Array.from({ length: m }, (_, e) => e).sort((a, b) => scores.values[a] - scores.values[b] || a - b);
        r.removed.forEach((share, k) => {
          const removed = Math.round((k / steps) * m);
          expect(share).toBe(m === 0 ? 0 : removed / m);
          const weak = naive(scores.keys.length, scores.source, scores.target, order.slice(removed));
          const strong = naive(scores.keys.length, scores.source, scores.target, order.slice(0, m - removed));
          expect([r.weakestFirst.largestComponent[k], r.weakestFirst.susceptibility[k]]).toEqual(weak);
          expect([r.strongestFirst.largestComponent[k], r.strongestFirst.susceptibility[k]]).toEqual(strong);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('rejects a tie without a strength, naming it, and a bad step count', () => {
    const scores = { keys: ['x', 'y'], length: 1, source: Int32Array.of(0), target: Int32Array.of(1), values: Float64Array.of(Number.NaN) } as unknown as EdgeScores;
    const error = thrown(() => edgeRemoval(scores));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/tie 0 \(x – y\) has no strength/);
    expect(thrown(() => edgeRemoval(edgeOverlap().score(barbell()), { steps: 0 })).code).toBe('INVALID_OPTION');
  });
});
