import { describe, expect, it } from 'vitest';
import { bridging, degree, weakTieReach } from '../../../src/index.js';
import { twoCommunities } from './two-communities.js';

// Two communities of 60 (ties with probability 0.4) joined by 4 bridges: the 8 bridge ends lead the
// weak-tie scores while their degree is ordinary (ranks 4–69 of 120 for seed 7).
describe('a synthetic two-community network joined by a few bridges', () => {
  const { graph, bridgeEnds } = twoCommunities();
  const ranksOf = (top: { key: string }[]): number[] => [...bridgeEnds].map((k) => top.findIndex((r) => r.key === k) + 1).sort((a, b) => a - b);
  const firstEight = [1, 2, 3, 4, 5, 6, 7, 8];

  it('bridge ends are the top 8 by weak-tie reach', () => {
    expect(ranksOf(weakTieReach().score(graph).top(graph.order))).toEqual(firstEight);
  });

  it('bridge ends are the top 8 by participation coefficient (Louvain finds the two communities)', () => {
    const p = bridging().score(graph);
    expect(p.meta.extra?.communities).toBe(2);
    expect(ranksOf(p.top(graph.order))).toEqual(firstEight);
  });

  it('only bridge ends reach another community over weak ties', () => {
    const w = bridging({ measure: 'weak-communities' }).score(graph);
    for (const [i, key] of w.keys.entries()) expect(w.values[i]).toBe(bridgeEnds.has(key) ? 1 : 0);
  });

  it('their degree is only average', () => {
    const d = degree({ normalized: false }).score(graph);
    const mean = d.values.reduce((a, b) => a + b, 0) / d.values.length;
    const bridgeMean = [...bridgeEnds].reduce((a, k) => a + d.get(k)!, 0) / bridgeEnds.size;
    expect(Math.abs(bridgeMean - mean) / mean).toBeLessThan(0.1);
    const ranks = ranksOf(d.top(graph.order));
    expect(ranks.filter((r) => r <= 8).length).toBeLessThanOrEqual(1);
    expect(Math.max(...ranks)).toBeGreaterThan(60);
  });
});
