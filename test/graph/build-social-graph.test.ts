import { describe, expect, it } from 'vitest';
import { buildSocialGraph, degree, getScoringContext, InfluenceScoreError, pagerank } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const records = {
  accounts: [
    { id: 'ada', createdAt: '2019-03-01', followers: 1200, following: 80, verified: true, flags: [], attributes: { name: 'Ada' } },
    { id: 'bob', followers: 30 },
  ],
  follows: [{ follower: 'bob', followee: 'ada', since: '2023-01-15' }],
  interactions: [
    { from: 'bob', to: 'ada', type: 'share', time: '2024-05-01T09:00:00Z', weight: 2, post: 'p1' },
    { from: 'cy', to: 'ada', type: 'mention' },
  ],
  posts: [{ id: 'p1', author: 'ada', time: '2024-05-01T08:00:00Z', impressions: 5400, likes: 210 }],
};

describe('buildSocialGraph', () => {
  it('turns accounts into nodes with their attributes, times in ms', () => {
    const g = buildSocialGraph(records);
    expect(g.type).toBe('directed');
    expect(g.multi).toBe(true);
    expect(g.allowSelfLoops).toBe(true);
    expect(g.getNodeAttributes('ada')).toEqual({
      name: 'Ada',
      createdAt: Date.UTC(2019, 2, 1),
      followers: 1200,
      following: 80,
      verified: true,
      flags: [],
      postCount: 1,
    });
    expect(g.getNodeAttributes('bob')).toEqual({ followers: 30, postCount: 0 });
  });

  it('adds follows as follower → followee edges of type follow dated by since', () => {
    const g = buildSocialGraph(records);
    const follow = g.filterEdges((_e, a) => a.type === 'follow');
    expect(follow).toHaveLength(1);
    expect(g.source(follow[0])).toBe('bob');
    expect(g.target(follow[0])).toBe('ada');
    expect(g.getEdgeAttribute(follow[0], 'time')).toBe(Date.UTC(2023, 0, 15));
  });

  it('adds interactions with their type, time, weight and post', () => {
    const g = buildSocialGraph(records);
    const shares = g.filterEdges((_e, a) => a.type === 'share');
    expect(g.getEdgeAttributes(shares[0])).toEqual({ type: 'share', time: Date.UTC(2024, 4, 1, 9), weight: 2, post: 'p1' });
    const mention = g.filterEdges((_e, a) => a.type === 'mention')[0];
    expect(g.getEdgeAttributes(mention)).toEqual({ type: 'mention' });
  });

  it('stores the validated posts as the graph attribute posts and counts them per author', () => {
    const g = buildSocialGraph(records);
    expect(g.getAttribute('posts')).toEqual([{ id: 'p1', author: 'ada', time: Date.UTC(2024, 4, 1, 8), impressions: 5400, likes: 210 }]);
    expect(g.mapNodes((n, a) => [n, a.postCount])).toEqual([['ada', 1], ['bob', 0], ['cy', 0]]);
  });

  it('sets neither posts nor postCount when no posts are given', () => {
    const g = buildSocialGraph({ follows: [{ follower: 'a', followee: 'b' }] });
    expect(g.hasAttribute('posts')).toBe(false);
    expect(g.hasNodeAttribute('a', 'postCount')).toBe(false);
  });

  it('adds unknown ids as bare nodes in order of first mention by default', () => {
    const g = buildSocialGraph({
      accounts: [{ id: 'z' }],
      follows: [{ follower: 'c', followee: 'a' }],
      interactions: [{ from: 'b', to: 'a', type: 'like' }],
      posts: [{ id: 'p', author: 'd', time: 0 }],
    });
    expect(g.nodes()).toEqual(['z', 'c', 'a', 'b', 'd']);
    expect(g.getNodeAttributes('c')).toEqual({ postCount: 0 });
  });

  it("rejects unknown ids with unknownNodes 'error', naming each record and field", () => {
    const err = thrown(() =>
      buildSocialGraph(
        { accounts: [{ id: 'a' }], follows: [{ follower: 'x', followee: 'a' }], interactions: [{ from: 'a', to: 'y', type: 'reply' }], posts: [{ id: 'p', author: 'w', time: 0 }] },
        { unknownNodes: 'error' },
      ),
    );
    expect(err.code).toBe('UNKNOWN_NODE');
    expect(err.issues.map((i) => [i.path.join('.'), i.record, i.field])).toEqual([
      ['follows.0.follower', 0, 'follower'],
      ['interactions.0.to', 0, 'to'],
      ['posts.0.author', 0, 'author'],
    ]);
  });

  it('keeps self-loops in the graph, and the ScoringContext drops them', () => {
    const g = buildSocialGraph({ interactions: [{ from: 'a', to: 'a', type: 'reply' }, { from: 'b', to: 'a', type: 'reply' }] });
    expect(g.size).toBe(2);
    const ctx = getScoringContext(g);
    const a = ctx.indexOf('a');
    expect(Array.from(ctx.out.targets.subarray(ctx.out.offsets[a], ctx.out.offsets[a + 1]))).toEqual([]);
    expect(pagerank().score(g).get('a')).toBeGreaterThan(pagerank().score(g).get('b')!);
  });

  it('keeps repeated interactions as parallel edges, merged with summed weights in the CSR', () => {
    const g = buildSocialGraph({
      interactions: [
        { from: 'b', to: 'a', type: 'share', weight: 2 },
        { from: 'b', to: 'a', type: 'share', weight: 3 },
        { from: 'b', to: 'a', type: 'like' },
      ],
    });
    expect(g.size).toBe(3);
    const ctx = getScoringContext(g);
    const b = ctx.indexOf('b');
    expect(ctx.out.offsets[b + 1] - ctx.out.offsets[b]).toBe(1);
    expect(ctx.out.weights[ctx.out.offsets[b]]).toBe(6);
  });

  it('collapses repeated follows into one edge dated by the earliest since', () => {
    const g = buildSocialGraph({
      follows: [
        { follower: 'b', followee: 'a', since: '2023-05-01' },
        { follower: 'b', followee: 'a' },
        { follower: 'b', followee: 'a', since: '2022-01-01' },
        { follower: 'a', followee: 'b' },
      ],
    });
    expect(g.size).toBe(2);
    expect(g.getEdgeAttribute('follow:0', 'time')).toBe(Date.UTC(2022, 0, 1));
  });

  it('rejects duplicate account and post ids, pointing at the first occurrence', () => {
    const err = thrown(() =>
      buildSocialGraph({
        accounts: [{ id: 'a' }, { id: 'b' }, { id: 'a' }],
        posts: [{ id: 'p', author: 'a', time: 0 }, { id: 'p', author: 'b', time: 1 }],
      }),
    );
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['accounts.2.id', 'duplicate id "a" (first at record 0)'],
      ['posts.1.id', 'duplicate id "p" (first at record 0)'],
    ]);
  });

  it('reports every bad record at once and builds nothing (all or nothing)', () => {
    const input = {
      accounts: [{ id: 'a', followers: -1 }, { id: '' }],
      interactions: [{ from: 'a', to: 'b', type: 'like', weight: NaN }, { from: 'a', to: 'b', type: 'like' }, { from: 'a', type: 'like', time: 'soon' }],
    };
    const err = thrown(() => buildSocialGraph(input as never));
    expect(err.issues.map((i) => [i.path.join('.'), i.record, i.field])).toEqual([
      ['accounts.0.followers', 0, 'followers'],
      ['accounts.1.id', 1, 'id'],
      ['interactions.0.weight', 0, 'weight'],
      ['interactions.2.to', 2, 'to'],
      ['interactions.2.time', 2, 'time'],
    ]);
    expect(err.message).toMatch(/5 problem\(s\) found, nothing was loaded/);
    expect(err.message).toMatch(/record 2, field "time"/);
  });

  it('rejects input that is not a record set', () => {
    expect(thrown(() => buildSocialGraph(null as never)).issues[0].message).toMatch(/must be an object/);
    expect(thrown(() => buildSocialGraph({ users: [] } as never)).issues[0].field).toBe('users');
    expect(thrown(() => buildSocialGraph({ follows: {} } as never)).issues[0].message).toBe('follows must be an array');
  });

  it('rejects unknown options', () => {
    expect(thrown(() => buildSocialGraph({}, { unknownNodes: 'ignore' } as never)).code).toBe('INVALID_OPTION');
  });

  it('builds an empty graph from empty records', () => {
    expect(buildSocialGraph({}).order).toBe(0);
  });

  it('treats ids such as __proto__, constructor and toString as ordinary ids', () => {
    const g = buildSocialGraph({
      accounts: [{ id: '__proto__', followers: 7 }],
      follows: [{ follower: 'a', followee: 'constructor' }, { follower: 'toString', followee: '__proto__' }],
      interactions: [{ from: 'toString', to: 'a', type: 'share', post: 'constructor' }],
      posts: [{ id: '__proto__', author: '__proto__', time: 0 }],
    });
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    const v = degree({ direction: 'in', normalized: false }).score(g);
    expect(v.keys).toEqual(['__proto__', 'a', 'constructor', 'toString']);
    expect([v.get('__proto__'), v.get('constructor'), v.get('a'), v.get('toString')]).toEqual([1, 1, 1, 0]);
    expect(getScoringContext(g).column('followers')[0]).toBe(7);
    expect(getScoringContext(g).column('postCount')[0]).toBe(1);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });

  it('accepts post ids such as __proto__, which are not node keys', () => {
    const g = buildSocialGraph({ posts: [{ id: '__proto__', author: 'a', time: 0 }], interactions: [{ from: 'b', to: 'a', type: 'like', post: '__proto__' }] });
    expect(g.getAttribute('posts')![0].id).toBe('__proto__');
  });
});
