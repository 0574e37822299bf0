/** The topical-influence experiment (README "Brand toolkit"): top-10 membership of four rankings on one generated world. */
import { brandWorld, buildSocialGraph, pagerank, topicalInfluence, type BrandWorldOptions, type TopicalInfluenceExtra } from '../../src/index.js';

/** Experts and celebrities among each ranking's top 10. */
export interface TopicalOutcome {
  readonly seed: number;
  readonly topic: string;
  /** Of the top 10: [experts of the topic, celebrities]. */
  readonly pagerank: readonly [number, number];
  readonly personalized: readonly [number, number];
  readonly twitterRankPaper: readonly [number, number];
  /** TwitterRank with on-topic steps (`formula: 'twitterrank'`, the previous default). */
  readonly twitterRank: readonly [number, number];
  readonly topical: readonly [number, number];
  readonly onTopicShare: number;
}

/** Runs plain PageRank, PageRank personalized by on-topic content, TwitterRank (the paper's step weight and on-topic steps) and topical attention on follows. */
export function topicalExperiment(seed: number, topics: readonly string[], options: BrandWorldOptions = {}): TopicalOutcome[] {
  const world = brandWorld({ ...options, seed });
  const graph = buildSocialGraph(world.records);
  const view = { relations: ['follow'] };
  const celebs = new Set(world.truth.celebrities);
  const plain = pagerank({ view }).score(graph).top(10);
  return topics.map((topic) => {
    const experts = new Set(world.truth.experts.get(topic));
    const count = (top: { key: string }[]): [number, number] => [top.filter((r) => experts.has(r.key)).length, top.filter((r) => celebs.has(r.key)).length];
    const ours = topicalInfluence({ topic, view }).score(graph);
    const extra = ours.meta.extra as TopicalInfluenceExtra;
    const personalization = new Map(ours.keys.map((k, i) => [k, extra.onTopic[i]]));
    return {
      seed,
      topic,
      pagerank: count(plain),
      personalized: count(pagerank({ view, personalization }).score(graph).top(10)),
      twitterRankPaper: count(topicalInfluence({ topic, view, formula: 'twitterrank', contentWeight: 'all' }).score(graph).top(10)),
      twitterRank: count(topicalInfluence({ topic, view, formula: 'twitterrank' }).score(graph).top(10)),
      topical: count(ours.top(10)),
      onTopicShare: extra.onTopicShare,
    };
  });
}
