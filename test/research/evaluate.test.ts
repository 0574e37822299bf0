import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { degree } from '../../src/scorers/centrality/degree.js';
import { pagerank } from '../../src/scorers/centrality/pagerank.js';
import { createScoreVector } from '../../src/core/score-vector.js';
import { evaluate } from '../../src/research/evaluate.js';
import { imprecision } from '../../src/research/imprecision.js';
import { simulate } from '../../src/research/simulate.js';
import { spreadingPower } from '../../src/research/spreading-power.js';
import { deriveSeed } from '../../src/core/rng.js';
import { loadNetwork } from '../helpers/networks.js';

const karate = loadNetwork('karate');

describe('imprecision (Kitsak ε)', () => {
  const truth = [10, 8, 6, 4, 2];
  it('is 0 for a perfect ranking and 1 − M_eff/M for a reversed one (hand computed: 1 − 6/18)', () => {
    expect(imprecision(truth, [5, 4, 3, 2, 1], 0.4)).toBe(0);
    expect(imprecision(truth, [1, 2, 3, 4, 5], 0.4)).toBeCloseTo(2 / 3, 14);
  });
  it('averages ties at the cut-off: a constant scorer gets the mean spreader (1 − 12/18)', () => {
    expect(imprecision(truth, [7, 7, 7, 7, 7], 0.4)).toBeCloseTo(1 / 3, 14);
    // top group {a, b} tied and fully inside the cut: exact.
    expect(imprecision(truth, [9, 9, 1, 1, 1], 0.4)).toBe(0);
  });
});

describe('spreadingPower', () => {
  it('gives each node the mean spread simulate() reports for it alone, with the derived stream', () => {
    const sp = spreadingPower(karate, { model: { type: 'ic', p: 0.1 }, runs: 50, seed: 3, nodes: ['5', '0', '33'] });
    expect(sp.keys).toEqual(['0', '5', '33']);
    for (const key of sp.keys) {
      const alone = simulate(karate, [key], { model: { type: 'ic', p: 0.1 }, runs: 50, seed: deriveSeed(3, Number(key)) });
      expect(sp.get(key)).toBe(alone.mean);
    }
    const extra = sp.meta.extra as { stdError: Float64Array };
    expect(extra.stdError[0]).toBeGreaterThan(0);
  });

  it('measures a reproducible random sample, reports progress in runs and honours abort', () => {
    const progress: number[] = [];
    const a = spreadingPower(karate, { runs: 20, sample: 10, seed: 9 }, { onProgress: (d, t) => progress.push(d / t) });
    const b = spreadingPower(karate, { runs: 20, sample: 10, seed: 9 });
    expect(a.keys).toHaveLength(10);
    expect(a.keys).toEqual(b.keys);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(progress.at(-1)).toBe(1);
    const ac = new AbortController();
    ac.abort();
    expect(() => spreadingPower(karate, { runs: 20 }, { signal: ac.signal })).toThrow(/aborted/);
    expect(() => spreadingPower(karate, { nodes: ['0'], sample: 3 })).toThrow(/either nodes or sample/);
  });

  it('ranks karate hubs highest under IC (degree and spreading power correlate)', () => {
    const sp = spreadingPower(karate, { model: { type: 'ic', p: 0.1 }, runs: 300, seed: 1 });
    const top = sp.top(2).map((r) => r.key).sort();
    expect(top).toEqual(['0', '33']);
    expect(sp.values.every((v) => v >= 1 && v <= 34)).toBe(true);
  });
});

describe('evaluate', () => {
  it('builds a leaderboard: tau, overlap, seed-set spread and ε per scorer, best tau first', () => {
    const truth = spreadingPower(karate, { model: { type: 'ic', p: 0.1 }, runs: 300, seed: 1 });
    const random = createScoreVector({
      keys: karate.nodes(),
      values: Float64Array.from(karate.nodes(), (_, i) => (i * 7919) % 34),
      meta: { scorer: 'arbitrary', params: {}, elapsedMs: 0, warnings: [], higherIsBetter: true, range: [0, 34] },
    });
    const board = evaluate(karate, [random, degree(), pagerank()], { truth, k: 3, spread: { runs: 500, seed: 4 } });
    expect(board.rows.map((r) => r.name)).toContain('arbitrary');
    const byName = new Map(board.rows.map((r) => [r.name, r]));
    const deg = byName.get('degree')!;
    const arb = byName.get('arbitrary')!;
    expect(deg.kendallTau).toBeGreaterThan(0.6);
    expect(deg.kendallTau).toBeGreaterThan(arb.kendallTau);
    expect(board.rows[0].kendallTau).toBeGreaterThanOrEqual(board.rows[1].kendallTau);
    expect(deg.seedSet.seeds).toEqual(degree().score(karate).top(3).map((r) => r.key));
    expect(deg.seedSet.mean).toBeGreaterThan(arb.seedSet.mean);
    expect(deg.imprecision.map((e) => e.fraction)).toEqual([0.01, 0.05, 0.1]);
    expect(deg.imprecision[0].epsilon).toBeGreaterThanOrEqual(0);
    // the degree seed set is simulated exactly as simulate() would, with the spread options
    const again = simulate(karate, deg.seedSet.seeds, { model: { type: 'ic', p: 0.1 }, runs: 500, seed: 4 });
    expect(deg.seedSet.mean).toBe(again.mean);
  });

  it('computes the truth itself from spreadingPower options and aligns sampled truths by key', () => {
    const board = evaluate(karate, { deg: degree() }, { truth: { model: { type: 'sir', beta: 0.15 }, runs: 50, sample: 12, seed: 2 }, k: 5, spread: { runs: 100 } });
    expect(board.truth.keys).toHaveLength(12);
    expect(board.spreadModel.type).toBe('sir');
    expect(board.rows[0].name).toBe('deg');
    expect(board.rows[0].topK.k).toBe(5);
    expect(board.truthSeedSet.seeds).toHaveLength(5);
  });

  it('rejects an empty scorer list and a scorer with no node in common with the truth', () => {
    const truth = spreadingPower(karate, { runs: 5, nodes: ['0'] });
    expect(() => evaluate(karate, [], { truth })).toThrow(/at least one scorer/);
    const other = new Graph();
    other.addNode('zz');
    expect(() => evaluate(karate, [degree().score(other)], { truth })).toThrow(/no node in common|shares no node/);
  });
});
