import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { combine, getScoringContext, InfluenceScoreError, logNormalize, precomputed } from '../../src/index.js';
import { arr } from './vectors.js';
import { thrown } from '../helpers/errors.js';

function graph(keys = ['a', 'b', 'c']): Graph {
  const g = new Graph();
  for (const k of keys) g.addNode(k);
  return g;
}

describe('precomputed', () => {
  it('returns values given as a Map, an object or an array in graph order', () => {
    const g = graph();
    expect(arr(precomputed('x', new Map([['c', 3], ['a', 1], ['b', 2]])).score(g))).toEqual([1, 2, 3]);
    expect(arr(precomputed('x', { b: 2, c: 3, a: 1 }).score(g))).toEqual([1, 2, 3]);
    expect(arr(precomputed('x', [1, 2, 3]).score(g))).toEqual([1, 2, 3]);
    expect(arr(precomputed('x', Float64Array.of(1, 2, 3)).score(getScoringContext(g)))).toEqual([1, 2, 3]);
  });

  it('uses the name as id and label and keeps orientation and range', () => {
    const s = precomputed('gds-constraint', [0.5, 0.2, 0.9], { higherIsBetter: false, range: [0, 1] });
    expect(s).toMatchObject({ id: 'gds-constraint', label: 'gds-constraint', higherIsBetter: false, range: [0, 1] });
    const v = s.score(graph());
    expect(v.meta).toMatchObject({ scorer: 'gds-constraint', higherIsBetter: false });
    expect(v.top(1)[0].key).toBe('b');
  });

  it("fills missing nodes with the weakest given value by default ('worst'), and warns", () => {
    const v = precomputed('x', new Map([['a', 5], ['b', 2]])).score(graph());
    expect(arr(v)).toEqual([5, 2, 2]);
    expect(v.meta.warnings).toEqual([{ code: 'FILLED', message: '1 node(s) had no precomputed value and got 2' }]);
    const lowerBetter = precomputed('x', new Map([['a', 5], ['b', 2]]), { higherIsBetter: false }).score(graph());
    expect(arr(lowerBetter)).toEqual([5, 2, 5]);
  });

  it('fills with a number or the median when asked, and 0 when nothing is given', () => {
    const g = graph(['a', 'b', 'c', 'd']);
    expect(arr(precomputed('x', { a: 1, b: 2, c: 10 }, { fill: 'median' }).score(g))).toEqual([1, 2, 10, 2]);
    expect(arr(precomputed('x', { a: 1 }, { fill: -1 }).score(g))).toEqual([1, -1, -1, -1]);
    expect(arr(precomputed('x', new Map()).score(g))).toEqual([0, 0, 0, 0]);
  });

  it("throws MISSING_DATA naming the missing nodes with fill 'error'", () => {
    const err = thrown(() => precomputed('x', { a: 1 }, { fill: 'error' }).score(graph()));
    expect(err.code).toBe('MISSING_DATA');
    expect(err.issues.map((i) => i.path)).toEqual([['values', 'b'], ['values', 'c']]);
  });

  it('throws UNKNOWN_NODE naming keys that are not in the graph', () => {
    const err = thrown(() => precomputed('x', { a: 1, zed: 2, toString: 3 }).score(graph()));
    expect(err.code).toBe('UNKNOWN_NODE');
    expect(err.issues.map((i) => i.path)).toEqual([['values', 'zed'], ['values', 'toString']]);
  });

  it('throws INVALID_INPUT when an array does not have one value per node', () => {
    expect(thrown(() => precomputed('x', [1, 2]).score(graph())).code).toBe('INVALID_INPUT');
  });

  it('rejects non-finite or out-of-range values at construction, naming each key or index', () => {
    const err = thrown(() => precomputed('x', { a: Number.NaN, b: Infinity, c: '3' as never }));
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.issues.map((i) => i.path)).toEqual([['values', 'a'], ['values', 'b'], ['values', 'c']]);
    expect(thrown(() => precomputed('x', [0.5, 2], { range: [0, 1] })).issues).toEqual([expect.objectContaining({ path: ['values', 1] })]);
    expect(thrown(() => precomputed('x', [0.5], { range: [0, 1], fill: 7 })).issues[0].path).toEqual(['fill']);
  });

  it('accepts a half-open range such as [0, Infinity] for counts, checking values against the finite end', () => {
    const followers = precomputed('followers', [0, 12, 4_000_000], { range: [0, Infinity] });
    expect(followers.range).toEqual([0, Infinity]);
    expect(arr(followers.score(graph()))).toEqual([0, 12, 4_000_000]);
    // The lower bound still counts: the log normalizer keeps it non-negative.
    expect(logNormalize(followers.score(graph())).meta.range).toEqual([0, Infinity]);
    expect(precomputed('debt', [-3, -1, 0], { range: [-Infinity, 0] }).range).toEqual([-Infinity, 0]);
    expect(thrown(() => precomputed('followers', [-1, 2], { range: [0, Infinity] })).issues).toEqual([expect.objectContaining({ path: ['values', 0] })]);
    const composite = combine({ parts: { audience: [followers, 1], other: [precomputed('y', [3, 2, 1], { range: [-Infinity, Infinity] }), 1] } }).score(graph());
    for (const v of composite.values) expect(Number.isFinite(v)).toBe(true);
  });

  it('refuses a range no finite value fits in, or a NaN bound, saying why', () => {
    const high = thrown(() => precomputed('x', [1], { range: [Infinity, Infinity] }));
    expect(high.code).toBe('INVALID_OPTION');
    expect(high.issues).toEqual([expect.objectContaining({ path: ['range'], message: expect.stringMatching(/low bound is Infinity, so no finite value fits/) })]);
    expect(thrown(() => precomputed('x', [1], { range: [-Infinity, -Infinity] })).issues[0].message).toMatch(/high bound is -Infinity, so no finite value fits/);
    const nan = thrown(() => precomputed('x', [1], { range: [Number.NaN, 1] }));
    expect(nan.code).toBe('INVALID_OPTION');
    expect(nan.issues[0].path).toEqual(['range', 0]);
    expect(nan.issues[0].message).toMatch(/must be a number, or -Infinity \/ Infinity/);
  });

  it('rejects a missing name and bad options', () => {
    expect(thrown(() => precomputed('', [1])).issues[0].path).toEqual(['name']);
    expect(thrown(() => precomputed('x', [1], { fill: 'mean' as never })).issues[0].path).toEqual(['fill']);
    expect(thrown(() => precomputed('x', [1], { range: [1, 0] })).issues[0].path).toEqual(['range']);
  });

  it('copies the values, so later changes to the Map do not leak in', () => {
    const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
    const s = precomputed('x', m);
    m.set('a', 100);
    expect(arr(s.score(graph()))).toEqual([1, 2, 3]);
  });

  it('handles keys such as __proto__ and constructor', () => {
    const g = graph(['__proto__', 'constructor']);
    expect(arr(precomputed('x', JSON.parse('{"__proto__": 1, "constructor": 2}')).score(g))).toEqual([1, 2]);
  });

  it('combines like any other part', () => {
    const v = combine({ parts: { ext: [precomputed('ext', [3, 1, 2]), 1] }, normalize: 'minmax' }).score(graph());
    expect(arr(v)).toEqual([1, 0, 0.5]);
  });
});
