import { describe, expect, it } from 'vitest';
import { type EngagementExtra, engagementRate } from '../../../src/index.js';
import { thrown } from '../../helpers/errors.js';
import { DAY, fixtureColumns, fixtureGraph, POSTS, T } from './fixture.js';
import { messages } from '../../helpers/warnings.js';

const noNaN = (values: Float64Array): boolean => values.every((x) => Number.isFinite(x));

describe('engagementRate bad input: errors name the record and field', () => {
  it('a negative count in a graph post is INVALID_INPUT naming the post and field', () => {
    const g = fixtureGraph();
    g.setAttribute('posts', [...POSTS.slice(0, 2), { ...POSTS[2], likes: -4 }]);
    const e = thrown(() => engagementRate().score(g));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]).toMatchObject({ record: 2, field: 'likes', path: ['posts', 2, 'likes'] });
    expect(e.message).toMatch(/post "p3" has likes -4/);
  });

  it('a negative count in columns is INVALID_INPUT naming the post and type', () => {
    const data = fixtureColumns();
    const like = Float64Array.of(30, 10, -1, 3);
    const e = thrown(() => engagementRate().scoreColumns({ ...data, posts: { ...data.posts!, counts: { ...data.posts!.counts, like } } }));
    expect(e.issues[0]).toMatchObject({ record: 2, field: 'like' });
    expect(e.message).toMatch(/post "p3" has like -1/);
  });

  it('negative reach, impressions, followers and interaction weights are rejected', () => {
    const data = fixtureColumns();
    expect(thrown(() => engagementRate().scoreColumns({ ...data, posts: { ...data.posts!, reach: Float64Array.of(1, -1, 1, 1) } })).issues[0].field).toBe('reach');
    expect(thrown(() => engagementRate().scoreColumns({ ...data, followers: Float64Array.of(1, -5, 1, 1) })).issues[0]).toMatchObject({ record: 1, field: 'followers' });
    const g = fixtureGraph();
    g.setNodeAttribute('b', 'followers', -3);
    expect(thrown(() => engagementRate().score(g)).message).toMatch(/account "b" has followers -3/);
    const g2 = fixtureGraph();
    g2.addEdge('x', 'b', { type: 'like', post: 'p3', weight: -1 });
    expect(thrown(() => engagementRate().score(g2)).issues[0].field).toBe('weight');
  });

  it('a post with an unknown author is INVALID_INPUT naming the post', () => {
    const g = fixtureGraph();
    g.setAttribute('posts', [...POSTS, { id: 'p9', author: 'ghost', time: T, likes: 1 }]);
    const e = thrown(() => engagementRate().score(g));
    expect(e.issues[0]).toMatchObject({ record: 4, field: 'author' });
    expect(e.message).toMatch(/post "p9" has author "ghost"/);
    const data = fixtureColumns();
    expect(thrown(() => engagementRate().scoreColumns({ ...data, posts: { ...data.posts!, author: Int32Array.of(0, 0, 7, 2) } })).issues[0]).toMatchObject({ record: 2, field: 'author' });
  });

  it('duplicate post ids are INVALID_INPUT naming both records', () => {
    const g = fixtureGraph();
    g.setAttribute('posts', [...POSTS, { ...POSTS[0], author: 'b' }]);
    const e = thrown(() => engagementRate().score(g));
    expect(e.issues[0]).toMatchObject({ record: 4, field: 'id' });
    expect(e.message).toMatch(/post id "p1" is a duplicate of post #0/);
    const data = fixtureColumns();
    expect(thrown(() => engagementRate().scoreColumns({ ...data, posts: { ...data.posts!, ids: ['p1', 'p2', 'p1', 'p4'] } })).issues[0]).toMatchObject({ record: 2, field: 'id' });
  });

  it('a missing time under decay or window is INVALID_INPUT naming the post (undated: "error")', () => {
    const data = fixtureColumns();
    const time = Float64Array.of(T, NaN, T, T);
    const undated = { ...data, posts: { ...data.posts!, time } };
    for (const options of [{ halfLife: DAY }, { window: { from: T - DAY } }]) {
      const e = thrown(() => engagementRate(options).scoreColumns(undated));
      expect(e.issues[0]).toMatchObject({ record: 1, field: 'time' });
      expect(e.message).toMatch(/post "p2" has no time/);
    }
    // Without decay or window, an undated post is fine.
    expect(noNaN(engagementRate().scoreColumns(undated).values)).toBe(true);
  });

  it('undated: "drop" leaves undated posts out and "keep" counts them undecayed, each with a warning', () => {
    const data = fixtureColumns();
    const undated = { ...data, posts: { ...data.posts!, time: Float64Array.of(T, NaN, T, T) } };
    const dropped = engagementRate({ smoothing: false, halfLife: DAY, undated: 'drop' }).scoreColumns(undated);
    expect(dropped.get('a')).toBeCloseTo(46 / 1000, 15);
    expect(messages(dropped.meta.warnings).join()).toMatch(/1 undated record\(s\) dropped/);
    const kept = engagementRate({ smoothing: false, halfLife: DAY, undated: 'keep' }).scoreColumns(undated);
    expect(kept.get('a')).toBeCloseTo(56 / 2000, 15);
    expect(messages(kept.meta.warnings).join()).toMatch(/counted without decay/);
  });

  it('a post-less interaction without a time under decay is INVALID_INPUT naming the interaction', () => {
    const g = fixtureGraph();
    g.addEdge('x', 'd', { type: 'like' });
    expect(thrown(() => engagementRate({ halfLife: DAY }).score(g)).issues[0].field).toBe('time');
  });

  it('columns with inconsistent lengths or out-of-range indices are rejected', () => {
    const data = fixtureColumns();
    expect(thrown(() => engagementRate().scoreColumns({ ...data, posts: { ...data.posts!, reach: Float64Array.of(1, 2) } })).issues[0].path).toEqual(['posts', 'reach']);
    expect(
      thrown(() => engagementRate().scoreColumns({ ...data, interactions: { type: Int32Array.of(0), typeNames: ['like'], post: Int32Array.of(9) } })).issues[0],
    ).toMatchObject({ field: 'post', record: 0 });
    expect(thrown(() => engagementRate().scoreColumns({ posts: data.posts })).code).toBe('INVALID_INPUT');
  });

  it('the followers denominator without follower counts is MISSING_DATA', () => {
    const { followers: _f, ...data } = fixtureColumns();
    expect(thrown(() => engagementRate().scoreColumns(data)).code).toBe('MISSING_DATA');
    expect(noNaN(engagementRate({ denominator: 'reach' }).scoreColumns(data).values)).toBe(true);
    expect(thrown(() => engagementRate({ denominator: 'reach', normalize: 'within-tier' }).scoreColumns(data)).code).toBe('MISSING_DATA');
  });

  it('bad options are INVALID_OPTION at construction', () => {
    for (const options of [
      { denominator: 'likes' },
      { weights: { like: -1 } },
      { weights: new Map([['like', Number.NaN]]) },
      { tiers: [{ name: 'a', minFollowers: 10 }] },
      { tiers: [{ name: 'a', minFollowers: 0 }, { name: 'b', minFollowers: 0 }] },
      { halfLife: 0 },
      { window: { from: 2, to: 1 } },
      { prior: { alpha: 0, beta: 1 } },
      { bogus: true },
    ]) {
      expect(thrown(() => engagementRate(options as never)).code).toBe('INVALID_OPTION');
    }
  });
});

describe('engagementRate bad input: documented fallbacks, never NaN', () => {
  it('more engagements than impressions is a warning, not an error, and the rate is kept', () => {
    const g = fixtureGraph();
    g.setAttribute('posts', [...POSTS.slice(0, 3), { ...POSTS[3], likes: 50, impressions: 20, reach: 10 }]);
    const v = engagementRate({ smoothing: false, denominator: 'impressions' }).score(g);
    expect(v.get('c')).toBeCloseTo(50 / 20, 15);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/1 post\(s\) have more engagements than impressions/);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/more engagements than reach/);
    expect(noNaN(engagementRate({ denominator: 'impressions' }).score(g).values)).toBe(true);
  });

  it('zero followers: the account has no audience, is unrated (prior mean or 0) and a warning says so', () => {
    const v = engagementRate({ prior: { alpha: 2, beta: 98 } }).score(fixtureGraph());
    const c = v.keys.indexOf('c');
    const x = v.meta.extra as EngagementExtra;
    expect(x.exposure[c]).toBe(0);
    expect(x.raw[c]).toBe(0);
    expect(v.values[c]).toBeCloseTo(0.02, 15);
    expect(messages(v.meta.warnings).join('\n')).toMatch(/zero followers/);
    expect(noNaN(v.values)).toBe(true);
  });

  it('posts missing the chosen denominator are skipped with a warning', () => {
    const data = fixtureColumns();
    const v = engagementRate({ smoothing: false, denominator: 'reach' }).scoreColumns({ ...data, posts: { ...data.posts!, reach: Float64Array.of(600, NaN, 100, 20) } });
    expect(v.get('a')).toBeCloseTo(46 / 600, 15);
    expect(messages(v.meta.warnings).join()).toMatch(/1 post\(s\) have no reach and were skipped/);
  });

  it('an empty population scores nothing without NaN', () => {
    const v = engagementRate().scoreColumns({ accounts: 0 });
    expect(v.values.length).toBe(0);
    const w = engagementRate().scoreColumns({ accounts: 3, followers: [1, 2, 3] });
    expect(noNaN(w.values)).toBe(true);
  });
});
