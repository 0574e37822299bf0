import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { pagerank, trustRank } from '../../../src/index.js';
import { loadNetwork } from '../../helpers/networks.js';
import { errorOf } from './fixture.js';

function reversedCopy(g: Graph): Graph {
  const r = new Graph({ type: 'directed', multi: true });
  g.forEachNode((k) => r.addNode(k));
  g.forEachEdge((_e, attrs, s, t) => r.addEdge(t, s, attrs));
  return r;
}

/** Share of nodes scoring strictly below `value`. */
const percentileOf = (values: ArrayLike<number>, value: number): number => Array.from(values).filter((x) => x < value).length / values.length;

describe('trustRank', () => {
  const polblogs = loadNetwork('polblogs');

  it('equals PageRank whose teleport and dangling mass go to the seeds', () => {
    const seeds = ['1', '55', '155'];
    const t = trustRank({ seeds }).score(polblogs);
    const p = pagerank({ personalization: new Map(seeds.map((k) => [k, 1])) }).score(polblogs);
    expect(Array.from(t.values)).toEqual(Array.from(p.values));
    expect(t.meta.converged).toBe(true);
  });

  it('weights seeds as given by a key → weight map', () => {
    const t = trustRank({ seeds: { '1': 3, '55': 1 } }).score(polblogs);
    const p = pagerank({ personalization: { '1': 3, '55': 1 } }).score(polblogs);
    expect(Array.from(t.values)).toEqual(Array.from(p.values));
  });

  it('picks as seeds the top inverse-PageRank accounts (PageRank on the reversed graph)', () => {
    const t = trustRank({ seedCount: 10 }).score(polblogs);
    const inverse = pagerank({ weighted: true }).score(reversedCopy(polblogs));
    expect(t.meta.extra?.seeds).toEqual(inverse.top(10).map((r) => r.key));
  });

  it('lets an oracle vet the candidates in inverse-PageRank order', () => {
    const inverse = pagerank().score(reversedCopy(polblogs)).top(6).map((r) => r.key);
    const rejected = new Set(inverse.slice(0, 2));
    const t = trustRank({ seedCount: 4, seedFilter: (k) => !rejected.has(k) }).score(polblogs);
    expect(t.meta.extra?.seeds).toEqual(inverse.slice(2, 6));
    const e = errorOf(() => trustRank({ seedFilter: () => false }).score(polblogs));
    expect(e.code).toBe('INVALID_INPUT');
  });

  it('keeps a Sybil ring with one honest edge in below the 90th percentile, unlike PageRank', () => {
    const g = polblogs.copy();
    const ring = Array.from({ length: 40 }, (_, i) => `sybil${i}`);
    for (const s of ring) g.addNode(s);
    for (const a of ring) for (const b of ring) if (a !== b) g.addEdge(a, b);
    g.addEdge('1', ring[0]);
    const best = (values: Float64Array, keys: readonly string[]): number => Math.max(...ring.map((k) => values[keys.indexOf(k)]));
    const t = trustRank({ seedCount: 20 }).score(g);
    const p = pagerank().score(g);
    const tp = percentileOf(t.values, best(t.values, t.keys));
    const pp = percentileOf(p.values, best(p.values, p.keys));
    expect(tp).toBeLessThan(0.9);
    expect(pp).toBeGreaterThan(tp);
  });

  it('rejects empty and unknown seeds with typed errors', () => {
    for (const seeds of [[], {}, new Map<string, number>(), { a: 0 }] as (string[] | Record<string, number> | Map<string, number>)[]) expect(errorOf(() => trustRank({ seeds })).code).toBe('INVALID_OPTION');
    const e = errorOf(() => trustRank({ seeds: ['1', 'nobody'] }).score(polblogs));
    expect(e.code).toBe('UNKNOWN_NODE');
    expect(e.issues[0].path).toEqual(['seeds', 'nobody']);
  });

  it('scores an empty graph as an empty vector', () => {
    expect(trustRank().score(new Graph()).values.length).toBe(0);
  });
});
