// Progress of the pooled measures, from the built package (the pool loads dist/worker.js): on a pool
// and on the calling thread, every report is in the run's own units (one total throughout), the
// done count never goes back, and the last report is done = total. The runs read a stepping clock
// (50 ms a reading), so every checkpoint reports, on a fast machine, a slow one and under test:clock.
import { existsSync } from 'node:fs';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubGraph } from '../helpers/hub-graph.js';
import { withSteppingClock } from '../helpers/stepping-clock.js';

type Lib = typeof import('../../src/index.js');
type NodeLib = typeof import('../../src/node.js');
type Pool = ReturnType<NodeLib['createThreadPool']>;
type Run = { pool?: Pool; onProgress: (done: number, total: number) => void };

const distIndex = new URL('../../dist/index.js', import.meta.url);
const distNode = new URL('../../dist/node.js', import.meta.url);

const randomGraph = (n: number, m: number, seed: number, directed: boolean): Graph => hubGraph({ n, m, seed, directed, hubShare: 0.1, hubs: 10 });

/** Runs `start` and returns every progress report. */
async function reportsOf(start: (run: Run) => Promise<unknown>, pool?: Pool): Promise<[number, number][]> {
  const reports: [number, number][] = [];
  await start({ ...(pool ? { pool } : {}), onProgress: (done, total) => reports.push([done, total]) });
  return reports;
}

describe('progress on a pool and on the calling thread', () => {
  let lib: Lib;
  let pool: Pool;

  beforeAll(async () => {
    if (!existsSync(distIndex) || !existsSync(new URL('../../dist/worker.js', import.meta.url))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    lib = (await import(distIndex.href)) as Lib;
    pool = ((await import(distNode.href)) as NodeLib).createThreadPool({ threads: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  const cases: [string, (run: Run) => Promise<unknown>][] = [
    ['CELF', (run) => lib.maximizeInfluenceAsync(randomGraph(400, 1600, 1, true), 40, { method: 'celf', model: { type: 'ic', p: 0.1 }, runs: 64, seed: 1, evaluationRuns: 256 }, run)],
    ['IMM', (run) => lib.maximizeInfluenceAsync(randomGraph(2000, 8000, 2, true), 5, { method: 'imm', model: { type: 'ic', p: 0.05 }, epsilon: 0.1, seed: 2, evaluationRuns: 256 }, run)],
    ['exact betweenness', (run) => lib.betweenness().scoreAsync(randomGraph(2500, 7500, 3, false), run)],
  ];

  it.each(cases)('%s: one total, done never falls, ends at done = total, on 2 threads and without a pool', async (name, start) => {
    for (const pooled of [true, false]) {
      const reports = await withSteppingClock(50, () => reportsOf(start, pooled ? pool : undefined));
      const label = `${name} ${pooled ? 'pool' : 'calling thread'}: ${JSON.stringify(reports)}`;
      // Enough reports to see the order: the first comes at once, then one per checkpoint (every 50 ms of the stepping clock), then the final one.
      expect(reports.length, label).toBeGreaterThanOrEqual(3);
      const total = reports[0][1];
      for (const [done, t] of reports) {
        expect(t, label).toBe(total);
        expect(done, label).toBeGreaterThanOrEqual(0);
        expect(done, label).toBeLessThanOrEqual(total);
      }
      for (let i = 1; i < reports.length; i++) expect(reports[i][0], label).toBeGreaterThanOrEqual(reports[i - 1][0]);
      expect(reports[reports.length - 1], label).toEqual([total, total]);
    }
  });
});
