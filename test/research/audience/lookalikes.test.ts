import { describe, expect, it } from 'vitest';
import { buildSocialGraph, lookalikes } from '../../../src/index.js';
import { lookalikeWorld } from '../../helpers/lookalike-world.js';

/** Mean share of each creator's k = size − 1 lookalikes that come from its own planted cluster. */
function recovery(shares: 'topics' | 'audience' | 'both', seed: number, by: 'content' | 'audience' | 'both' = 'both'): number {
  const size = 6;
  const { records, cluster } = lookalikeWorld({ clusters: 8, size, fans: 800, seed, shares });
  const graph = buildSocialGraph(records);
  let hits = 0;
  for (const [creator, c] of cluster) {
    const found = lookalikes(graph, creator, { k: size - 1, by }).results.filter((r) => cluster.get(r.key) === c).length;
    hits += found / (size - 1);
  }
  return hits / cluster.size;
}

describe('lookalikes', () => {
  // Chance is 5/47 ≈ 0.11. Measured on seeds 1–3 (the guide's table): both-worlds 0.93 by both;
  // topic-worlds 0.91 by content, 0.69 by both; audience-worlds 0.64 by audience, 0.48 by both.
  it.each([
    ['both', 'both', 0.85],
    ['topics', 'content', 0.85],
    ['topics', 'both', 0.6],
    ['audience', 'audience', 0.55],
    ['audience', 'both', 0.4],
  ] as const)('recovers planted clusters that share %s, ranking by %s, with mean precision ≥ %s over 3 worlds', (shares, by, bar) => {
    const mean = [1, 2, 3].reduce((s, seed) => s + recovery(shares, seed, by), 0) / 3;
    expect(mean).toBeGreaterThanOrEqual(bar);
  });

  it('shows each result with its two similarities, ranked by their combined evidence', () => {
    const { records } = lookalikeWorld({ clusters: 3, size: 4, fans: 200, seed: 4, shares: 'both' });
    const like = lookalikes(buildSocialGraph(records), 'c0-0', { k: 3 });
    expect(like.results).toHaveLength(3);
    for (let i = 1; i < like.results.length; i++) expect(like.results[i - 1].score).toBeGreaterThanOrEqual(like.results[i].score);
    for (const r of like.results) {
      expect(r.content).toBeGreaterThanOrEqual(0);
      expect(r.audience).toBeLessThanOrEqual(1);
    }
    expect(like.results.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('scores content by cosine of topic counts and audience by Jaccard, exactly', () => {
    const graph = buildSocialGraph({
      follows: [
        { follower: 'x', followee: 'a' },
        { follower: 'y', followee: 'a' },
        { follower: 'y', followee: 'b' },
        { follower: 'z', followee: 'b' },
      ],
      posts: [
        { id: '1', author: 'a', time: 0, topics: ['ai'] },
        { id: '2', author: 'a', time: 0, topics: ['ai', 'art'] },
        { id: '3', author: 'b', time: 0, topics: ['art'] },
      ],
    });
    const [b] = lookalikes(graph, 'a', { k: 1 }).results;
    expect(b.key).toBe('b');
    expect(b.audience).toBeCloseTo(1 / 3, 15);
    expect(b.content).toBeCloseTo(1 / Math.sqrt(5), 15);
  });

  it('warns when nothing is shared, and refuses an unknown account', () => {
    const graph = buildSocialGraph({ follows: [{ follower: 'x', followee: 'a' }, { follower: 'y', followee: 'b' }] });
    const like = lookalikes(graph, 'a');
    expect(like.results).toEqual([]);
    expect(like.warnings).toContainEqual({ code: 'NO_AUDIENCE', message: expect.stringMatching(/no account shares an audience member/) });
    expect(() => lookalikes(graph, 'nobody')).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
  });
});
