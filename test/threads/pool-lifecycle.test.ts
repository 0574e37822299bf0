// The pool's lifecycle (issue #21, defect 5): a run never stays pending. Closing the pool under a run,
// a worker that exits or throws, and a closed pool each give a typed InfluenceScoreError; any number of
// concurrent runs share one listener per worker. The scripted worker (test/fixtures/workers) makes
// each case happen at a known point; the last tests use the built package's real worker.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubGraph } from '../helpers/hub-graph.js';
import { startPool } from '../../src/threads/pool.js';

const SCRIPTED = new URL('../fixtures/workers/scripted-worker.mjs', import.meta.url);

/** Runs `chunks` chunks of `kind` and returns the chunk indices the results carried, in arrival order. */
function run(pool: ReturnType<typeof startPool>, kind: string, chunks: number): Promise<number[]> {
  const got: number[] = [];
  return pool.runChunks(kind, {}, chunks, undefined, (chunk, result) => got.push(chunk, result as number)).then(() => got.filter((_, i) => i % 2 === 1));
}

describe('the pool settles every run (scripted worker)', () => {
  it('closing the pool rejects the runs in progress with POOL_CLOSED, and later runs too', async () => {
    const pool = startPool(2, SCRIPTED);
    const pending = [run(pool, 'hang', 4), run(pool, 'hang', 1)];
    const settled = Promise.allSettled(pending);
    await pool.close();
    await settled;
    for (const p of pending) await expect(p).rejects.toMatchObject({ name: 'InfluenceScoreError', code: 'POOL_CLOSED', message: expect.stringContaining('closed while hang was running') });
    await expect(run(pool, 'echo', 2)).rejects.toMatchObject({ code: 'POOL_CLOSED', message: expect.stringContaining('cannot run on it') });
  });

  it('a worker that exits mid-run rejects every run in progress with INTERNAL, and the next run gets fresh workers', async () => {
    const pool = startPool(2, SCRIPTED);
    try {
      const bystander = run(pool, 'hang', 3);
      bystander.catch(() => {}); // checked below, after the run that ends the worker
      await expect(run(pool, 'exit', 3)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('a worker thread exited (code 3)') });
      await expect(bystander).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^hang: a worker thread exited/) });
      expect((await run(pool, 'echo', 5)).sort()).toEqual([0, 1, 2, 3, 4]);
    } finally {
      await pool.close();
    }
  });

  it('a worker that throws rejects the run with INTERNAL naming the error', async () => {
    const pool = startPool(1, SCRIPTED);
    try {
      await expect(run(pool, 'throw', 2)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('a worker thread failed: boom') });
      expect(await run(pool, 'echo', 1)).toEqual([0]);
    } finally {
      await pool.close();
    }
  });

  it('20 concurrent runs each get their own results, with no MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error): void => void warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', listen);
    const pool = startPool(2, SCRIPTED);
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => run(pool, 'echo', 3 + i)));
      results.forEach((chunks, i) => expect(chunks.sort((a, b) => a - b)).toEqual(Array.from({ length: 3 + i }, (_, j) => j)));
      await new Promise((resolve) => setImmediate(resolve)); // process warnings are emitted on a later tick
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', listen);
      await pool.close();
    }
  });
});

type Lib = typeof import('../../src/index.js');
type NodeLib = typeof import('../../src/node.js');

describe('the pool settles every run (built package)', () => {
  let lib: Lib;
  let node: NodeLib;
  beforeAll(async () => {
    if (!existsSync(new URL('../../dist/worker.js', import.meta.url))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    lib = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Lib;
    node = (await import(new URL('../../dist/node.js', import.meta.url).href)) as NodeLib;
  });
  const warnings: string[] = [];
  const listen = (warning: Error): void => void warnings.push(`${warning.name}: ${warning.message}`);
  beforeAll(() => void process.on('warning', listen));
  afterAll(() => void process.off('warning', listen));

  it('20 concurrent betweenness runs on 2 threads: the values of the calling thread, and no warning', async () => {
    const pool = node.createThreadPool({ threads: 2 });
    try {
      const graphs = Array.from({ length: 20 }, (_, i) => hubGraph({ n: 150, m: 450, seed: i + 1, directed: i % 2 === 0, hubShare: 0.1, hubs: 5 }));
      const pooled = await Promise.all(graphs.map((g) => lib.betweenness().scoreAsync(g, { pool })));
      pooled.forEach((v, i) => expect(Array.from(v.values)).toEqual(Array.from(lib.betweenness().score(graphs[i]).values)));
      expect(pooled.every((v) => v.meta.params.threads === 2)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('closing the pool right after a run handed its chunks to the workers rejects the run with POOL_CLOSED', async () => {
    const pool = node.createThreadPool({ threads: 2 });
    const g = hubGraph({ n: 2000, m: 6000, seed: 3, directed: false, hubShare: 0.1, hubs: 10 });
    let closing: Promise<void> | undefined;
    // The pool as the run sees it: the first batch of chunks is dealt to the workers, then the pool is closed.
    const closesUnderTheRun = {
      size: pool.size,
      runChunks(...args: Parameters<typeof pool.runChunks>): Promise<void> {
        const running = pool.runChunks(...args);
        closing ??= pool.close();
        return running;
      },
    };
    await expect(lib.betweenness().scoreAsync(g, { pool: closesUnderTheRun })).rejects.toMatchObject({ name: 'InfluenceScoreError', code: 'POOL_CLOSED', message: expect.stringContaining('closed while') });
    expect(closing).toBeDefined();
    await closing;
  });
});
