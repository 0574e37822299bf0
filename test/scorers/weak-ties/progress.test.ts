/**
 * Progress of the scorers that run Louvain: with the clock stepped 100 ms per reading, every
 * checkpoint reports, so the whole sequence is seen. Louvain fills the first n of a 2n total with its
 * share of the adjacency entries read, the scorer's own loop the second n; done never goes back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bridging, type Scorer, weakTieReach } from '../../../src/index.js';
import { communityGraph, graphologyGraph } from './community-graphs.js';

const { n, ties } = communityGraph({ seed: 4, groups: 12, minSize: 40, maxSize: 200, degree: 16, mixing: 0.2, weighted: false });
const graph = graphologyGraph(n, ties, false);

describe('progress of bridging and weak-tie reach', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['bridging', () => bridging()],
    ['weak-tie reach, exact', () => weakTieReach()],
    ['weak-tie reach, sketch', () => weakTieReach({ hops: 3, method: 'sketch', sketchSize: 64 })],
  ] as [string, () => Scorer][])('%s: one total of 2n, done never falls, Louvain moves the first half, the loop the second', (name, make) => {
    const scorer = make();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
    const calls: [number, number][] = [];
    scorer.score(graph, { onProgress: (done, total) => calls.push([done, total]) });
    for (const [, total] of calls) expect(total, name).toBe(2 * n);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0], `${name} call ${i}`).toBeGreaterThanOrEqual(calls[i - 1][0]);
    // Louvain reports inside the first half (about 20,000 entries: several checkpoints), the loop in the second, up to 2n.
    expect(calls.filter(([d]) => d > 0 && d < n).length, name).toBeGreaterThanOrEqual(3);
    expect(calls.filter(([d]) => d > n && d < 2 * n).length, name).toBeGreaterThanOrEqual(1);
    expect(calls[calls.length - 1], name).toEqual([2 * n, 2 * n]);
  });
});
