import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { combine, degree, explain, InfluenceScoreError, pagerank, precomputed, type Scorer } from '../../src/index.js';
import { loadNetwork } from '../helpers/networks.js';

const keys = ['a', 'b', 'c', 'd'];
function abcd(): Graph {
  const g = new Graph();
  for (const k of keys) g.addNode(k);
  return g;
}
const given = (name: string, values: number[]): Scorer => precomputed(name, new Map(values.map((v, i) => [keys[i], v])));
// minmax: x → [0, 0.25, 1, 0.5], y → [1, 0.5, 0.25, 0]
const parts = { x: [given('x', [0, 1, 4, 2]), 1], y: [given('y', [4, 2, 1, 0]), 3] } as const;

describe('explain', () => {
  it('arithmetic: contributions are scaled points wᵢ·xᵢ·(high − low) summing to score − low', () => {
    const v = combine({ parts, normalize: 'minmax', scale: [10, 110] }).score(abcd());
    const e = explain(v, 'b');
    expect(e).toMatchObject({ node: 'b', aggregate: 'arithmetic', normalize: 'minmax', scale: [10, 110] });
    expect(e.parts.map((p) => p.name)).toEqual(['x', 'y']);
    expect(e.parts[0]).toMatchObject({ weight: 0.25, value: 0.25, raw: 1 });
    expect(e.parts[0].contribution).toBeCloseTo(100 * 0.25 * 0.25, 12);
    expect(e.parts[1].contribution).toBeCloseTo(100 * 0.75 * 0.5, 12);
    expect(10 + e.parts[0].contribution + e.parts[1].contribution).toBeCloseTo(e.score, 12);
    expect(e.parts[0].share).toBeCloseTo(6.25 / 43.75, 12);
    expect(e.parts[0].share + e.parts[1].share).toBeCloseTo(1, 12);
  });

  it('arithmetic with signed z-scores: shares are signed and their magnitudes sum to 1', () => {
    const v = combine({ parts, normalize: 'zscore' }).score(abcd());
    const e = explain(v, 'c');
    expect(e.parts[0].contribution + e.parts[1].contribution).toBeCloseTo(e.score, 12);
    expect(Math.abs(e.parts[0].share) + Math.abs(e.parts[1].share)).toBeCloseTo(1, 12);
    expect(Math.sign(e.parts[1].share)).toBe(Math.sign(e.parts[1].value));
  });

  it('geometric: contributions are log-penalties wᵢ·ln xᵢ with exp(Σ) equal to the score', () => {
    const v = combine({ parts, normalize: 'minmax', aggregate: 'geometric', scale: [0, 100] }).score(abcd());
    const e = explain(v, 'b');
    expect(e.parts[0].contribution).toBeCloseTo(0.25 * Math.log(0.25), 12);
    expect(100 * Math.exp(e.parts[0].contribution + e.parts[1].contribution)).toBeCloseTo(e.score, 10);
    expect(e.parts[0].share + e.parts[1].share).toBeCloseTo(1, 12);
  });

  it('harmonic: contributions are reciprocal loads wᵢ/xᵢ with 1/Σ equal to the score', () => {
    const v = combine({ parts, normalize: 'minmax', aggregate: 'harmonic' }).score(abcd());
    const e = explain(v, 'c');
    expect(e.parts[1].contribution).toBeCloseTo(0.75 / 0.25, 12);
    expect(1 / (e.parts[0].contribution + e.parts[1].contribution)).toBeCloseTo(e.score, 12);
    // the weak part (y = 0.25) carries most of the load
    expect(e.parts[1].share).toBeGreaterThan(e.parts[0].share);
  });

  it('gives a 0 part an infinite penalty and the whole share, without NaN', () => {
    for (const aggregate of ['geometric', 'harmonic'] as const) {
      const e = explain(combine({ parts, normalize: 'minmax', aggregate }).score(abcd()), 'a');
      expect(e.score).toBe(0);
      expect(e.parts[0].contribution).toBe(aggregate === 'geometric' ? -Infinity : Infinity);
      expect(e.parts.map((p) => p.share)).toEqual([1, 0]);
    }
  });

  it('explains nested composites recursively', () => {
    const karate = loadNetwork('karate');
    const inner = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] }, normalize: 'minmax', id: 'structure' });
    const v = combine({ parts: { structure: [inner, 1], audience: [degree({ normalized: false }), 1] } }).score(karate);
    const e = explain(v, '0');
    expect(e.parts[0].raw).toBe(inner.score(karate).get('0'));
    expect(e.parts[0].explanation).toEqual(explain(inner.score(karate), '0'));
    expect(e.parts[1].explanation).toBeUndefined();
    expect(e.parts[1].raw).toBe(16);
  });

  it('throws UNKNOWN_NODE for a node not in the vector', () => {
    const v = combine({ parts, normalize: 'minmax' }).score(abcd());
    expect(() => explain(v, 'zz')).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
  });

  it('throws INVALID_INPUT for a vector that is not a composite', () => {
    const err = (() => {
      try {
        explain(degree().score(abcd()), 'a');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InfluenceScoreError);
    expect((err as InfluenceScoreError).code).toBe('INVALID_INPUT');
  });
});
