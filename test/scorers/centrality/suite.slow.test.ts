import { describe, expect, it } from 'vitest';
import { closeness, coreness, eigenvector, getScoringContext, harmonic, hits, katz, voteRank } from '../../../src/index.js';
import { BIG_NETWORKS, loadNetwork, loadReference } from '../../helpers/networks.js';
import { maxAbsError, maxRelError } from '../../helpers/accuracy.js';

// Prints each measured error so the run log carries the figures reported in RESULTS.md.
const report = (name: string, what: string, value: number): void => console.log(`${name} ${what}: ${value.toExponential(2)}`);

describe.each(BIG_NETWORKS)('the centrality suite on %s matches the references', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name);
  const m = ref.measures;
  const ctx = getScoringContext(graph);

  it('eigenvector centrality is within 1e-6 (max abs)', () => {
    const v = eigenvector().score(ctx);
    report(name, `eigenvector max abs (iterations ${v.meta.iterations})`, maxAbsError(v.values, m.eigenvector.values!));
    expect(v.meta.converged).toBe(true);
    expect(maxAbsError(v.values, m.eigenvector.values!)).toBeLessThanOrEqual(1e-6);
  });

  it('Katz, with the reference alpha and with the default 0.5/λ_max, is within 1e-6 (max abs)', () => {
    const given = katz({ alpha: m.katz.params.alpha as number }).score(ctx);
    const fitted = katz().score(ctx);
    report(name, 'katz max abs', maxAbsError(given.values, m.katz.values!));
    report(name, 'katz (default alpha) max abs', maxAbsError(fitted.values, m.katz.values!));
    report(name, 'lambda_max relative error', Math.abs((fitted.meta.params.lambdaMax as number) - ref.lambda_max) / ref.lambda_max);
    expect(maxAbsError(given.values, m.katz.values!)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsError(fitted.values, m.katz.values!)).toBeLessThanOrEqual(1e-6);
  });

  it.runIf(m.hits_authority)('HITS authority and hub are within 1e-6 (max abs)', () => {
    const v = hits().score(ctx);
    report(name, `hits authority max abs (iterations ${v.meta.iterations})`, maxAbsError(v.values, m.hits_authority.values!));
    report(name, 'hits hub max abs', maxAbsError(v.parts!.hub.values, m.hits_hub.values!));
    expect(maxAbsError(v.values, m.hits_authority.values!)).toBeLessThanOrEqual(1e-6);
    expect(maxAbsError(v.parts!.hub.values, m.hits_hub.values!)).toBeLessThanOrEqual(1e-6);
  });

  it.runIf(m.closeness)('closeness is within 1e-9 relative', () => {
    const v = closeness().score(ctx);
    report(name, 'closeness max rel', maxRelError(v.values, m.closeness.values!));
    expect(maxRelError(v.values, m.closeness.values!)).toBeLessThanOrEqual(1e-9);
  });

  it.runIf(m.harmonic)('harmonic is within 1e-9 relative', () => {
    const v = harmonic().score(ctx);
    report(name, 'harmonic max rel', maxRelError(v.values, m.harmonic.values!));
    expect(maxRelError(v.values, m.harmonic.values!)).toBeLessThanOrEqual(1e-9);
  });

  it('coreness is exact', () => {
    expect(Array.from(coreness().score(ctx).values)).toEqual(m.coreness.values);
  });

  it('VoteRank elects exactly the reference order', () => {
    const v = voteRank({ k: m.voterank_top.params.k as number }).score(ctx);
    expect(v.meta.extra!.elected).toEqual(m.voterank_top.order!.map(String));
  });
});
