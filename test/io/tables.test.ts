/** #20 items 3–5 in the library: posts and accounts as tables, renamed columns from a sidecar, progress and abort of a load. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandStance, engagementRate, InfluenceScoreError, pagerank, type Scorer, topicalInfluence } from '../../src/index.js';
import { loadContext, loadGraph, loadInfo } from '../../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-tables-'));
let files = 0;
const file = (name: string, text: string): string => {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, text);
  return path;
};

const T0 = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

interface World {
  accounts: { id: string; followers: number | null; affiliation: string | null; city: string | null }[];
  posts: { id: string; author: string; time: number; topics: string[]; sentiment: number | null; likes: number | null; impressions: number | null; mentions: string[] }[];
  follows: [string, string][];
  interactions: { from: string; to: string; type: string; post: string | null }[];
}

const world: fc.Arbitrary<World> = fc.integer({ min: 2, max: 12 }).chain((n) => {
  const id = fc.nat(n - 1).map((i) => `a${i}`);
  return fc.record({
    accounts: fc.uniqueArray(fc.nat(n - 1), { minLength: 1 }).chain((ids) =>
      fc.tuple(...ids.map((i) => fc.record({ id: fc.constant(`a${i}`), followers: fc.option(fc.nat(5000)), affiliation: fc.option(fc.constantFrom('acme', 'other')), city: fc.option(fc.constantFrom('Paris', 'Lyon')) }))),
    ),
    posts: fc.uniqueArray(fc.nat(30), { maxLength: 15 }).chain((ids) =>
      fc.tuple(
        ...ids.map((p) =>
          fc.record({
            id: fc.constant(`p${p}`),
            author: id,
            time: fc.integer({ min: 0, max: 60 }).map((d) => T0 + d * DAY),
            topics: fc.subarray(['coffee', 'acme', 'tea']),
            sentiment: fc.option(fc.integer({ min: -4, max: 4 }).map((x) => x / 4)),
            likes: fc.option(fc.nat(100)),
            impressions: fc.option(fc.nat(10000)),
            mentions: fc.subarray(['a0', 'a1']),
          }),
        ),
      ),
    ),
    follows: fc.array(fc.tuple(id, id), { maxLength: 30 }),
    interactions: fc.array(fc.record({ from: id, to: id, type: fc.constantFrom('like', 'comment', 'share'), post: fc.option(fc.nat(30).map((p) => `p${p}`)) }), { maxLength: 30 }),
  });
});

const cell = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v));

function accountsCsv(w: World): string {
  return ['id,followers,affiliation,city', ...w.accounts.map((a) => [a.id, a.followers, a.affiliation, a.city].map(cell).join(','))].join('\n') + '\n';
}
function postsCsv(w: World): string {
  return ['id,author,time,topics,sentiment,likes,impressions,mentions', ...w.posts.map((p) => [p.id, p.author, new Date(p.time).toISOString(), p.topics, p.sentiment, p.likes, p.impressions, p.mentions].map(cell).join(','))].join('\n') + '\n';
}
const line = (kind: string, record: Record<string, unknown>): string => JSON.stringify({ kind, ...Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))) });
function edgesNdjson(w: World): string {
  return [...w.follows.map(([a, b]) => line('follow', { follower: a, followee: b })), ...w.interactions.map((r) => line('interaction', r))].join('\n') + '\n';
}
function allNdjson(w: World): string {
  const accounts = w.accounts.map((a) => line('account', { id: a.id, followers: a.followers, affiliation: a.affiliation, attributes: a.city === null ? null : { city: a.city } }));
  const posts = w.posts.map((p) => line('post', { ...p, time: new Date(p.time).toISOString() }));
  return [...accounts, ...posts, edgesNdjson(w).trimEnd()].join('\n') + '\n';
}

const scorers: [string, () => Scorer][] = [
  ['pagerank', () => pagerank()],
  ['engagement', () => engagementRate()],
  ['topical influence', () => topicalInfluence({ topic: 'coffee' })],
  ['brand stance', () => brandStance({ brand: { topics: ['acme'] } })],
];

function outcome(run: () => { values: Float64Array; keys: readonly string[] }): unknown {
  try {
    const v = run();
    return { keys: [...v.keys], values: [...v.values] };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
}

describe('posts and accounts as tables', () => {
  it('NDJSON follows and interactions plus posts.csv and accounts.csv score as the same records in one NDJSON file, on both loaders (40 generated worlds × 4 scorers)', async () => {
    let scored = 0;
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const edges = file('edges.ndjson', edgesNdjson(w));
        const posts = file('posts.csv', postsCsv(w));
        const accounts = file('accounts.csv', accountsCsv(w));
        const all = file('all.ndjson', allNdjson(w));
        const reference = await loadGraph(all);
        const graph = await loadGraph(edges, { posts, accounts });
        const ctx = await loadContext(edges, { posts, accounts });
        for (const [name, make] of scorers) {
          const want = outcome(() => make().score(reference));
          expect(outcome(() => make().score(graph)), name).toEqual(want);
          expect(outcome(() => make().score(ctx)), name).toEqual(want);
          if ((want as { values?: unknown }).values) scored++;
        }
      }),
      { numRuns: 40 },
    );
    expect(scored).toBeGreaterThan(40 * 2);
  });

  it('joins an edge table too: loadGraph and loadContext of follows.csv with the tables give the same engagement and stance', async () => {
    const edges = file('follows.csv', 'source,target,type,post\nb,a,follow,\nc,a,like,p1\nc,b,comment,p2\n');
    const posts = file('posts.csv', 'id,author,time,topics,sentiment,likes\np1,a,2024-01-02,acme;coffee,0.5,10\np2,b,2024-01-03,tea,-0.5,3\n');
    const accounts = file('accounts.csv', 'id,followers\na,1000\nb,50\nc,10\nd,1\n');
    const graph = await loadGraph(edges, { posts, accounts });
    const ctx = await loadContext(edges, { posts, accounts });
    expect(graph.order).toBe(4);
    expect(ctx.keys).toEqual(['b', 'a', 'c', 'd']);
    for (const [name, make] of scorers) expect(outcome(() => make().score(ctx)), name).toEqual(outcome(() => make().score(graph)));
  });

  it('a bad row is INVALID_INPUT naming the file, the line and the field, and nothing is loaded', async () => {
    const edges = file('edges.ndjson', '{"kind":"follow","follower":"a","followee":"b"}\n');
    const posts = file('posts.csv', 'id,author,time,likes,sentiment\np1,a,2024-01-02,3,0.1\np2,b,2024-01-03,lots,0.2\np3,b,2024-01-04,1,7\n');
    const error = await loadContext(edges, { posts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfluenceScoreError);
    const e = error as InfluenceScoreError;
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain(posts);
    expect(e.issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'likes'],
      [4, 'sentiment'],
    ]);
    expect(e.issues[0].path[0]).toBe(posts);
    const missing = (await loadGraph(edges, { accounts: file("accounts.csv", "name,followers\nx,1\n") }).catch((x: unknown) => x)) as InfluenceScoreError;
    expect(missing.issues[0]).toMatchObject({ line: 1, field: 'id' });
  });

  it('names a posts column that is not a post field in the load notes', async () => {
    const edges = file('edges.ndjson', '{"kind":"follow","follower":"a","followee":"b"}\n');
    const posts = file('posts.csv', 'id,author,time,colour\np1,a,2024-01-02,red\n');
    const ctx = await loadContext(edges, { posts });
    expect(loadInfo(ctx)?.notes.join('\n')).toMatch(/"colour" are not post fields/);
  });
});

describe('renamed columns and run options of the loaders', () => {
  it('reads the column names of a sidecar; the option wins over it; a missing column names the header found and the fix', async () => {
    const csv = file('follows.csv', 'user_id,follows_user_id,created_at\nu1,u2,5\nu3,u2,6\n');
    const meta = file('follows.json', JSON.stringify({ columns: { source: 'user_id', target: 'follows_user_id', time: 'created_at' } }));
    const ctx = await loadContext(csv, { meta });
    expect(ctx.keys).toEqual(['u1', 'u2', 'u3']);
    expect(ctx.edges.time).toEqual(new Float64Array([5, 6]));
    const swapped = await loadContext(csv, { meta, csv: { columns: { source: 'follows_user_id', target: 'user_id' } } });
    expect([...swapped.edges.src].map((i) => swapped.keys[i])).toEqual(['u2', 'u2']);
    const error = (await loadGraph(csv, { meta: false }).catch((e: unknown) => e)) as InfluenceScoreError;
    expect(error.issues[0].message).toMatch(/found "user_id","follows_user_id","created_at".*--columns source=NAME/);
    const bad = (await loadContext(csv, { meta: file('bad.json', JSON.stringify({ columns: { sauce: 'x' } })) }).catch((e: unknown) => e)) as InfluenceScoreError;
    expect(bad.code).toBe('INVALID_INPUT');
  });

  it('reports progress in bytes up to the file size and stops with ABORTED when the signal fires', async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `n${i % 997},n${(i * 7) % 991}`);
    const csv = file('big.csv', `source,target\n${rows.join('\n')}\n`);
    const seen: [number, number][] = [];
    await loadContext(csv, {}, { onProgress: (done, total) => seen.push([done, total]) });
    const size = Buffer.byteLength(`source,target\n${rows.join('\n')}\n`);
    expect(seen.at(-1)).toEqual([size, size]);
    for (let k = 1; k < seen.length; k++) expect(seen[k][0]).toBeGreaterThanOrEqual(seen[k - 1][0]);
    const controller = new AbortController();
    controller.abort();
    const aborted = (await loadGraph(csv, {}, { signal: controller.signal }).catch((e: unknown) => e)) as InfluenceScoreError;
    expect(aborted.code).toBe('ABORTED');
  });
});
