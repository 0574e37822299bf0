import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advocacy, brandStance, buildSocialGraph, influenceScore, type Scorer, type SocialRecordsInput, topicalInfluence, trend, pagerank } from '../../src/index.js';
import { expectInRange } from '../helpers/expect-range.js';
import { permutation } from '../helpers/arbitraries.js';

const DAY = 86_400_000;
const TOPICS = ['x', 'y', 'z'];

/** Random social records over accounts a0..a(n−1); a0 is the brand, and some content is on topic x and names a0. */
const records = fc.integer({ min: 2, max: 12 }).chain((n) => {
  const id = fc.nat(n - 1).map((i) => `a${i}`);
  const sentiment = fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined });
  const time = fc.integer({ min: 0, max: 100 }).map((d) => d * DAY);
  return fc.record({
    n: fc.constant(n),
    follows: fc.array(fc.record({ follower: id, followee: id, since: time }), { maxLength: 40 }),
    posts: fc.array(
      fc.record({ author: id, time, topics: fc.subarray(TOPICS), sentiment, mentions: fc.option(fc.constant(['a0'] as string[]), { nil: undefined }), likes: fc.nat(50), impressions: fc.integer({ min: 50, max: 500 }) }),
      { maxLength: 30 },
    ),
    interactions: fc.array(fc.record({ from: id, to: id, type: fc.constantFrom('reply', 'share', 'mention', 'like'), time, sentiment, topics: fc.option(fc.subarray(TOPICS, { minLength: 1 }), { nil: undefined }) }), { maxLength: 40 }),
  });
});

type Spec = fc.Arbitrary<typeof records extends fc.Arbitrary<infer T> ? T : never> extends fc.Arbitrary<infer U> ? U : never;

function toRecords(spec: Spec, order: number[]): SocialRecordsInput {
  const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    // Created before any activity, so tenure scores every account (one created after asOf would score 0).
    accounts: order.map((i) => ({ id: `a${i}`, createdAt: -i * DAY, followers: 10 + i })),
    follows: spec.follows,
    posts: [
      { id: 'seed-topic', author: `a${spec.n - 1}`, time: 0, topics: ['x'], sentiment: 0.5, mentions: ['a0'], likes: 1, impressions: 100 },
      { id: 'seed-late', author: 'a1', time: 120 * DAY, topics: ['y'] },
      ...spec.posts.map((p, k) => strip({ id: `p${k}`, ...p })),
    ],
    interactions: spec.interactions.map((r) => strip(r)),
  };
}

const scorers: [string, Scorer][] = [
  ['topicalInfluence', topicalInfluence({ topic: 'x' })],
  ["topicalInfluence (the paper's weights)", topicalInfluence({ topics: ['x', 'y'], formula: 'twitterrank', contentWeight: 'all' })],
  ['brandStance', brandStance({ brand: { id: 'a0', topics: ['y'] }, halfLife: 30 * DAY })],
  ['advocacy', advocacy({ brand: 'a0', affiliation: true })],
  ['influenceScore', influenceScore({ topic: 'x' })],
];

describe('brand scorers on random social records', () => {
  const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

  it.each(scorers)('%s gives finite values within its declared range', (_name, scorer) => {
    fc.assert(
      fc.property(records, (spec) => {
        const v = scorer.score(buildSocialGraph(toRecords(spec, identity(spec.n))));
        expectInRange(v.values, scorer.range, 1e-12);
      }),
      { numRuns: 25 },
    );
  });

  it.each(scorers)('relabelling the accounts (another insertion order) only permutes %s', (_name, scorer) => {
    fc.assert(
      fc.property(records.chain((spec) => fc.tuple(fc.constant(spec), permutation(spec.n))), ([spec, perm]) => {
        const a = scorer.score(buildSocialGraph(toRecords(spec, identity(spec.n))));
        const b = scorer.score(buildSocialGraph(toRecords(spec, perm)));
        for (const key of a.keys) expect(b.get(key)).toBeCloseTo(a.get(key)!, 9);
      }),
      { numRuns: 20 },
    );
  });

  it('trend momentum is finite, within its declared range, and only permuted by relabelling', () => {
    fc.assert(
      fc.property(records.chain((spec) => fc.tuple(fc.constant(spec), permutation(spec.n))), ([spec, perm]) => {
        const run = (order: number[]) => trend(buildSocialGraph(toRecords(spec, order)), pagerank({ view: { relations: ['reply', 'share', 'mention', 'like'] } }), { window: '30d', step: '10d', from: 0, to: 120 * DAY });
        const a = run(identity(spec.n));
        const b = run(perm);
        expectInRange(a.momentum.values, a.momentum.meta.range);
        for (const key of a.momentum.keys) {
          expect(b.momentum.get(key)).toBeCloseTo(a.momentum.get(key)!, 9);
          expect(b.status[b.momentum.keys.indexOf(key)]).toBe(a.status[a.momentum.keys.indexOf(key)]);
        }
      }),
      { numRuns: 20 },
    );
  });
});
