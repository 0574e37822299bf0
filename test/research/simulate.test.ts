import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/research/simulate.js';
import { loadNetwork } from '../helpers/networks.js';

/** a follows b, b follows c: influence flows c → b → a. */
function chain(): Graph {
  const g = new Graph({ type: 'directed' });
  g.mergeEdge('a', 'b');
  g.mergeEdge('b', 'c');
  return g;
}

describe('simulate: direction of influence', () => {
  it('lets a followed node activate its followers and never the reverse (3-node directed chain)', () => {
    const g = chain();
    const certain = { model: { type: 'ic', p: 1 } as const, runs: 5 };
    expect(simulate(g, ['c'], certain).mean).toBe(3); // c activates its follower b, b activates a
    expect(simulate(g, ['b'], certain).mean).toBe(2); // b reaches its follower a, not c whom it follows
    expect(simulate(g, ['a'], certain).mean).toBe(1); // nobody follows a
    for (const model of [{ type: 'lt' } as const, { type: 'sir', beta: 1 } as const, { type: 'si', beta: 1, steps: 5 } as const]) {
      expect(simulate(g, ['c'], { model, runs: 5 }).mean).toBe(3);
      expect(simulate(g, ['a'], { model, runs: 5 }).mean).toBe(1);
    }
  });

  it('treats undirected edges as working both ways', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(simulate(g, ['a'], { model: { type: 'ic', p: 1 }, runs: 3 }).mean).toBe(3);
  });
});

describe('simulate: models and statistics', () => {
  const karate = loadNetwork('karate');

  it('agrees with the independent Python IC reference on karate (p = 0.1) within 3 standard errors', () => {
    const ref = JSON.parse(readFileSync(new URL('../fixtures/ic-karate.json', import.meta.url), 'utf8')) as {
      results: { seeds: string[]; mean: number; stdError: number }[];
    };
    for (const r of ref.results) {
      const ours = simulate(karate, r.seeds, { model: { type: 'ic', p: 0.1 }, runs: 40_000, seed: 11 });
      const se = Math.hypot(ours.stdError, r.stdError);
      expect(Math.abs(ours.mean - r.mean), `seeds ${r.seeds.join(',')}: ours ${ours.mean} ± ${ours.stdError}, ref ${r.mean} ± ${r.stdError}`).toBeLessThan(3 * se);
    }
  });

  it('is reproducible: same seed, same per-run spreads; another seed, other runs', () => {
    const a = simulate(karate, ['0'], { runs: 200, seed: 5 });
    const b = simulate(karate, ['0'], { runs: 200, seed: 5 });
    const c = simulate(karate, ['0'], { runs: 200, seed: 6 });
    expect(Array.from(a.spreads)).toEqual(Array.from(b.spreads));
    expect(Array.from(a.spreads)).not.toEqual(Array.from(c.spreads));
  });

  it('reports mean, standard error and a 95% interval consistent with the per-run spreads', () => {
    const r = simulate(karate, ['0', '33'], { runs: 500, seed: 1 });
    const mean = r.spreads.reduce((s, x) => s + x, 0) / r.runs;
    expect(r.mean).toBeCloseTo(mean, 12);
    expect(r.ci[0]).toBeCloseTo(r.mean - 1.959963984540054 * r.stdError, 8);
    expect(r.ci[1]).toBeCloseTo(r.mean + 1.959963984540054 * r.stdError, 8);
    expect(r.attempts).toBeGreaterThan(0);
  });

  it('makes SIR with gamma = 1 agree with IC at p = beta (Kitsak setting)', () => {
    const ic = simulate(karate, ['0'], { model: { type: 'ic', p: 0.2 }, runs: 20_000, seed: 2 });
    const sir = simulate(karate, ['0'], { model: { type: 'sir', beta: 0.2, gamma: 1 }, runs: 20_000, seed: 3 });
    expect(Math.abs(ic.mean - sir.mean)).toBeLessThan(3 * Math.hypot(ic.stdError, sir.stdError));
  });

  it('spreads further in SIR when recovery is slower', () => {
    const fast = simulate(karate, ['0'], { model: { type: 'sir', beta: 0.1, gamma: 1 }, runs: 5000 });
    const slow = simulate(karate, ['0'], { model: { type: 'sir', beta: 0.1, gamma: 0.3 }, runs: 5000 });
    expect(slow.mean).toBeGreaterThan(fast.mean + 5 * Math.hypot(fast.stdError, slow.stdError));
  });

  it('stops SI after the step limit: a path with beta = 1 infects exactly steps + 1 nodes', () => {
    const path = new Graph({ type: 'undirected' });
    for (let i = 0; i < 10; i++) path.mergeEdge(String(i), String(i + 1));
    expect(simulate(path, ['0'], { model: { type: 'si', beta: 1, steps: 4 }, runs: 3 }).mean).toBe(5);
  });

  it('uses per-edge probabilities from an attribute, combining parallel edges as 1 − Π(1 − p)', () => {
    const g = new Graph({ type: 'directed', multi: true });
    for (const v of ['a', 'b', 'c', 'd']) g.addNode(v);
    g.addEdge('a', 'b', { probability: 0.5 });
    g.addEdge('a', 'b', { probability: 0.5 });
    g.addEdge('c', 'b', { probability: 0 });
    const r = simulate(g, ['b'], { model: { type: 'ic', probability: 'attribute' }, runs: 40_000, seed: 9 });
    // a is activated with 1 − 0.5² = 0.75, c never.
    expect(Math.abs(r.mean - 1.75)).toBeLessThan(4 * r.stdError);
    g.addEdge('d', 'b');
    expect(() => simulate(g, ['b'], { model: { type: 'ic', probability: 'attribute' } })).toThrow(/no probability/);
  });

  it('weights the cascade by 1 / (number of nodes that can activate the target)', () => {
    // x follows three accounts; one of them, s, is the seed: x is activated with probability 1/3.
    const g = new Graph({ type: 'directed' });
    for (const v of ['s', 't', 'u']) g.mergeEdge('x', v);
    const r = simulate(g, ['s'], { model: { type: 'ic', probability: 'weighted-cascade' }, runs: 40_000, seed: 4 });
    expect(Math.abs(r.mean - 4 / 3)).toBeLessThan(4 * r.stdError);
  });

  it('activates an LT node once enough of the accounts it follows are active', () => {
    // x follows s and t with uniform weights 1/2 each: both seeds active → weight 1 ≥ any threshold.
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('x', 's');
    g.mergeEdge('x', 't');
    expect(simulate(g, ['s', 't'], { model: 'lt', runs: 50 }).mean).toBe(3);
    const one = simulate(g, ['s'], { model: 'lt', runs: 40_000, seed: 8 });
    expect(Math.abs(one.mean - 1.5)).toBeLessThan(4 * one.stdError); // P(θ ≤ 1/2) = 1/2
  });

  it('names unknown seeds and rejects bad options', () => {
    expect(() => simulate(karate, ['0', 'nobody'])).toThrow(/nobody/);
    expect(() => simulate(karate, ['0'], { model: { type: 'ic', p: 2 } })).toThrow(/Invalid options/);
    expect(() => simulate(karate, ['0'], { model: { type: 'sir' } as never })).toThrow(/Invalid options/);
  });

  it('aborts through the signal', () => {
    const ac = new AbortController();
    ac.abort();
    expect(() => simulate(karate, ['0'], { runs: 10 }, { signal: ac.signal })).toThrow(/aborted/);
  });
});
