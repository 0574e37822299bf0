import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { eigenTrust, trustRank } from '../../../src/index.js';
import { loadNetwork } from '../../helpers/networks.js';
import { errorOf } from './fixture.js';

const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((s, x) => s + x, 0);

/** Dense reference: t ← (1 − a)·(Cᵀt + (Σ_untrusting t)·p) + a·p from t = p, to convergence. */
function dense(n: number, s: number[][], p: number[], a: number): number[] {
  const c = s.map((row) => {
    const clipped = row.map((x) => Math.max(x, 0));
    const total = clipped.reduce((x, y) => x + y, 0);
    return total > 0 ? clipped.map((x) => x / total) : null;
  });
  let t = [...p];
  for (let k = 0; k < 5000; k++) {
    const next = p.map((pj) => a * pj);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) next[j] += (1 - a) * t[i] * (c[i] ? c[i]![j] : p[j]);
    t = next;
  }
  return t;
}

describe('eigenTrust', () => {
  it('subtracts distrust edges from local trust, clipping at 0, as a dense reference computes', () => {
    const g = new Graph({ type: 'directed', multi: true });
    for (const k of ['a', 'b', 'c', 'd']) g.addNode(k);
    const edges: [string, string, string, number][] = [
      ['a', 'b', 'vouch', 3], ['a', 'c', 'vouch', 1], ['a', 'c', 'report', 2], ['b', 'c', 'vouch', 2],
      ['b', 'c', 'report', 1], ['c', 'a', 'vouch', 1], ['d', 'a', 'report', 1], ['b', 'd', 'vouch', 1],
    ];
    for (const [u, v, type, weight] of edges) g.addEdge(u, v, { type, weight });
    const idx = new Map(['a', 'b', 'c', 'd'].map((k, i) => [k, i]));
    const s = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    for (const [u, v, type, w] of edges) s[idx.get(u)!][idx.get(v)!] += type === 'report' ? -w : w;
    const p = [0.5, 0, 0, 0.5];
    const v = eigenTrust({ preTrusted: { a: 1, d: 1 }, a: 0.2, distrust: 'report', tolerance: 1e-14 }).score(g);
    const expected = dense(4, s, p, 0.2);
    Array.from(v.values).forEach((x, i) => expect(x).toBeCloseTo(expected[i], 12));
    // d trusts nobody (its only opinion is negative): its row is p.
    expect(v.meta.extra?.untrustingAccounts).toBe(1);
    // Without the distrust relation every edge is positive and c gains trust.
    const naive = eigenTrust({ preTrusted: { a: 1, d: 1 }, a: 0.2, tolerance: 1e-14 }).score(g);
    expect(naive.get('c')!).toBeGreaterThan(v.get('c')!);
  });

  it('is a probability distribution that favours the pre-trusted peers as a grows', () => {
    const karate = loadNetwork('karate');
    const low = eigenTrust({ preTrusted: ['16'], a: 0.05 }).score(karate);
    const high = eigenTrust({ preTrusted: ['16'], a: 0.6 }).score(karate);
    expect(sum(low.values)).toBeCloseTo(1, 12);
    expect(sum(high.values)).toBeCloseTo(1, 12);
    expect(high.get('16')!).toBeGreaterThan(low.get('16')!);
    expect(high.top(1)[0].key).toBe('16');
  });

  it('equals weighted trustRank with the same seeds when a = 1 − α and nothing is distrusted', () => {
    const polblogs = loadNetwork('polblogs');
    const et = eigenTrust({ preTrusted: ['1', '55'], a: 0.15, tolerance: 1e-13 }).score(polblogs);
    const tr = trustRank({ seeds: ['1', '55'], alpha: 0.85, tolerance: 1e-13 }).score(polblogs);
    Array.from(et.values).forEach((x, i) => expect(x).toBeCloseTo(tr.values[i], 11));
  });

  it('counts edges instead of summing weights when weighted is false', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b', { weight: 9 });
    g.mergeEdge('a', 'c', { weight: 1 });
    g.mergeEdge('b', 'a');
    g.mergeEdge('c', 'a');
    const w = eigenTrust({ preTrusted: ['a'], a: 0.5 }).score(g);
    const u = eigenTrust({ preTrusted: ['a'], a: 0.5, weighted: false }).score(g);
    expect(w.get('b')! / w.get('c')!).toBeCloseTo(9, 10);
    expect(u.get('b')! / u.get('c')!).toBeCloseTo(1, 10);
  });

  it('rejects an empty pre-trusted set at construction and unknown peers when scoring', () => {
    for (const preTrusted of [[], {}, new Map(), { a: 0 }] as (string[] | Record<string, number> | Map<string, number>)[]) {
      const e = errorOf(() => eigenTrust({ preTrusted }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.issues[0].path).toEqual(['preTrusted']);
    }
    const e = errorOf(() => eigenTrust({ preTrusted: ['ghost'] }).score(loadNetwork('karate')));
    expect(e.code).toBe('UNKNOWN_NODE');
    expect(e.message).toContain('ghost');
  });

  it('reports non-convergence as a warning, not an error', () => {
    // A directed 2-cycle is periodic: with a = 0 the iteration never settles from a skewed start.
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'a');
    const v = eigenTrust({ preTrusted: ['a'], a: 0, maxIterations: 51 }).score(g);
    expect(v.meta.converged).toBe(false);
    expect(v.meta.warnings.some((w) => w.message.includes('converge'))).toBe(true);
    expect(Array.from(v.values)).toEqual([0, 1]);
  });
});
