import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { maximizeInfluence } from '../../src/research/maximize-influence.js';
import { simulate } from '../../src/research/simulate.js';
import { loadNetwork } from '../helpers/networks.js';

const lesmis = loadNetwork('lesmis');

describe('maximizeInfluence', () => {
  it('IMM seeds reach at least 97% of CELF spread on lesmis at k = 10 (IC p = 0.1)', () => {
    const model = { type: 'ic', p: 0.1 } as const;
    const celf = maximizeInfluence(lesmis, 10, { model, method: 'celf', runs: 500, seed: 1 });
    const imm = maximizeInfluence(lesmis, 10, { model, method: 'imm', epsilon: 0.1, seed: 1 });
    // Judge both sets on the same fresh 10 000 runs.
    const judge = (seeds: readonly string[]): number => simulate(lesmis, seeds, { model, runs: 10_000, seed: 99 }).mean;
    const ratio = judge(imm.seeds) / judge(celf.seeds);
    expect(ratio, `IMM/CELF = ${ratio}`).toBeGreaterThanOrEqual(0.97);
    expect(imm.seeds).toHaveLength(10);
    expect(new Set(imm.seeds).size).toBe(10);
    expect(imm.details.rrSets as number).toBeGreaterThan(0);
  });

  it("IMM's final selection draws fresh RR sets by default (Chen 2018), and reuses the sampling phase's on request", () => {
    const model = { type: 'ic', p: 0.1 } as const;
    const fresh = maximizeInfluence(lesmis, 5, { model, method: 'imm', seed: 3, evaluationRuns: 10 });
    const reused = maximizeInfluence(lesmis, 5, { model, method: 'imm', seed: 3, evaluationRuns: 10, reuseRrSets: true });
    const d = fresh.details as { rrSets: number; rrSetsDrawn: number; reuseRrSets: boolean };
    expect(d.reuseRrSets).toBe(false);
    // The sampling phase drew sets of its own, which the selection did not see.
    expect(d.rrSetsDrawn).toBeGreaterThan(d.rrSets);
    expect(reused.details.rrSetsDrawn).toBe(reused.details.rrSets);
    // Both collections have the size phase 2 asks for, from the same lower bound.
    expect(reused.details.lowerBound).toBe(fresh.details.lowerBound);
    expect(reused.details.rrSets).toBe(d.rrSets);
    // Same seed, same answer.
    expect(maximizeInfluence(lesmis, 5, { model, method: 'imm', seed: 3, evaluationRuns: 10 }).seeds).toEqual(fresh.seeds);
  });

  it('CELF picks the hub of a star first and reports monotone prefix spreads', () => {
    const g = new Graph({ type: 'directed' });
    for (let i = 0; i < 8; i++) g.mergeEdge(`f${i}`, 'hub'); // eight followers of the hub
    g.mergeEdge('x', 'y');
    const r = maximizeInfluence(g, 2, { model: { type: 'ic', p: 1 }, method: 'celf', runs: 4 });
    expect(r.seeds[0]).toBe('hub');
    // hub + its 8 followers, then y with its follower x.
    expect(r.seeds[1]).toBe('y');
    expect(r.spread.mean).toBe(11);
    expect(r.details.prefixSpreads).toEqual([9, 11]);
  });

  it('degree discount starts with the largest audience and discounts nodes a seed already reaches', () => {
    // b is followed by 5 accounts and by a; a by the same 5; c by 4 others. Once b is a seed, a
    // (whom b can activate) is discounted from 5 to 5 − 2 − 4·0.5 = 1, so c comes second.
    const g = new Graph({ type: 'directed' });
    for (let i = 0; i < 5; i++) {
      g.mergeEdge(`s${i}`, 'a');
      g.mergeEdge(`s${i}`, 'b');
    }
    g.mergeEdge('a', 'b');
    for (let i = 0; i < 4; i++) g.mergeEdge(`t${i}`, 'c');
    const r = maximizeInfluence(g, 2, { model: { type: 'ic', p: 0.5 }, method: 'degree-discount', evaluationRuns: 10 });
    expect(r.seeds).toEqual(['b', 'c']);
    expect(r.method).toBe('degree-discount');
  });

  it('IMM also runs LT, is reproducible, and refuses SIR with recovery below 1', () => {
    const a = maximizeInfluence(lesmis, 5, { model: 'lt', epsilon: 0.3, seed: 3, evaluationRuns: 200 });
    const b = maximizeInfluence(lesmis, 5, { model: 'lt', epsilon: 0.3, seed: 3, evaluationRuns: 200 });
    expect(a.seeds).toEqual(b.seeds);
    expect(a.spread.mean).toBe(b.spread.mean);
    expect(() => maximizeInfluence(lesmis, 3, { model: { type: 'sir', beta: 0.1, gamma: 0.5 } })).toThrow(/IMM supports/);
    expect(() => maximizeInfluence(lesmis, 0)).toThrow(/positive integer/);
  });
});
