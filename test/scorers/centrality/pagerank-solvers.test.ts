import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { pagerank, percentile } from '../../../src/index.js';
import { buildGraph, graphSpec, type RandomGraphSpec } from '../../helpers/arbitraries.js';
import { thrown } from '../../helpers/errors.js';
import { l1Error as l1 } from '../../helpers/accuracy.js';
import { messages } from '../../helpers/warnings.js';

/** Two disjoint copies of a graph: node i and node i + n sit in symmetric positions. */
function twice(spec: RandomGraphSpec): RandomGraphSpec {
  return { ...spec, n: 2 * spec.n, edges: [...spec.edges, ...spec.edges.map(([s, t, w]): [number, number, number] => [s + spec.n, t + spec.n, w])] };
}

describe('PageRank solvers', () => {
  it('Chebyshev, Gauss–Seidel and the power method reach the same distribution on random undirected graphs', () => {
    fc.assert(
      fc.property(graphSpec({ directed: false }), fc.boolean(), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (spec, weighted, alpha) => {
        const g = buildGraph(spec);
        const power = pagerank({ weighted, alpha, solver: 'power' }).score(g);
        for (const solver of ['chebyshev', 'gauss-seidel'] as const) {
          const v = pagerank({ weighted, alpha, solver }).score(g);
          expect(v.meta.converged).toBe(true);
          // A power step changing x by less than the tolerance puts x within tolerance/(1 − α) of the fixed point.
          expect(l1(v.values, power.values)).toBeLessThan(2e-10 / (1 - alpha));
          expect(Math.min(...v.values)).toBeGreaterThanOrEqual(0);
          expect(Math.abs(v.values.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with the default solver, nodes in symmetric positions get exactly equal scores, so percentiles tie them', () => {
    fc.assert(
      fc.property(graphSpec(), (spec) => {
        const v = pagerank().score(buildGraph(twice(spec)));
        const p = percentile(v);
        for (let i = 0; i < spec.n; i++) {
          expect(v.values[i + spec.n]).toBe(v.values[i]);
          expect(p.values[i + spec.n]).toBe(p.values[i]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('block Gauss–Seidel reaches the power method\'s distribution on random directed graphs, weighted or not, with or without personalization and a dangling vector of its own', () => {
    fc.assert(
      fc.property(graphSpec({ directed: true }), fc.boolean(), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.boolean(), fc.boolean(), (spec, weighted, alpha, personalized, ownDangling) => {
        const g = buildGraph(spec);
        const personalization = personalized ? new Map([['0', 1], [String(spec.n - 1), 2]]) : undefined;
        const dangling = ownDangling ? new Map([[String(spec.n >> 1), 1]]) : undefined;
        const power = pagerank({ weighted, alpha, personalization, dangling, solver: 'power' }).score(g);
        const v = pagerank({ weighted, alpha, personalization, dangling }).score(g);
        expect(v.meta.extra?.solver).toBe('block-gauss-seidel');
        expect(v.meta.converged).toBe(true);
        expect(l1(v.values, power.values)).toBeLessThan(2e-10 / (1 - alpha));
        expect(Math.min(...v.values)).toBeGreaterThanOrEqual(0);
        expect(Math.abs(v.values.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it('on cycles, point-wise Gauss–Seidel splits symmetric nodes and the directed default ties them exactly', () => {
    // Directed cycles whose nodes also follow, and are followed by, a hub of their own: every node of
    // a cycle sits in the same position, but no two have the same in-links, so the final Jacobi pass
    // cannot repair point-wise Gauss–Seidel.
    const g = new Graph({ type: 'directed' });
    const sizes = [2, 3, 5, 8];
    for (const size of sizes) {
      for (let i = 0; i < size; i++) {
        g.mergeEdge(`c${size}.${i}`, `c${size}.${(i + 1) % size}`);
        g.mergeEdge(`c${size}.${i}`, `hub${size}`);
        g.mergeEdge(`hub${size}`, `c${size}.${i}`);
      }
    }
    const members = (v: ReturnType<ReturnType<typeof pagerank>['score']>, size: number): Set<number> => new Set(v.keys.filter((k) => k.startsWith(`c${size}.`)).map((k) => v.get(k)!));
    const gs = pagerank({ solver: 'gauss-seidel' }).score(g);
    const auto = pagerank().score(g);
    expect(sizes.some((size) => members(gs, size).size > 1)).toBe(true);
    for (const size of sizes) expect(members(auto, size).size).toBe(1);
    expect(l1(auto.values, pagerank({ solver: 'power', tolerance: 1e-14 }).score(g).values)).toBeLessThan(1e-9);
  });

  it('Gauss–Seidel gives nodes with the same in-links exactly equal scores, and other symmetric nodes scores within the tolerance', () => {
    fc.assert(
      fc.property(graphSpec({ directed: true, minN: 2 }), fc.uniqueArray(fc.nat(29), { maxLength: 6 }), (spec, followers) => {
        const g = buildGraph(twice(spec));
        for (const twin of ['x', 'y']) {
          g.addNode(twin);
          // Followed from both copies alike, so the copies stay symmetric.
          for (const f of followers) if (f < spec.n) for (const copy of [f, f + spec.n]) g.addEdge(String(copy), twin);
        }
        const v = pagerank({ solver: 'gauss-seidel' }).score(g);
        expect(v.get('x')).toBe(v.get('y'));
        for (let i = 0; i < spec.n; i++) expect(Math.abs(v.get(String(i + spec.n))! - v.get(String(i))!)).toBeLessThan(1e-10);
      }),
      { numRuns: 60 },
    );
  });

  it('reports the solver it ran: block Gauss–Seidel on directed views, Chebyshev on undirected ones, the power method there with a dangling vector', () => {
    const undirected = new Graph({ type: 'undirected' });
    undirected.mergeEdge('a', 'b');
    undirected.mergeEdge('b', 'c');
    const directed = new Graph({ type: 'directed' });
    directed.mergeEdge('a', 'b');
    directed.mergeEdge('b', 'c');
    expect(pagerank().score(undirected).meta.extra?.solver).toBe('chebyshev');
    expect(pagerank().score(directed).meta.extra?.solver).toBe('block-gauss-seidel');
    expect(pagerank({ dangling: { a: 1 } }).score(directed).meta.extra?.solver).toBe('block-gauss-seidel');
    expect(pagerank({ dangling: { a: 1 } }).score(undirected).meta.extra?.solver).toBe('power');
    expect(pagerank({ solver: 'gauss-seidel' }).score(directed).meta.extra?.solver).toBe('gauss-seidel');
  });

  it("rejects solver 'chebyshev' on a directed view, naming the option", () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    const error = thrown(() => pagerank({ solver: 'chebyshev' }).score(g));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0].path).toEqual(['solver']);
    expect(pagerank({ solver: 'chebyshev', view: { directed: false } }).score(g).meta.converged).toBe(true);
  });

  it('stopped early, Chebyshev still returns a distribution and reports non-convergence', () => {
    const g = buildGraph({ n: 12, directed: false, edges: Array.from({ length: 11 }, (_, i): [number, number, number] => [i, i + 1, 1]) });
    const v = pagerank({ solver: 'chebyshev', maxIterations: 2 }).score(g);
    expect(v.meta.converged).toBe(false);
    expect(v.meta.iterations).toBe(2);
    expect(messages(v.meta.warnings).join(' ')).toMatch(/did not converge/);
    expect(Math.abs(v.values.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
    expect(Math.min(...v.values)).toBeGreaterThanOrEqual(0);
  });
});
