/**
 * #20 item 6: NDJSON records stream into columns without a graphology graph. The columns must be what
 * buildSocialGraph's graph of the same records gives: same nodes in the same order, same edges and
 * attributes, so every scorer scores a loadContext of NDJSON bit-identically to loadGraph of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authenticity, brandStance, engagementRate, getScoringContext, influenceScore, pagerank, type Scorer, topicalInfluence } from '../../src/index.js';
import { loadContext, loadGraph } from '../../src/node.js';
import { outcome } from '../helpers/outcome.js';

const IDS = ['a', 'b', 'c', 'd', '__proto__', 'constructor', 'e'];
const T0 = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const id = fc.constantFrom(...IDS);
const time = fc.integer({ min: 0, max: 90 }).map((d) => T0 + d * DAY);

const records = fc
  .record({
    accounts: fc.uniqueArray(id, { maxLength: 5 }).chain((ids) =>
      fc.tuple(...ids.map((a) => fc.record({ kind: fc.constant('account'), id: fc.constant(a), followers: fc.option(fc.nat(1000), { nil: undefined }), createdAt: fc.option(time, { nil: undefined }), flags: fc.option(fc.constantFrom(['spam-suspect'], []), { nil: undefined }), affiliation: fc.option(fc.constant('acme'), { nil: undefined }) }, { requiredKeys: ['kind', 'id'] }))),
    ),
    follows: fc.array(fc.record({ kind: fc.constant('follow'), follower: id, followee: id, since: fc.option(time, { nil: undefined }) }, { requiredKeys: ['kind', 'follower', 'followee'] }), { maxLength: 25 }),
    posts: fc.uniqueArray(fc.nat(20), { maxLength: 8 }).chain((ps) =>
      fc.tuple(...ps.map((p) => fc.record({ kind: fc.constant('post'), id: fc.constant(`p${p}`), author: id, time, topics: fc.option(fc.subarray(['coffee', 'acme']), { nil: undefined }), sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }), likes: fc.option(fc.nat(40), { nil: undefined }), impressions: fc.option(fc.nat(900), { nil: undefined }), mentions: fc.option(fc.subarray(['a', 'b']), { nil: undefined }) }, { requiredKeys: ['kind', 'id', 'author', 'time'] }))),
    ),
    interactions: fc.array(fc.record({ kind: fc.constant('interaction'), from: id, to: id, type: fc.constantFrom('like', 'share', 'mention', 'reply'), time: fc.option(time, { nil: undefined }), weight: fc.option(fc.integer({ min: 0, max: 8 }).map((w) => w / 4), { nil: undefined }), post: fc.option(fc.nat(20).map((p) => `p${p}`), { nil: undefined }), topics: fc.option(fc.subarray(['coffee', 'acme', 'tea']), { nil: undefined }), sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }) }, { requiredKeys: ['kind', 'from', 'to', 'type'] }), { maxLength: 25 }),
  })
  .chain((r) => fc.shuffledSubarray([...r.accounts, ...r.follows, ...r.posts, ...r.interactions], { minLength: r.accounts.length + r.follows.length + r.posts.length + r.interactions.length }));

const streamOf = (text: string): AsyncIterable<string> =>
  (async function* () {
    yield text;
  })();

const scorers: [string, () => Scorer][] = [
  ['pagerank', () => pagerank()],
  ['engagement', () => engagementRate()],
  ['topical influence', () => topicalInfluence({ topic: 'coffee' })],
  ['brand stance', () => brandStance({ brand: { topics: ['acme'] } })],
  ['authenticity', () => authenticity()],
  ['influence score', () => influenceScore({ topic: 'acme' })],
];


describe('NDJSON records into columns without a graph', () => {
  it('give the edge table, node attributes and scores of the records graph (80 generated files, ids such as __proto__, repeated follows, shuffled kinds × 6 scorers)', async () => {
    let scored = 0;
    await fc.assert(
      fc.asyncProperty(records, async (lines) => {
        const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
        const graph = await loadGraph(streamOf(text), { format: 'ndjson' }).catch((e: unknown) => e);
        const ctx = await loadContext(streamOf(text), { format: 'ndjson' }).catch((e: unknown) => e);
        if (graph instanceof Error || ctx instanceof Error) {
          expect((ctx as Error).message).toEqual((graph as Error).message);
          return;
        }
        const fromGraph = getScoringContext(graph as never);
        const columns = ctx as typeof fromGraph;
        expect(columns.graph).toBeNull();
        expect(columns.keys).toEqual(fromGraph.keys);
        for (const col of ['src', 'dst', 'weight', 'time', 'type'] as const) expect(columns.edges[col]).toEqual(fromGraph.edges[col]);
        for (const name of ['followers', 'createdAt', 'flags', 'affiliation', 'postCount']) {
          for (let i = 0; i < columns.n; i++) expect(columns.nodeAttribute(i, name), `${name} of ${columns.keys[i]}`).toEqual(fromGraph.nodeAttribute(i, name));
        }
        expect(columns.graphAttribute('posts')).toEqual(fromGraph.graphAttribute('posts'));
        for (const [name, make] of scorers) {
          const want = outcome(() => make().score(fromGraph));
          expect(outcome(() => make().score(columns)), name).toEqual(want);
          if ((want as { bits?: unknown }).bits) scored++;
        }
      }),
      { numRuns: 80 },
    );
    expect(scored).toBeGreaterThan(80 * 2);
  });
});
