// Thread-count invariance: the built package (dist/, made by `npm run build`, which `npm test` runs
// first) because worker threads run the built worker entry.
import { existsSync } from 'node:fs';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubGraph } from '../helpers/hub-graph.js';

type Lib = typeof import('../../src/index.js');
type NodeLib = typeof import('../../src/node.js');

const distIndex = new URL('../../dist/index.js', import.meta.url);
const distNode = new URL('../../dist/node.js', import.meta.url);

const randomGraph = (n: number, m: number, seed: number, directed: boolean): Graph =>
  hubGraph({ n, m, seed, directed, hubShare: 0.2, hubs: 10, attributes: (_k, rng) => ({ weight: 1 + rng.int(4) }) });

const bits = (v: ArrayLike<number>): string[] => Array.from(v, (x) => x.toString(36)); // exact: Object.is up to -0 vs 0

describe('thread-count invariance', () => {
  let lib: Lib;
  let pools: { one: ReturnType<NodeLib['createThreadPool']>; two: ReturnType<NodeLib['createThreadPool']> };
  const graphs = [randomGraph(420, 1300, 1, false), randomGraph(400, 1500, 2, true)];

  beforeAll(async () => {
    if (!existsSync(distIndex) || !existsSync(new URL('../../dist/worker.js', import.meta.url))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    lib = (await import(distIndex.href)) as Lib;
    const node = (await import(distNode.href)) as NodeLib;
    pools = { one: node.createThreadPool({ threads: 1 }), two: node.createThreadPool({ threads: 2 }) };
  });
  afterAll(async () => {
    await pools?.one.close();
    await pools?.two.close();
  });

  const scorerCases: [string, (l: Lib) => ReturnType<Lib['closeness']>][] = [
    ['exact betweenness (BFS)', (l) => l.betweenness()],
    ['exact betweenness (Dijkstra)', (l) => l.betweenness({ weighted: true, distance: 'inverse' })],
    ['betweenness with endpoints, unnormalized', (l) => l.betweenness({ endpoints: true, normalized: false })],
    ['closeness (BFS)', (l) => l.closeness()],
    ['closeness (Dijkstra)', (l) => l.closeness({ weighted: true })],
    ['harmonic', (l) => l.harmonic()],
  ];

  it.each(scorerCases)('%s: 1 and 2 threads give bit-identical values, equal to the single-thread sync run', async (_name, make) => {
    for (const g of graphs) {
      const scorer = make(lib);
      const sync = scorer.score(g);
      const one = await scorer.scoreAsync(g, { pool: pools.one });
      const two = await scorer.scoreAsync(g, { pool: pools.two });
      expect(bits(one.values)).toEqual(bits(sync.values));
      expect(bits(two.values)).toEqual(bits(one.values));
      expect(sync.meta.params.threads).toBe(1);
      expect(one.meta.params.threads).toBe(1);
      expect(two.meta.params.threads).toBe(2);
    }
  });

  it('simulate: seeded runs are identical on 1 and 2 threads', async () => {
    const g = graphs[1];
    const opts = { runs: 300, seed: 5, model: { type: 'ic' as const, p: 0.2 } };
    const sync = lib.simulate(g, ['v0', 'v3'], opts);
    const one = await lib.simulateAsync(g, ['v0', 'v3'], opts, { pool: pools.one });
    const two = await lib.simulateAsync(g, ['v0', 'v3'], opts, { pool: pools.two });
    expect(bits(one.spreads)).toEqual(bits(sync.spreads));
    expect(bits(two.spreads)).toEqual(bits(one.spreads));
    expect([one.mean, one.attempts, two.threads]).toEqual([sync.mean, sync.attempts, 2]);
    expect(two.attempts).toBe(sync.attempts);
  });

  it('spreadingPower: identical on 1 and 2 threads', async () => {
    const g = graphs[0];
    const opts = { runs: 30, sample: 40, seed: 3, model: { type: 'sir' as const, beta: 0.1 } };
    const sync = lib.spreadingPower(g, opts);
    const two = await lib.spreadingPowerAsync(g, opts, { pool: pools.two });
    const one = await lib.spreadingPowerAsync(g, opts, { pool: pools.one });
    expect(bits(one.values)).toEqual(bits(sync.values));
    expect(bits(two.values)).toEqual(bits(one.values));
    expect(two.meta.params.threads).toBe(2);
  });

  it('evaluate and maximizeInfluence: identical leaderboards and seed sets on 1 and 2 threads', async () => {
    const g = graphs[0];
    const scorers = { degree: lib.degree(), closeness: lib.closeness() };
    const opts = { truth: { runs: 10, sample: 24, seed: 2 }, k: 5, spread: { runs: 130, seed: 4 } };
    const sync = lib.evaluate(g, scorers, opts);
    const two = await lib.evaluateAsync(g, scorers, opts, { pool: pools.two });
    expect(two.rows).toEqual(sync.rows);
    expect(two.truthSeedSet).toEqual(sync.truthSeedSet);
    const best = lib.maximizeInfluence(g, 3, { method: 'imm', seed: 8, evaluationRuns: 200 });
    const bestTwo = await lib.maximizeInfluenceAsync(g, 3, { method: 'imm', seed: 8, evaluationRuns: 200 }, { pool: pools.two });
    expect(bestTwo.seeds).toEqual(best.seeds);
    expect(bestTwo.spread).toEqual(best.spread);
    const celf = lib.maximizeInfluence(g, 2, { method: 'celf', runs: 20, seed: 3, evaluationRuns: 100 });
    const celfTwo = await lib.maximizeInfluenceAsync(g, 2, { method: 'celf', runs: 20, seed: 3, evaluationRuns: 100 }, { pool: pools.two });
    expect(celfTwo.seeds).toEqual(celf.seeds);
    expect(celfTwo.details.prefixSpreads).toEqual(celf.details.prefixSpreads);
    expect([celf.details.threads, celfTwo.details.threads]).toEqual([1, 2]);
  });

  it('a pool run rejects with ABORTED when the signal fires', async () => {
    const controller = new AbortController();
    const pending = lib.betweenness().scoreAsync(graphs[0], { pool: pools.two, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
