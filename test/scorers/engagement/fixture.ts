/** A small hand-checked engagement data set, as a graph and as columns. */
import { MultiDirectedGraph } from 'graphology';
import type { EngagementColumns } from '../../../src/index.js';

export const DAY = 86_400_000;
export const T = Date.UTC(2024, 5, 1);

/**
 * Accounts: a (1000 followers), b (200), c (0), d (50, no posts), e (no followers attribute, 2 distinct follows).
 * Posts (default weights like 1, comment 2, share 3):
 *   p1 a, T − 1 day:  30 likes, 5 comments, 2 shares → E = 46; reach 600, impressions 900
 *   p2 a, T − 10 days: 10 likes                      → E = 10; reach 400, impressions 500
 *   p3 b, T:           4 likes, 1 comment             → E = 6;  reach 100, impressions 150
 *   p4 c, T − 2 days:  3 likes                        → E = 3;  reach 20, impressions 20
 */
export const POSTS = [
  { id: 'p1', author: 'a', time: T - DAY, likes: 30, comments: 5, shares: 2, reach: 600, impressions: 900 },
  { id: 'p2', author: 'a', time: T - 10 * DAY, likes: 10, reach: 400, impressions: 500 },
  { id: 'p3', author: 'b', time: T, likes: 4, comments: 1, reach: 100, impressions: 150 },
  { id: 'p4', author: 'c', time: T - 2 * DAY, likes: 3, reach: 20, impressions: 20 },
];

export function fixtureGraph(): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  g.addNode('a', { followers: 1000 });
  g.addNode('b', { followers: 200 });
  g.addNode('c', { followers: 0 });
  g.addNode('d', { followers: 50 });
  g.addNode('e');
  g.addNode('x');
  g.addNode('y');
  g.addEdge('x', 'e', { type: 'follow' });
  g.addEdge('y', 'e', { type: 'follow' });
  g.addEdge('y', 'e', { type: 'follow' }); // repeated follow: still one follower
  g.addEdge('x', 'a', { type: 'mention', time: T }); // a relation, not an engagement: ignored
  g.setAttribute('posts', POSTS.map((p) => ({ ...p })));
  return g;
}

/** The same accounts (a, b, c, d) and posts as columns. */
export function fixtureColumns(): EngagementColumns {
  return {
    keys: ['a', 'b', 'c', 'd'],
    followers: Float64Array.of(1000, 200, 0, 50),
    posts: {
      ids: POSTS.map((p) => p.id),
      author: Int32Array.of(0, 0, 1, 2),
      time: Float64Array.from(POSTS, (p) => p.time),
      reach: Float64Array.from(POSTS, (p) => p.reach),
      impressions: Float64Array.from(POSTS, (p) => p.impressions),
      counts: {
        like: Float64Array.of(30, 10, 4, 3),
        comment: Float64Array.of(5, NaN, 1, NaN),
        share: Float64Array.of(2, NaN, NaN, NaN),
      },
    },
  };
}
