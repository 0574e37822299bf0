import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximizeInfluence } from '../../src/research/maximize-influence.js';
import { simulate } from '../../src/research/simulate.js';
import { buildGraph, graphSpec } from '../helpers/arbitraries.js';

/** Nodes reachable from `seed` against attention: from v to every u with an edge u → v. */
function audienceClosure(spec: { n: number; directed: boolean; edges: [number, number, number][] }, seed: number): number {
  const reach = new Set([seed]);
  const queue = [seed];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const [s, t] of spec.edges) {
      const next = t === v ? s : !spec.directed && s === v ? t : -1;
      if (next >= 0 && !reach.has(next)) {
        reach.add(next);
        queue.push(next);
      }
    }
  }
  return reach.size;
}

describe('diffusion invariants on random graphs', () => {
  it('IC with p = 1 activates exactly the nodes that (transitively) pay attention to the seed', () => {
    fc.assert(
      fc.property(graphSpec({ maxN: 15, maxEdges: 40 }), (spec) => {
        const g = buildGraph(spec);
        return simulate(g, ['0'], { model: { type: 'ic', p: 1 }, runs: 2 }).mean === audienceClosure(spec, 0);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every spread between the seed count and n, and IC with p = 0 at the seed count', () => {
    fc.assert(
      fc.property(graphSpec({ minN: 2, maxN: 15, maxEdges: 40 }), fc.constantFrom('ic', 'lt', 'sir', 'si'), (spec, type) => {
        const g = buildGraph(spec);
        const model = type === 'sir' ? { type, beta: 0.5, gamma: 0.5 } : type === 'si' ? { type, beta: 0.5, steps: 3 } : { type };
        const r = simulate(g, ['0', '1'], { model: model as never, runs: 20, seed: 1 });
        const none = simulate(g, ['0', '1'], { model: { type: 'ic', p: 0 }, runs: 3 });
        return r.spreads.every((x) => x >= 2 && x <= spec.n) && none.mean === 2;
      }),
      { numRuns: 40 },
    );
  });

  it('returns k distinct seeds from every method', () => {
    fc.assert(
      fc.property(graphSpec({ minN: 4, maxN: 12, maxEdges: 30 }), fc.constantFrom('imm', 'celf', 'degree-discount'), (spec, method) => {
        const g = buildGraph(spec);
        const r = maximizeInfluence(g, 3, { method: method as 'imm', runs: 10, epsilon: 0.5, evaluationRuns: 10 });
        return r.seeds.length === 3 && new Set(r.seeds).size === 3;
      }),
      { numRuns: 30 },
    );
  });
});
