import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eigenvector, getScoringContext } from '../../../src/index.js';
import { lanczosPerron, topTridiagonalPair } from '../../../src/scorers/centrality/internal/lanczos.js';
import { perronVector } from '../../../src/scorers/centrality/internal/perron.js';
import { buildGraph, graphSpec } from '../../helpers/arbitraries.js';
import { loadNetwork } from '../../helpers/networks.js';

const noTick = (): void => {};

describe('Lanczos for the Perron vector of undirected views', () => {
  it('finds the top eigenpair of a tridiagonal: 2 + 2cos(π/(k + 1)), eigenvector ∝ sin(iπ/(k + 1))', () => {
    for (const k of [1, 2, 5, 17, 40]) {
      const { theta, s } = topTridiagonalPair(new Float64Array(k).fill(2), new Float64Array(Math.max(k - 1, 0)).fill(1), k);
      expect(theta).toBeCloseTo(2 + 2 * Math.cos(Math.PI / (k + 1)), 13);
      const sign = Math.sign(s[0]);
      const norm = Math.sqrt(Array.from({ length: k }, (_, i) => Math.sin(((i + 1) * Math.PI) / (k + 1)) ** 2).reduce((a, b) => a + b, 0));
      for (let i = 0; i < k; i++) expect(sign * s[i]).toBeCloseTo(Math.sin(((i + 1) * Math.PI) / (k + 1)) / norm, 12);
    }
  });

  it('gives the power method’s vector and λ_max on random undirected graphs', () => {
    fc.assert(
      fc.property(graphSpec({ directed: false, minN: 2 }), fc.boolean(), (spec, weighted) => {
        const ctx = getScoringContext(buildGraph(spec));
        const opts = { weighted, tolerance: 1e-12, maxIterations: 100_000 };
        const power = perronVector(ctx.n, { rows: 'in', csr: ctx.in }, opts, noTick);
        const lanczos = lanczosPerron(ctx.n, ctx.in, opts, noTick);
        expect(lanczos.converged).toBe(true);
        expect(lanczos.lambda).toBeCloseTo(power.lambda, 8);
        // The eigen-equation itself, to the tolerance: ‖Ay − λy‖₁ / (λ + 1).
        const { offsets, targets, weights } = ctx.in;
        let residual = 0;
        let sq = 0;
        for (let v = 0; v < ctx.n; v++) {
          let ay = 0;
          for (let e = offsets[v]; e < offsets[v + 1]; e++) ay += lanczos.values[targets[e]] * (weighted ? weights[e] : 1);
          residual += Math.abs(ay - lanczos.lambda * lanczos.values[v]);
          expect(lanczos.values[v]).toBeGreaterThanOrEqual(0);
          // Within the 1e-6: where two components have λ_max 2e-4 apart, the power method
          // itself stops some 1e-8 short of the vector.
          expect(Math.abs(lanczos.values[v] - power.values[v])).toBeLessThan(1e-6);
          sq += lanczos.values[v] ** 2;
        }
        expect(residual / (lanczos.lambda + 1)).toBeLessThan(1e-11);
        expect(sq).toBeCloseTo(1, 12);
      }),
      { numRuns: 80 },
    );
  });

  it('at tolerances near rounding level it hands over to the power method and still converges, in fewer products', () => {
    const ctx = getScoringContext(loadNetwork('lesmis'));
    for (const tolerance of [1e-13, 1e-14]) {
      const opts = { weighted: false, tolerance, maxIterations: 100_000 };
      const lanczos = lanczosPerron(ctx.n, ctx.in, opts, noTick);
      const power = perronVector(ctx.n, { rows: 'in', csr: ctx.in }, opts, noTick);
      expect(lanczos.converged).toBe(true);
      expect(lanczos.iterations).toBeLessThan(power.iterations);
      for (let i = 0; i < ctx.n; i++) expect(Math.abs(lanczos.values[i] - power.values[i])).toBeLessThan(1e-12);
    }
  });

  it('eigenvector on an undirected graph stopped early still returns a unit, non-negative vector and says it did not converge', () => {
    const spec = { n: 30, directed: false, edges: Array.from({ length: 29 }, (_, i): [number, number, number] => [i, i + 1, 1]) };
    const v = eigenvector({ maxIterations: 2 }).score(buildGraph(spec));
    expect(v.meta.converged).toBe(false);
    expect(v.meta.warnings.join(' ')).toMatch(/did not converge/);
    expect(Math.min(...v.values)).toBeGreaterThanOrEqual(0);
    expect(v.values.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 12);
  });
});
