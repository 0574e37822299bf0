import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { combine, degree, InfluenceScoreError, minmax, normalize, NORMALIZERS, pagerank, percentile, precomputed, type Scorer } from '../../src/index.js';
import { contextBuildCount } from '../../src/context/context.js';
import { loadNetwork } from '../helpers/networks.js';
import { arr } from './vectors.js';
import { thrown as optionError } from '../helpers/errors.js';

const karate = loadNetwork('karate');

/** Four nodes a..d; parts with hand-picked values so every mean can be checked by hand. */
function abcd(): Graph {
  const g = new Graph({ type: 'directed' });
  for (const k of ['a', 'b', 'c', 'd']) g.addNode(k);
  return g;
}
const given = (name: string, values: number[], higherIsBetter = true): Scorer =>
  precomputed(name, new Map(values.map((v, i) => [['a', 'b', 'c', 'd'][i], v])), { higherIsBetter });

describe('combine', () => {
  it('averages the percentile-normalized parts with the weight shares by default', () => {
    const v = combine({ parts: { pr: [pagerank(), 3], deg: [degree(), 1] } }).score(karate);
    const pr = percentile(pagerank().score(karate));
    const deg = percentile(degree().score(karate));
    expect(v.meta.params).toMatchObject({ normalize: 'percentile', aggregate: 'arithmetic' });
    arr(v).forEach((x, i) => expect(x).toBeCloseTo(0.75 * pr.values[i] + 0.25 * deg.values[i], 14));
  });

  it('carries every part normalized, equal to normalizing that scorer alone', () => {
    const v = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] }, normalize: 'zscore' }).score(karate);
    expect(Object.keys(v.parts!)).toEqual(['pr', 'deg']);
    expect(arr(v.parts!.pr)).toEqual(arr(normalize(pagerank().score(karate), 'zscore')));
    expect(arr(v.parts!.deg)).toEqual(arr(normalize(degree().score(karate), 'zscore')));
    expect(v.parts!.pr.meta.extra?.source).toMatchObject({ meta: { scorer: 'pagerank' } });
  });

  it('computes the geometric mean Π xᵢ^wᵢ and the harmonic mean 1 / Σ wᵢ/xᵢ of minmax parts', () => {
    // minmax: x → [0, 0.25, 1, 0.5], y → [1, 0.5, 0.25, 0]  (weights 1 : 3)
    const parts = { x: [given('x', [0, 1, 4, 2]), 1], y: [given('y', [4, 2, 1, 0]), 3] } as const;
    const geo = combine({ parts, normalize: 'minmax', aggregate: 'geometric' }).score(abcd());
    const har = combine({ parts, normalize: 'minmax', aggregate: 'harmonic' }).score(abcd());
    close(arr(geo), [0, 0.25 ** 0.25 * 0.5 ** 0.75, 1 ** 0.25 * 0.25 ** 0.75, 0]);
    close(arr(har), [0, 1 / (0.25 / 0.25 + 0.75 / 0.5), 1 / (0.25 / 1 + 0.75 / 0.25), 0]);
  });

  it('gives 0 under geometric and harmonic means when any weighted part is 0, but ignores parts of weight 0', () => {
    const parts = { x: [given('x', [0, 1, 2, 3]), 1], y: [given('y', [3, 2, 1, 0]), 0] } as const;
    for (const aggregate of ['geometric', 'harmonic'] as const) {
      const v = combine({ parts, normalize: 'minmax', aggregate }).score(abcd());
      close(arr(v), [0, 1 / 3, 2 / 3, 1]);
    }
  });

  it('maps the [0, 1] composite onto scale linearly', () => {
    const parts = { x: [given('x', [0, 1, 2, 4]), 1] } as const;
    const v = combine({ parts, normalize: 'minmax', scale: [0, 100] }).score(abcd());
    expect(arr(v)).toEqual([0, 25, 50, 100]);
    expect(v.meta.range).toEqual([0, 100]);
    const shifted = combine({ parts, normalize: 'minmax', scale: [-1, 1] }).score(abcd());
    expect(arr(shifted)).toEqual([-1, -0.5, 0, 1]);
  });

  it('flips a lower-is-better part, so its lowest raw value helps most', () => {
    const v = combine({ parts: { constraint: [given('c', [0.9, 0.1, 0.5, 0.3], false), 1] }, normalize: 'minmax' }).score(abcd());
    close(arr(v), [0, 1, 0.5, 0.75]);
    expect(v.meta.higherIsBetter).toBe(true);
  });

  it('nests: a composite part is normalized like any other part and keeps its own parts', () => {
    const inner = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] }, id: 'structure' });
    const outer = combine({ parts: { structure: [inner, 2], reach: [pagerank({ alpha: 0.5 }), 1] } });
    const v = outer.score(karate);
    const innerAlone = inner.score(karate);
    expect(arr(v.parts!.structure)).toEqual(arr(percentile(innerAlone)));
    const source = v.parts!.structure.meta.extra?.source as typeof v;
    expect(Object.keys(source.parts!)).toEqual(['pr', 'deg']);
    expect(outer.params.parts).toEqual([
      expect.objectContaining({ name: 'structure', scorer: 'structure', weight: 2 }),
      expect.objectContaining({ name: 'reach', scorer: 'pagerank', weight: 1 }),
    ]);
  });

  it('runs each part through its own view on the same graph', () => {
    const g = new Graph({ type: 'directed', multi: true });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { type: 'share' });
    g.addEdge('b', 'c', { type: 'mention' });
    g.addEdge('a', 'c', { type: 'mention' });
    const shares = degree({ view: { relations: ['share'] }, normalized: false });
    const mentions = degree({ view: { relations: ['mention'] }, normalized: false });
    const v = combine({ parts: { shares: [shares, 1], mentions: [mentions, 1] }, normalize: 'minmax' }).score(g);
    expect(arr(v.parts!.shares)).toEqual(arr(minmax(shares.score(g))));
    expect(arr(v.parts!.shares)).toEqual([0, 1, 0]);
    expect(arr(v.parts!.mentions)).toEqual([0, 0, 1]);
  });

  it('applies its own view to parts that have none', () => {
    const g = new Graph({ type: 'directed', multi: true });
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { type: 'share' });
    g.addEdge('a', 'c', { type: 'mention' });
    const v = combine({ parts: { deg: [degree(), 1] }, normalize: 'minmax', view: { relations: ['share'] } }).score(g);
    expect(arr(v)).toEqual([0, 1, 0]);
  });

  it('builds one context for all parts that share a view', () => {
    const g = loadNetwork('dolphins');
    const before = contextBuildCount();
    combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1], out: [degree({ mode: 'out' }), 1] } }).score(g);
    expect(contextBuildCount() - before).toBe(1);
  });

  it('accepts part names such as __proto__ from a Map or a parsed object', () => {
    const fromMap = combine({ parts: new Map([['__proto__', [degree(), 1] as const], ['constructor', [pagerank(), 1] as const]]) }).score(karate);
    expect(Object.keys(fromMap.parts!)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(fromMap.parts)).toBe(Object.prototype);
    // An own property named __proto__, as JSON.parse or Object.fromEntries create it.
    const fromObject = combine({ parts: Object.fromEntries([['__proto__', [degree(), 1]]]) }).score(karate);
    expect(arr(fromObject.parts!.__proto__)).toEqual(arr(percentile(degree().score(karate))));
  });

  it('passes the abort signal to the parts', () => {
    const controller = new AbortController();
    controller.abort('stop');
    expect(() => combine({ parts: { pr: [pagerank(), 1] } }).score(karate, { signal: controller.signal })).toThrow(
      expect.objectContaining({ code: 'ABORTED' }),
    );
  });

  it('reports progress across parts, in parts, ending with (k, k)', () => {
    const calls: [number, number][] = [];
    combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] } }).score(karate, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every(([, t]) => t === 2)).toBe(true);
    expect(calls.at(-1)).toEqual([2, 2]);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
  });

  it('reports a part that did not converge, prefixed by its name', () => {
    const v = combine({ parts: { pr: [pagerank({ maxIterations: 1 }), 1], deg: [degree(), 1] } }).score(karate);
    expect(v.meta.converged).toBe(false);
    expect(v.meta.warnings).toEqual([{ code: 'NOT_CONVERGED', message: expect.stringMatching(/^pr: .*converge/) }]);
  });
});

describe('combine options', () => {
  it('rejects empty parts', () => {
    const err = optionError(() => combine({ parts: {} }));
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.issues).toEqual([expect.objectContaining({ path: ['parts'], message: expect.stringMatching(/at least one/) })]);
  });

  it('rejects bad weights, non-scorers and malformed parts, naming each path', () => {
    const err = optionError(() =>
      combine({ parts: { neg: [degree(), -1], nan: [degree(), Number.NaN], str: [degree(), '2' as never], no: [{} as Scorer, 1], short: [degree()] as never } }),
    );
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.issues.map((i) => i.path)).toEqual([
      ['parts', 'neg', 1],
      ['parts', 'nan', 1],
      ['parts', 'str', 1],
      ['parts', 'no', 0],
      ['parts', 'short'],
    ]);
  });

  it('rejects weights that are all 0', () => {
    expect(optionError(() => combine({ parts: { a: [degree(), 0] } })).issues[0]).toMatchObject({ path: ['parts'], message: expect.stringMatching(/all be 0/) });
  });

  it('rejects an unknown normalizer or aggregate and unknown options', () => {
    const err = optionError(() => combine({ parts: { a: [degree(), 1] }, normalize: 'rank' as never, aggregate: 'median' as never, weights: 1 } as never));
    expect(err.issues.map((i) => i.path)).toEqual(expect.arrayContaining([['normalize'], ['aggregate'], []]));
  });

  it.each(['zscore', 'log', 'robust'] as const)('rejects geometric/harmonic means and scale with unbounded normalizer %s', (normalizer) => {
    for (const aggregate of ['geometric', 'harmonic'] as const) {
      expect(optionError(() => combine({ parts: { a: [degree(), 1] }, normalize: normalizer, aggregate })).issues[0].path).toEqual(['aggregate']);
    }
    expect(optionError(() => combine({ parts: { a: [degree(), 1] }, normalize: normalizer, scale: [0, 100] })).issues[0].path).toEqual(['scale']);
  });

  it('rejects a scale whose low end is not below its high end', () => {
    expect(optionError(() => combine({ parts: { a: [degree(), 1] }, scale: [100, 0] })).issues[0].path).toEqual(['scale']);
    expect(optionError(() => combine({ parts: { a: [degree(), 1] }, scale: [0, Infinity] })).issues[0].path).toEqual(['scale', 1]);
  });

  it('declares [0, 1] for bounded normalizers and the whole line otherwise', () => {
    for (const n of NORMALIZERS) {
      const c = combine({ parts: { a: [degree(), 1] }, normalize: n });
      expect(c.range).toEqual(n === 'percentile' || n === 'minmax' ? [0, 1] : [-Infinity, Infinity]);
      expect(c.higherIsBetter).toBe(true);
    }
  });
});

function close(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 14));
}
