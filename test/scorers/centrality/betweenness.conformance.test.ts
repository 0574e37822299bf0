import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betweenness, type BetweennessOptions } from '../../../src/index.js';
import { loadNetwork, loadReference, SMALL_NETWORKS } from '../../helpers/networks.js';
import { maxRelError } from '../../helpers/accuracy.js';

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
    expect(maxRelError(v.values, ref.values!)).toBeLessThan(1e-9);
    expect(v.meta.params.method).toBe('exact');
  });

  it.each(fixture.cases.filter((c) => c.network === name).map((c) => [c.case, c] as const))('matches NetworkX with %s', (_label, c) => {
    const options: BetweennessOptions = { normalized: c.params.normalized, endpoints: c.params.endpoints ?? false };
    if (c.params.weight) Object.assign(options, { weighted: true, distance: c.params.weight });
    expect(maxRelError(betweenness(options).score(graph).values, c.values)).toBeLessThan(1e-9);
  });
});
