import { describe, expect, it } from 'vitest';
import { eigenTrust } from '../../../src/index.js';
import { loadNetwork } from '../../helpers/networks.js';
import { maxAbsError } from '../../helpers/accuracy.js';
import { graphToolEigenTrust, graphToolIterate } from './graph-tool.js';

describe.each(['karate', 'lesmis'])('EigenTrust on %s matches graph-tool 2.45', (name) => {
  const graph = loadNetwork(name as 'karate' | 'lesmis');
  const ref = graphToolEigenTrust(name);

  it('after exactly 100 iterations with a = 0 and uniform pre-trust, to 1e-12', () => {
    const v = eigenTrust({ a: 0, maxIterations: ref.fixed.iterations, tolerance: 1e-300 }).score(graph);
    expect(v.meta.iterations).toBe(100);
    expect(maxAbsError(v.values, ref.fixed.values)).toBeLessThan(1e-12);
  });

  it('at graph-tool’s default stop (L1 change < 1e-6), to 1e-6, and to 1e-12 on its exact iterate', () => {
    const natural = eigenTrust({ a: 0, tolerance: ref.default.epsilon }).score(graph);
    expect(natural.meta.converged).toBe(true);
    expect(natural.meta.iterations).toBe(ref.default.iterations);
    expect(maxAbsError(natural.values, ref.default.values)).toBeLessThan(1e-6);
    const exact = eigenTrust({ a: 0, maxIterations: graphToolIterate(ref.default.iterations), tolerance: 1e-300 }).score(graph);
    expect(maxAbsError(exact.values, ref.default.values)).toBeLessThan(1e-12);
  });
});
