/**
 * Beyond one machine: PageRank of the whole follower graph comes from an engine built for billions of
 * edges (here a CSV as Spark GraphFrames writes it: `g.pageRank(resetProbability=0.15, tol=0.01)
 * .vertices.select("id", "pagerank").write.csv(...)`; Neo4j GDS `gds.pageRank.stream` gives the
 * same two columns). Engagement and trust run here, on per-account aggregates that fit one machine:
 * accounts, their posts with platform counts, and a sample of recent replies. `precomputed` turns the
 * export into a part like any other; `combine` puts it next to our scorers; `rank` and `explain` work
 * as usual.
 *
 * Run after `npm run build`:  npx tsx examples/precomputed-at-scale.ts
 */
import { readFile } from 'node:fs/promises';
import { buildSocialGraph, combine, engagementRate, explain, precomputed, rank, responsiveness, tenure, type RankRow } from 'influence-score';

export interface AtScaleExample {
  /** The composite ranking, best first. */
  top: RankRow[];
  /** Accounts of the export that are not in the local data (left out of `precomputed`). */
  notLocal: string[];
  /** Part names of the leader's explanation, largest share first. */
  leaderDrivers: string[];
}

const DAY = 86_400_000;

export async function run(path = 'data/spark-pagerank.csv'): Promise<AtScaleExample> {
  // The per-account aggregates: one record per account and per post, replies from the last weeks.
  const graph = buildSocialGraph({
    accounts: [
      { id: 'ada', followers: 52_000, createdAt: '2016-02-01' },
      { id: 'bob', followers: 1_900, createdAt: '2021-06-10' },
      { id: 'dee', followers: 23_500, createdAt: '2012-09-15' },
      { id: 'fay', followers: 6_100, createdAt: '2019-01-20' },
      { id: 'ivy', followers: 14_800, createdAt: '2023-11-02' },
      { id: 'kim', followers: 3_300, createdAt: '2015-04-30' },
      { id: 'mo', followers: 9_700, createdAt: '2018-08-08' },
    ],
    posts: [
      { id: 'a1', author: 'ada', time: '2024-05-02', reach: 41_000, likes: 820, comments: 64, shares: 51 },
      { id: 'a2', author: 'ada', time: '2024-05-09', reach: 38_500, likes: 610, comments: 40, shares: 22 },
      { id: 'b1', author: 'bob', time: '2024-05-04', reach: 1_700, likes: 140, comments: 31, shares: 12 },
      { id: 'd1', author: 'dee', time: '2024-05-06', reach: 19_000, likes: 210, comments: 9, shares: 4 },
      { id: 'f1', author: 'fay', time: '2024-05-03', reach: 5_200, likes: 390, comments: 45, shares: 30 },
      { id: 'i1', author: 'ivy', time: '2024-05-08', reach: 12_100, likes: 1_450, comments: 160, shares: 210 },
      { id: 'k1', author: 'kim', time: '2024-05-05', reach: 2_900, likes: 95, comments: 8, shares: 3 },
      { id: 'm1', author: 'mo', time: '2024-05-07', reach: 8_800, likes: 300, comments: 25, shares: 18 },
    ],
    interactions: [
      { from: 'bob', to: 'ada', type: 'mention', time: '2024-05-02T10:00:00Z' },
      { from: 'ada', to: 'bob', type: 'reply', time: '2024-05-02T11:30:00Z' },
      { from: 'kim', to: 'dee', type: 'mention', time: '2024-05-03T09:00:00Z' },
      { from: 'fay', to: 'ivy', type: 'mention', time: '2024-05-04T08:00:00Z' },
      { from: 'mo', to: 'fay', type: 'mention', time: '2024-05-05T12:00:00Z' },
      { from: 'fay', to: 'mo', type: 'reply', time: '2024-05-05T12:20:00Z' },
      { from: 'ada', to: 'mo', type: 'mention', time: '2024-05-06T15:00:00Z' },
      { from: 'mo', to: 'ada', type: 'reply', time: '2024-05-07T09:00:00Z' },
      { from: 'bob', to: 'kim', type: 'mention', time: '2024-05-06T16:00:00Z' },
      { from: 'kim', to: 'bob', type: 'reply', time: '2024-05-06T18:00:00Z' },
    ],
  });

  // The export covers every account of the big graph; keep the ones scored here (a precomputed key
  // that is not in the graph is an UNKNOWN_NODE error, on purpose: it usually means mismatched ids).
  const local = new Set(graph.nodes());
  const exported = (await readFile(path, 'utf8')).trim().split('\n').slice(1).map((line) => line.split(','));
  const reachValues = new Map<string, number>();
  const notLocal: string[] = [];
  for (const [id, value] of exported) {
    if (local.has(id)) reachValues.set(id, Number(value));
    else notLocal.push(id);
  }
  // GraphFrames' PageRank sums to the node count, GDS's does not sum to 1 either: percentiles make the scale irrelevant.
  const reach = precomputed('spark-pagerank', reachValues, { description: 'PageRank of the full follower graph, Spark GraphFrames' });

  const asOf = Date.parse('2024-05-12');
  const scorer = combine({
    parts: {
      reach: [reach, 2],
      engagement: [engagementRate({ denominator: 'reach', prior: { alpha: 1, beta: 200 } }), 2],
      responsiveness: [responsiveness({ asOf }), 1],
      tenure: [tenure({ asOf, halfSaturation: 2 * 365 * DAY }), 1],
    },
    normalize: 'percentile',
    scale: [0, 100],
    id: 'influence-at-scale',
  });
  const top = rank(graph, scorer);
  console.table(top.map(({ rank: r, node, score, parts }) => ({ rank: r, node, score: score.toFixed(1), ...parts })));
  const why = explain(scorer.score(graph), top[0].key);
  for (const p of why.parts) console.log(`${p.name}: ${p.contribution.toFixed(1)} points (${(100 * p.share).toFixed(0)}%)`);
  console.log(`${notLocal.length} exported accounts are not in the local data: ${notLocal.join(', ')}`);
  return { top, notLocal, leaderDrivers: [...why.parts].sort((a, b) => b.share - a.share).map((p) => p.name) };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
