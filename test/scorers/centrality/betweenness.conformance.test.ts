import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betweenness, type BetweennessOptions } from '../../../src/index.js';
import { loadNetwork, loadReference, SMALL_NETWORKS } from '../../helpers/networks.js';

/** Largest |a − b| / |b| over nodes with b ≠ 0; nodes with b = 0 must be 0 within 1e-15. */
function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const err = b[i] === 0 ? (Math.abs(a[i]) > 1e-15 ? Infinity : 0) : Math.abs(a[i] - b[i]) / Math.abs(b[i]);
    worst = Math.max(worst, err);
  }
  return worst;
}

interface FixtureCase {
  network: (typeof SMALL_NETWORKS)[number];
  case: string;
  params: { normalized: boolean; endpoints?: boolean; weight?: 'weight' | 'inverse' };
  values: number[];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/betweenness-networkx.json', import.meta.url), 'utf8')) as { cases: FixtureCase[] };

describe.each(SMALL_NETWORKS)('exact betweenness on %s', (name) => {
  const graph = loadNetwork(name);
  const ref = loadReference(name).measures.betweenness;

  it('matches the NetworkX reference (normalized, unweighted) to relative error 1e-9', () => {
    const v = betweenness().score(graph);
    expect(v.values).toHaveLength(ref.values!.length);
    expect(maxRelativeError(v.values, ref.values!)).toBeLessThan(1e-9);
    expect(v.meta.params.method).toBe('exact');
  });

  it.each(fixture.cases.filter((c) => c.network === name).map((c) => [c.case, c] as const))('matches NetworkX with %s', (_label, c) => {
    const options: BetweennessOptions = { normalized: c.params.normalized, endpoints: c.params.endpoints ?? false };
    if (c.params.weight) Object.assign(options, { weighted: true, distance: c.params.weight });
    expect(maxRelativeError(betweenness(options).score(graph).values, c.values)).toBeLessThan(1e-9);
  });
});
