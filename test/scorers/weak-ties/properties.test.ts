import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bridging,
  constraint,
  edgeOverlap,
  effectiveSize,
  embeddedness,
  hierarchy,
  interactionStrength,
  type Scorer,
  simmelianStrength,
  weakTieReach,
} from '../../../src/index.js';
import { buildGraph, graphSpec, permutation, relabelled } from '../../helpers/arbitraries.js';
import { expectInRange } from '../../helpers/expect-range.js';

const nodeScorers: [string, () => Scorer][] = [
  ['constraint', () => constraint()],
  ['weighted constraint', () => constraint({ weighted: true })],
  ['effective size', () => effectiveSize()],
  ['weighted effective size', () => effectiveSize({ weighted: true })],
  ['hierarchy', () => hierarchy()],
  ['weak-tie reach (2 hops, overlap ties)', () => weakTieReach({ ties: 'strength' })],
  ['weak-tie reach (2 hops, ties between Louvain communities)', () => weakTieReach()],
  ['weak-tie reach (3 hops, sketch)', () => weakTieReach({ hops: 3, method: 'sketch', sketchSize: 16 })],
  ['participation (Louvain)', () => bridging()],
  ['weak communities', () => bridging({ measure: 'weak-communities' })],
];

describe.each(nodeScorers)('%s', (_name, make) => {
  it('gives finite values inside its declared range', () => {
    fc.assert(
      fc.property(graphSpec({ maxN: 25, maxEdges: 80 }), (spec) => {
        const v = make().score(buildGraph(spec));
        expectInRange(v.values, v.meta.range, 1e-12);
      }),
      { numRuns: 40 },
    );
  });
});

// Louvain's result depends on node order, so relabelling invariance is stated for the deterministic measures.
describe.each(nodeScorers.filter(([n]) => !/Louvain|communities|sketch/.test(n)))('%s under relabelling', (_name, make) => {
  it('permutes with the nodes', () => {
    fc.assert(
      fc.property(
        graphSpec({ minN: 2, maxN: 20, maxEdges: 60 }).chain((spec) => fc.tuple(fc.constant(spec), permutation(spec.n))),
        ([spec, perm]) => {
          const a = make().score(buildGraph(spec, (i) => `n${i}`));
          const b = make().score(relabelled(spec, perm));
          for (let i = 0; i < spec.n; i++) expect(b.get(`n${i}`)).toBeCloseTo(a.get(`n${i}`)!, 10);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('per-tie measures', () => {
  it('overlap lies in [0, 1]; embeddedness equals Simmelian strength; interaction strength is positive', () => {
    fc.assert(
      fc.property(graphSpec({ maxN: 25, maxEdges: 80 }), (spec) => {
        const g = buildGraph(spec);
        const o = edgeOverlap().score(g);
        for (const x of o.values) expect(x >= 0 && x <= 1).toBe(true);
        expect(Array.from(simmelianStrength().score(g).values)).toEqual(Array.from(embeddedness().score(g).values));
        const s = interactionStrength().score(g);
        expect(s.length).toBe(o.length);
        for (const x of s.values) expect(x).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('a tie list is independent of node order', () => {
    fc.assert(
      fc.property(
        graphSpec({ minN: 2, maxN: 20, maxEdges: 60 }).chain((spec) => fc.tuple(fc.constant(spec), permutation(spec.n))),
        ([spec, perm]) => {
          const a = edgeOverlap().score(buildGraph(spec, (i) => `n${i}`));
          const b = edgeOverlap().score(relabelled(spec, perm));
          expect(b.length).toBe(a.length);
          for (const e of a.entries()) expect(b.get(e.target, e.source)).toBe(e.value);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('node keys such as __proto__ are ordinary keys', () => {
    const spec = { n: 3, directed: false, edges: [[0, 1, 1], [1, 2, 1], [0, 2, 1]] as [number, number, number][] };
    const g = buildGraph(spec, (i) => ['__proto__', 'constructor', 'toString'][i]);
    expect(edgeOverlap().score(g).get('__proto__', 'toString')).toBe(1);
    expect(simmelianStrength().score(g).get('constructor', '__proto__')).toBe(1);
    expect(constraint().score(g).get('__proto__')).toBeCloseTo(1.125, 12);
  });
});
