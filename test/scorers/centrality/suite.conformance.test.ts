import { describe, expect, it } from 'vitest';
import { closeness, coreness, eigenvector, harmonic, hits, katz, voteRank } from '../../../src/index.js';
import { loadNetwork, loadReference, SMALL_NETWORKS } from '../../helpers/networks.js';
import { maxAbsError, maxRelError } from '../../helpers/accuracy.js';

describe.each(SMALL_NETWORKS)('eigenvector, Katz, HITS, closeness, harmonic, coreness and VoteRank on %s match the references', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name);
  const m = ref.measures;

  it('eigenvector centrality is within 1e-6 (max abs) and converges', () => {
    const v = eigenvector().score(graph);
    expect(v.meta.converged).toBe(true);
    expect(maxAbsError(v.values, m.eigenvector.values!)).toBeLessThanOrEqual(1e-6);
  });

  it('Katz with the reference alpha is within 1e-6 (max abs)', () => {
    const v = katz({ alpha: m.katz.params.alpha as number }).score(graph);
    expect(v.meta.converged).toBe(true);
    expect(maxAbsError(v.values, m.katz.values!)).toBeLessThanOrEqual(1e-6);
  });

  it('Katz with the default alpha uses 0.5/λ_max and still matches', () => {
    const v = katz().score(graph);
    expect(v.meta.params.lambdaMax as number).toBeCloseTo(ref.lambda_max, 6);
    expect(v.meta.params.alpha as number).toBeCloseTo(0.5 / ref.lambda_max, 8);
    expect(maxAbsError(v.values, m.katz.values!)).toBeLessThanOrEqual(1e-6);
  });

  it.runIf(m.hits_authority)('HITS authority and hub are within 1e-6 (max abs), both from one run', () => {
    const v = hits().score(graph);
    expect(v.meta.converged).toBe(true);
    expect(maxAbsError(v.values, m.hits_authority.values!)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsError(v.parts!.hub.values, m.hits_hub.values!)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsError(hits({ part: 'hub' }).score(graph).values, m.hits_hub.values!)).toBeLessThanOrEqual(1e-6);
  });

  it.runIf(m.closeness)('closeness is within 1e-9 relative', () => {
    expect(maxRelError(closeness().score(graph).values, m.closeness.values!)).toBeLessThanOrEqual(1e-9);
  });

  it.runIf(m.harmonic)('harmonic is within 1e-9 relative', () => {
    expect(maxRelError(harmonic().score(graph).values, m.harmonic.values!)).toBeLessThanOrEqual(1e-9);
  });

  it('coreness is exact', () => {
    expect(Array.from(coreness().score(graph).values)).toEqual(m.coreness.values);
  });

  it('VoteRank elects exactly the reference order', () => {
    const k = m.voterank_top.params.k as number;
    const v = voteRank({ k }).score(graph);
    const expected = m.voterank_top.order!.map(String);
    expect(v.meta.extra!.elected).toEqual(expected);
    expect(v.top(expected.length).map((r) => r.key)).toEqual(expected);
  });
});
