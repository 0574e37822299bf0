/**
 * A researcher's comparison: on a generated world with topical communities, topical experts and
 * popular off-topic celebrities (brandWorld, whose truth is known), how many of each ranking's top 10
 * are the topic's experts and how many are celebrities, for plain PageRank, PageRank personalized by
 * on-topic content, TwitterRank with the paper's step weight and with on-topic steps, and
 * topicalInfluence (topical attention received); plus the rank
 * agreement between them. The README's table is this over 100 seeds.
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/brand-topical-vs-pagerank.ts [seed] [topic]
 */
import { brandWorld, buildSocialGraph, compareRankings, pagerank, type ScoreVector, topicalInfluence, type TopicalInfluenceExtra } from 'influence-score';

export interface TopicalComparison {
  seed: number;
  topic: string;
  onTopicShare: number;
  rows: { ranking: string; experts: number; celebrities: number; top3: string[] }[];
}

export async function run(seed = 1, topic = 'ai'): Promise<TopicalComparison> {
  const world = brandWorld({ seed });
  const graph = buildSocialGraph(world.records);
  const view = { relations: ['follow'] };
  const ours = topicalInfluence({ topic, view }).score(graph);
  const extra = ours.meta.extra as TopicalInfluenceExtra;
  const personalization = new Map(ours.keys.map((k, i) => [k, extra.onTopic[i]]));
  const rankings: [string, ScoreVector][] = [
    ['pagerank', pagerank({ view }).score(graph)],
    ['pagerank personalized by topic', pagerank({ view, personalization }).score(graph)],
    ["TwitterRank (paper's |T_j|)", topicalInfluence({ topic, view, formula: 'twitterrank', contentWeight: 'all' }).score(graph)],
    ['TwitterRank (on-topic steps)', topicalInfluence({ topic, view, formula: 'twitterrank' }).score(graph)],
    ['topicalInfluence', ours],
  ];
  const experts = new Set(world.truth.experts.get(topic));
  const celebrities = new Set(world.truth.celebrities);
  const rows = rankings.map(([ranking, v]) => {
    const top = v.top(10).map((r) => r.key);
    return { ranking, experts: top.filter((k) => experts.has(k)).length, celebrities: top.filter((k) => celebrities.has(k)).length, top3: top.slice(0, 3) };
  });
  console.log(`seed ${seed}, topic ${topic}: ${(100 * extra.onTopicShare).toFixed(1)}% of the content is on the topic`);
  console.table(rows.map((r) => ({ ...r, top3: r.top3.join(', ') })));
  const agreement = compareRankings(ours, rankings[0][1], { k: 10 });
  console.log(`topicalInfluence vs pagerank: Kendall τ ${agreement.kendallTau.toFixed(3)}, top-10 overlap ${agreement.topK.intersection}`);
  return { seed, topic, onTopicShare: extra.onTopicShare, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) await run(Number(process.argv[2] ?? 1), process.argv[3] ?? 'ai');
