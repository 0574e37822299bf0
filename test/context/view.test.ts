import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { getScoringContext, InfluenceScoreError, type ScoringContext, type ViewOptions } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const DAY = 86_400_000;

/** Directed multigraph of typed, dated interactions. */
function interactions(): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  for (const k of ['a', 'b', 'c']) g.addNode(k);
  g.addEdge('a', 'b', { type: 'share', time: 0, weight: 4 });
  g.addEdge('a', 'b', { type: 'share', time: 10 * DAY, weight: 4 });
  g.addEdge('b', 'c', { type: 'mention', time: 5 * DAY });
  g.addEdge('c', 'a', { type: 'reply', time: new Date(20 * DAY) });
  g.addEdge('c', 'b', {});
  return g;
}

/** The kept raw edges as "src>dst" strings with weights. */
function kept(ctx: ScoringContext): [string, number][] {
  const out: [string, number][] = [];
  for (let e = 0; e < ctx.edges.length; e++) out.push([`${ctx.keys[ctx.edges.src[e]]}>${ctx.keys[ctx.edges.dst[e]]}`, ctx.edges.weight[e]]);
  return out;
}

describe('views', () => {
  it('keep every edge by default, with typed and dated columns', () => {
    const ctx = getScoringContext(interactions());
    expect(kept(ctx).map(([e]) => e)).toEqual(['a>b', 'a>b', 'b>c', 'c>a', 'c>b']);
    expect(Array.from(ctx.edges.time)).toEqual([0, 10 * DAY, 5 * DAY, 20 * DAY, Number.NaN]);
    expect(Array.from(ctx.edges.type).map((t) => (t < 0 ? null : ctx.edges.typeNames[t]))).toEqual(['share', 'share', 'mention', 'reply', null]);
    expect(ctx.asOf).toBe(20 * DAY);
  });

  it('filter by relation type, dropping untyped edges', () => {
    const ctx = getScoringContext(interactions(), { relations: ['share', 'reply'] });
    expect(kept(ctx)).toEqual([['a>b', 4], ['a>b', 4], ['c>a', 1]]);
    expect(ctx.out.targets).toHaveLength(2);
  });

  it('keep edges whose time lies in the closed window and drop undated ones', () => {
    expect(kept(getScoringContext(interactions(), { window: { from: 5 * DAY, to: 20 * DAY } })).map(([e]) => e)).toEqual(['a>b', 'b>c', 'c>a']);
    expect(kept(getScoringContext(interactions(), { window: { to: 5 * DAY } })).map(([e]) => e)).toEqual(['a>b', 'b>c']);
  });

  it('decay weights by 0.5^(age / halfLife) from the latest edge time', () => {
    const ctx = getScoringContext(interactions(), { halfLife: 10 * DAY });
    const w = kept(ctx).map(([, x]) => x);
    // ages 20, 10, 15, 0 days; the undated edge keeps its weight
    const expected = [4 * 0.25, 4 * 0.5, 2 ** -1.5, 1, 1];
    w.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 14));
    expect(ctx.warnings).toEqual([{ code: 'UNDATED', message: '1 edge(s) have no time and were not decayed' }]);
    // merged CSR entry a → b is the sum of the decayed weights
    expect(ctx.out.weights[ctx.out.offsets[0]]).toBeCloseTo(3, 14);
  });

  it('measure ages from asOf and drop edges dated after it', () => {
    const ctx = getScoringContext(interactions(), { asOf: 10 * DAY, halfLife: 5 * DAY });
    expect(ctx.asOf).toBe(10 * DAY);
    const edges = kept(ctx);
    expect(edges.map(([e]) => e)).toEqual(['a>b', 'a>b', 'b>c', 'c>b']);
    [1, 4, 0.5, 1].forEach((x, i) => expect(edges[i][1]).toBeCloseTo(x, 14));
  });

  it('read weight, type and time from custom attribute names', () => {
    const g = new Graph({ type: 'directed' });
    g.addNode('x');
    g.addNode('y');
    g.addEdge('x', 'y', { kind: 'like', at: '1970-01-02T00:00:00Z', strength: 3, weight: -1 });
    const ctx = getScoringContext(g, { relations: ['like'], typeAttribute: 'kind', timeAttribute: 'at', weight: 'strength' });
    expect(kept(ctx)).toEqual([['x>y', 3]]);
    expect(ctx.asOf).toBe(DAY);
  });

  it('name the edge, its endpoints and the field when a weight is negative, NaN or not a number', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.addNode('x');
    g.addNode('y');
    g.addEdgeWithKey('e1', 'x', 'y', { weight: -2 });
    g.addEdgeWithKey('e2', 'x', 'y', { weight: Number.NaN });
    g.addEdgeWithKey('e3', 'y', 'x', { weight: '3' });
    g.addEdgeWithKey('ok', 'y', 'x', { weight: 3 });
    const err = thrown(() => getScoringContext(g));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues.map((i) => i.path)).toEqual([['edges', 'e1', 'weight'], ['edges', 'e2', 'weight'], ['edges', 'e3', 'weight']]);
    expect(err.issues.every((i) => i.field === 'weight')).toBe(true);
    expect(err.issues[0].message).toMatch(/e1 \(x → y\)/);
    // the same graph with weights ignored is fine
    expect(getScoringContext(g, { weight: null }).edges.length).toBe(4);
  });

  it('reject an unreadable time naming the edge', () => {
    const g = new Graph({ type: 'directed' });
    g.addNode('x');
    g.addNode('y');
    g.addEdgeWithKey('late', 'x', 'y', { time: 'yesterday' });
    expect(thrown(() => getScoringContext(g)).issues[0]).toMatchObject({ path: ['edges', 'late', 'time'], field: 'time' });
  });

  it.each<[string, ViewOptions, (string | number)[]]>([
    ['a reversed window', { window: { from: 2, to: 1 } }, ['window']],
    ['a non-positive half-life', { halfLife: 0 }, ['halfLife']],
    ['an empty relation list', { relations: [] }, ['relations']],
    ['an unknown key', { relation: ['share'] } as never, []],
  ])('reject %s with INVALID_OPTION', (_what, view, path) => {
    const err = thrown(() => getScoringContext(interactions(), view));
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.issues[0].path).toEqual(path);
  });
});

describe('context columns and lookups', () => {
  it('read a numeric node attribute as a column, NaN where missing, Dates as ms', () => {
    const g = new Graph();
    g.addNode('a', { followers: 10, createdAt: new Date(5) });
    g.addNode('b', { followers: 'many' });
    g.addNode('c');
    const ctx = getScoringContext(g);
    expect(Array.from(ctx.column('followers'))).toEqual([10, Number.NaN, Number.NaN]);
    expect(Array.from(ctx.column('createdAt'))).toEqual([5, Number.NaN, Number.NaN]);
    expect(ctx.column('followers')).toBe(ctx.column('followers'));
  });

  it('map keys to graph-order indices and throw UNKNOWN_NODE for others, __proto__ included', () => {
    const g = new Graph();
    for (const k of ['constructor', '__proto__', 'toString']) g.addNode(k);
    const ctx = getScoringContext(g);
    expect(ctx.keys).toEqual(['constructor', '__proto__', 'toString']);
    expect(ctx.indexOf('__proto__')).toBe(1);
    expect(() => ctx.indexOf('hasOwnProperty')).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
  });
});
