// Thread-count invariance of the sampled methods: IMM's reverse-reachable sets, CELF's estimates and
// approximate betweenness give the same answers on the calling thread (sync and async) and on pools
// of 1, 2 and 3 threads. Like threads.test.ts, it runs the built package (dist/), because worker
// threads run the built worker entry.
import { existsSync } from 'node:fs';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubGraph } from '../helpers/hub-graph.js';
import { withSteppingClock } from '../helpers/stepping-clock.js';

type Lib = typeof import('../../src/index.js');
type NodeLib = typeof import('../../src/node.js');
type Pool = ReturnType<NodeLib['createThreadPool']>;

const distIndex = new URL('../../dist/index.js', import.meta.url);
const distNode = new URL('../../dist/node.js', import.meta.url);

/** A seeded graph with a heavy tail: a share `hubShare` of the edges point to the first 10 nodes. */
const randomGraph = (n: number, m: number, seed: number, directed: boolean, hubShare = 0.2): Graph => hubGraph({ n, m, seed, directed, hubShare, hubs: 10 });

const bits = (v: ArrayLike<number>): string[] => Array.from(v, (x) => x.toString(36));

/**
 * Everything a maximization reports except the thread count, the time and IMM's peak memory (a
 * pool also holds the chunks that arrive ahead of their turn, so that peak can only be higher).
 */
function answer(r: Awaited<ReturnType<Lib['maximizeInfluenceAsync']>>): unknown {
  const { threads: _threads, memoryBytes: _memoryBytes, ...details } = r.details as Record<string, unknown>;
  return { seeds: r.seeds, spread: r.spread, details };
}

describe('sampled methods: the same answers on 1, 2 and 3 threads and without a pool', () => {
  let lib: Lib;
  let pools: [number, Pool][] = [];

  beforeAll(async () => {
    if (!existsSync(distIndex) || !existsSync(new URL('../../dist/worker.js', import.meta.url))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    lib = (await import(distIndex.href)) as Lib;
    const node = (await import(distNode.href)) as NodeLib;
    pools = [1, 2, 3].map((threads) => [threads, node.createThreadPool({ threads })]);
  });
  afterAll(async () => {
    await Promise.all(pools.map(([, p]) => p.close()));
  });

  // 4 graphs (2 sizes × 2 densities, directed and undirected alternating) × 2 seeds = 8 cases per
  // model, IC and LT; each compared across sync and pools of 1, 2 and 3 (and async without a pool
  // for seed 1).
  // LT's spreads are larger, so it needs a smaller epsilon to draw several chunks of RR sets.
  const graphCases = [80, 240].flatMap((n, i) => [2, 5].map((density, j) => ({ n, density, directed: (i + j) % 2 === 0, graphSeed: 10 * i + j + 1 })));

  it.each(['ic', 'lt'] as const)('IMM (%s): seeds, RR-set figures and the spread are identical for 8 graph-seed cases', async (type) => {
    let pooledChunks = 0;
    for (const { n, density, directed, graphSeed } of graphCases) {
      const g = randomGraph(n, n * density, graphSeed, directed);
      for (const seed of [1, 7]) {
        const options = { method: 'imm' as const, model: type === 'ic' ? { type: 'ic' as const, p: 0.1 } : ('lt' as const), epsilon: type === 'ic' ? 0.4 : 0.15, seed, evaluationRuns: 64 };
        const sync = lib.maximizeInfluence(g, 3, options);
        const label = `n=${n} density=${density} directed=${directed} seed=${seed}`;
        if (seed === 1) expect(answer(await lib.maximizeInfluenceAsync(g, 3, options)), label).toEqual(answer(sync));
        for (const [threads, pool] of pools) {
          const pooled = await lib.maximizeInfluenceAsync(g, 3, options, { pool });
          expect(answer(pooled), `${label} threads=${threads}`).toEqual(answer(sync));
          expect(pooled.details.memoryBytes as number, label).toBeGreaterThanOrEqual(sync.details.memoryBytes as number);
          // A batch above one 2048-set chunk goes to the pool, and the result says so.
          if ((sync.details.rrSetsDrawn as number) > 4096) {
            expect(pooled.threads, label).toBe(threads);
            pooledChunks++;
          }
        }
        expect(sync.threads).toBe(1);
      }
    }
    // The cases really exercise the pool: most draw several chunks of RR sets per batch.
    expect(pooledChunks).toBeGreaterThanOrEqual(3 * 4);
  });

  it('IMM reusing the sampling phase sets is identical across thread counts too', async () => {
    const g = randomGraph(300, 900, 4, true);
    const options = { method: 'imm' as const, model: { type: 'ic' as const, p: 0.15 }, epsilon: 0.3, seed: 2, reuseRrSets: true, evaluationRuns: 50 };
    const sync = lib.maximizeInfluence(g, 4, options);
    for (const [, pool] of pools) expect(answer(await lib.maximizeInfluenceAsync(g, 4, options, { pool }))).toEqual(answer(sync));
  });

  it('CELF: picks, prefix spreads and estimate counts are identical for 4 graph-seed cases', async () => {
    for (const [n, seed] of [
      [40, 1],
      [50, 2],
      [80, 3],
      [100, 4],
    ]) {
      const g = randomGraph(n, 3 * n, seed, seed % 2 === 0);
      const options = { method: 'celf' as const, model: { type: 'ic' as const, p: 0.2 }, runs: 48, seed, evaluationRuns: 64 };
      const sync = lib.maximizeInfluence(g, 4, options);
      // More estimates than the first round: the lazy re-estimates ran too.
      expect(sync.details.evaluations as number).toBeGreaterThan(n);
      if (seed === 1) expect(answer(await lib.maximizeInfluenceAsync(g, 4, options))).toEqual(answer(sync));
      for (const [threads, pool] of pools) {
        const pooled = await lib.maximizeInfluenceAsync(g, 4, options, { pool });
        expect(answer(pooled), `n=${n} seed=${seed} threads=${threads}`).toEqual(answer(sync));
        expect([pooled.threads, pooled.details.threads]).toEqual([threads, threads]);
      }
    }
  });

  it('approximate betweenness: bit-identical values for 4 graph-seed cases, by sampling', async () => {
    for (const [n, seed, directed] of [
      [1500, 1, false],
      [1500, 2, true],
      [2500, 3, false],
      [2500, 4, true],
    ] as const) {
      const g = randomGraph(n, 2 * n, seed, directed, 0.05);
      const scorer = lib.betweenness({ approximate: { epsilon: 0.05, delta: 0.1, seed } });
      const sync = scorer.score(g);
      expect(sync.meta.params.method, `n=${n}`).toBe('sampling');
      expect(sync.meta.params.threads).toBe(1);
      if (seed === 1) expect(bits((await scorer.scoreAsync(g)).values)).toEqual(bits(sync.values));
      for (const [threads, pool] of pools) {
        const pooled = await scorer.scoreAsync(g, { pool });
        expect(bits(pooled.values), `n=${n} seed=${seed} threads=${threads}`).toEqual(bits(sync.values));
        expect(pooled.meta.params.threads).toBe(threads);
      }
    }
  });

  it('approximate betweenness falls back to exact the same way on a pool', async () => {
    const g = randomGraph(120, 1200, 9, false);
    const scorer = lib.betweenness({ approximate: { epsilon: 0.02, seed: 3 } });
    const sync = scorer.score(g);
    expect(sync.meta.params.method).toBe('exact');
    const pooled = await scorer.scoreAsync(g, { pool: pools[1][1] });
    expect(pooled.meta.params.method).toBe('exact');
    expect(bits(pooled.values)).toEqual(bits(sync.values));
  });

  it('aborting mid-sampling rejects with ABORTED, after progress was reported, and leaves the pool usable', async () => {
    const pool = pools[1][1];
    type Run = { signal: AbortSignal; onProgress: (d: number, t: number) => void; pool: Pool };
    const dense = randomGraph(3000, 12_000, 11, true);
    // Sparse with few hubs: sampling's 71,609 paths are predicted cheaper than exact, so it samples.
    const sparse = randomGraph(3000, 6000, 11, true, 0.05);
    for (const [name, start, sampledTotal] of [
      ['IMM', (run: Run) => lib.maximizeInfluenceAsync(dense, 20, { method: 'imm', model: { type: 'ic', p: 0.05 }, epsilon: 0.05, seed: 1 }, run), (_total: number) => true],
      ['approximate betweenness', (run: Run) => lib.betweenness({ approximate: { epsilon: 0.01, seed: 1 } }).scoreAsync(sparse, run), (total: number) => total > 3000],
    ] as const) {
      const controller = new AbortController();
      const reports: [number, number][] = [];
      // Abort at the first progress report that comes while the work is under way. The stepping clock
      // (50 ms a reading) makes every checkpoint report, so that report comes on any machine's speed.
      const pending = withSteppingClock<unknown>(50, () =>
        start({
          pool,
          signal: controller.signal,
          onProgress: (done, total) => {
            reports.push([done, total]);
            if (done > 0 && done < total) controller.abort();
          },
        }),
      );
      await expect(pending, name).rejects.toMatchObject({ code: 'ABORTED' });
      const under = reports.find(([done, total]) => done > 0 && done < total);
      expect(under, name).toBeDefined();
      // The abort came while sampling (betweenness counts samples, more than the 3000 sources exact would have).
      expect(sampledTotal(under![1]), `${name}: total ${under![1]}`).toBe(true);
    }
    // The workers dropped the aborted job and take the next one.
    const small = randomGraph(200, 600, 2, false);
    const opts = { method: 'imm' as const, model: { type: 'ic' as const, p: 0.1 }, epsilon: 0.3, seed: 5, evaluationRuns: 50 };
    expect(answer(await lib.maximizeInfluenceAsync(small, 2, opts, { pool }))).toEqual(answer(lib.maximizeInfluence(small, 2, opts)));
  });

  it('a pooled run reports progress up to its total', async () => {
    const g = randomGraph(2000, 4000, 12, false, 0.05);
    const reports: [number, number][] = [];
    await lib.betweenness({ approximate: { epsilon: 0.05, seed: 2 } }).scoreAsync(g, { pool: pools[1][1], onProgress: (d, t) => reports.push([d, t]) });
    expect(reports.length).toBeGreaterThan(0);
    const [lastDone, lastTotal] = reports[reports.length - 1];
    expect(lastDone).toBe(lastTotal);
    for (let i = 1; i < reports.length; i++) expect(reports[i][0] / reports[i][1]).toBeGreaterThanOrEqual(reports[i - 1][0] / reports[i - 1][1]);
  });
});

describe('the worker entry', () => {
  it('stops a chunk with ABORTED once the job\'s shared cancel flag is set, and runs it while unset', async () => {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(new URL('../../dist/worker.js', import.meta.url));
    try {
      const reply = (message: unknown): Promise<{ type: string; code?: string; result?: unknown }> =>
        new Promise((resolve) => {
          worker.once('message', resolve);
          worker.postMessage(message);
        });
      const n = 64;
      const forward = { offsets: Int32Array.from({ length: n + 1 }, (_, i) => i), targets: Int32Array.from({ length: n }, (_, i) => (i + 1) % n), prob: new Float64Array(n).fill(1), cut: new Float64Array(n).fill(2 ** 32) };
      const data = { n, model: { type: 'ic', probability: 'uniform', p: 1 }, uniform: 1, forward, seeds: Int32Array.of(0), runs: 8, seed: 1, perChunk: 8 };
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      worker.postMessage({ type: 'job', id: 1, kind: 'spreads', data, cancel });
      const ran = await reply({ type: 'chunk', id: 1, chunk: 0 });
      expect(ran.type).toBe('result');
      // A ring with p = 1: every run reaches all 64 nodes.
      expect(Array.from((ran.result as { values: Float64Array }).values)).toEqual(new Array(8).fill(64));
      Atomics.store(cancel, 0, 1);
      expect(await reply({ type: 'chunk', id: 1, chunk: 0 })).toMatchObject({ type: 'error', code: 'ABORTED' });
    } finally {
      await worker.terminate();
    }
  });
});
