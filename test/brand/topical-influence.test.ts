import { describe, expect, it } from 'vitest';
import { brandWorld, buildSocialGraph, InfluenceScoreError, pagerank, topicalInfluence, type TopicalInfluenceExtra } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';
import { topicalExperiment } from '../helpers/topical-experiment.js';

const TOPICS = ['ai', 'cooking', 'football', 'travel'];

describe('topicalInfluence on a world of topical experts and off-topic celebrities', () => {
  // 6 seeds × 4 topics here; test/brand/topical-influence.slow.test.ts runs 100 seeds and prints the rates.
  const outcomes = [1, 2, 3, 4, 5, 6].flatMap((seed) => topicalExperiment(seed, TOPICS));

  it("fills its top 10 with the topic's experts, never a celebrity, where plain PageRank's top 10 is celebrities", () => {
    for (const o of outcomes) expect(o.pagerank[1], `seed ${o.seed}`).toBeGreaterThanOrEqual(9);
    for (const o of outcomes) expect(o.topical[1], `seed ${o.seed} ${o.topic}`).toBe(0);
    for (const o of outcomes) expect(o.topical[0], `seed ${o.seed} ${o.topic}`).toBeGreaterThanOrEqual(8);
    // Over 400 rankings (the slow test) ≥ 9 of the 10 experts held in 396; here in at least 90%.
    expect(outcomes.filter((o) => o.topical[0] >= 9).length).toBeGreaterThanOrEqual(outcomes.length * 0.9);
  });

  it('PageRank personalized by on-topic content still lets celebrities into the top 10', () => {
    const leaky = outcomes.filter((o) => o.personalized[1] > 0).length;
    expect(leaky).toBeGreaterThanOrEqual(outcomes.length * 0.9);
  });

  it("the paper's step weight (all content, contentWeight 'all') lets the celebrity clique in too", () => {
    expect(outcomes.filter((o) => o.twitterRankPaper[1] > 0).length).toBeGreaterThanOrEqual(outcomes.length * 0.9);
  });

  it('reports the on-topic share of the content', () => {
    for (const o of outcomes) expect(o.onTopicShare).toBeGreaterThan(0.1);
  });
});

describe('topicalInfluence basics', () => {
  const graph = buildSocialGraph({
    follows: [
      { follower: 'a', followee: 'x' },
      { follower: 'b', followee: 'x' },
      { follower: 'b', followee: 'y' },
    ],
    posts: [
      { id: '1', author: 'x', time: 0, topics: ['#AI'] },
      { id: '2', author: 'y', time: 0, topics: ['food'] },
      { id: '3', author: 'a', time: 0, topics: ['ai', 'food'] },
    ],
  });

  it('compares topics case-insensitively, ignoring a leading #, and sums to 1', () => {
    const v = topicalInfluence({ topic: 'Ai' }).score(graph);
    expect(v.values.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(v.top(1)[0].key).toBe('x');
    expect((v.meta.extra as TopicalInfluenceExtra).onTopicShare).toBeCloseTo(2 / 3, 12);
    expect(v.get('y')).toBe(0);
  });

  it('topics: [...] reads any of them as on topic', () => {
    const v = topicalInfluence({ topics: ['ai', 'food'] }).score(graph);
    expect((v.meta.extra as TopicalInfluenceExtra).onTopicShare).toBe(1);
    expect(v.get('y')).toBeGreaterThan(0);
  });

  it('no content on the topic is a MISSING_DATA error listing the topics found, never a uniform score', () => {
    const error = thrown(() => topicalInfluence({ topic: 'travel' }).score(graph));
    expect(error.code).toBe('MISSING_DATA');
    expect(error.issues[0].field).toBe('topic');
    expect(error.issues[0].message).toContain('ai (2)');
  });

  it('no content at all is a MISSING_DATA error', () => {
    const bare = buildSocialGraph({ follows: [{ follower: 'a', followee: 'b' }] });
    expect(thrown(() => topicalInfluence({ topic: 'ai' }).score(bare)).code).toBe('MISSING_DATA');
  });

  it('rejects a missing or doubled topic option and non-string topics, naming the option', () => {
    expect(thrown(() => topicalInfluence({})).issues[0].path).toEqual(['topic']);
    expect(thrown(() => topicalInfluence({ topic: 'a', topics: ['b'] })).code).toBe('INVALID_OPTION');
    expect(thrown(() => topicalInfluence({ topics: [3 as unknown as string] })).issues[0].path).toEqual(['topics', 0]);
  });

  it('rejects topics and sentiment set badly on a hand-built graph, naming the edge', () => {
    const g = buildSocialGraph({ interactions: [{ from: 'a', to: 'b', type: 'reply' }] });
    g.setEdgeAttribute('interaction:0', 'topics', [1, 2] as unknown as string[]);
    const error = thrown(() => topicalInfluence({ topic: 'ai' }).score(g));
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect(error.issues[0]).toMatchObject({ path: ['edges', 'interaction:0'], field: 'topics' });
  });

  it('formula twitterrank is PageRank personalized by on-topic content when everyone writes exactly one post, on the topic', () => {
    const world = brandWorld({ seed: 9, topics: ['ai'], celebrities: 0, employees: 0, advocates: 0, detractors: 0, oneOffs: 0, rising: 0, fading: 0 });
    const records = { ...world.records, posts: world.records.posts.map((p) => ({ ...p, topics: ['ai'] })), interactions: [] };
    // One post each: s ≡ 1 and o = c ≡ 1, so every step is PageRank's and E is uniform over authors.
    const equalContent = buildSocialGraph({ ...records, posts: records.posts.filter((p, i, all) => all.findIndex((q) => q.author === p.author) === i) });
    const a = topicalInfluence({ topic: 'ai', formula: 'twitterrank', view: { relations: ['follow'] } }).score(equalContent);
    const onTopic = (a.meta.extra as TopicalInfluenceExtra).onTopic;
    expect(new Set(onTopic)).toEqual(new Set([1]));
    const b = pagerank({ view: { relations: ['follow'] }, personalization: new Map(a.keys.map((k, i) => [k, onTopic[i]])) }).score(equalContent);
    for (const k of a.keys) expect(a.get(k)).toBeCloseTo(b.get(k) ?? Number.NaN, 8);
  });
});
