/**
 * CELF's and IMM's progress, every call recorded (no 50 ms throttle), on the calling thread and on an
 * in-process pool that runs the registered chunk kinds and hands results back in a scrambled order:
 * one unit throughout (CELF: first-round estimates then picks, of n + k; IMM: RR sets drawn), done
 * never falls, and on the pool the units are the calling thread's.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { finishAsync, finishSync, type Resumable, type RunControl, type ThreadPool } from '../../src/core/run.js';
import { modelSchema } from '../../src/research/diffusion/model.js';
import { compilePropagation } from '../../src/research/diffusion/propagation.js';
import { celf } from '../../src/research/maximize/celf.js';
import { imm } from '../../src/research/maximize/imm.js';
import { CHUNK_KINDS } from '../../src/threads/kinds.js';
import { hubGraph } from '../helpers/hub-graph.js';

const randomGraph = (n: number, m: number, seed: number): Graph => hubGraph({ n, m, seed, directed: true, hubShare: 0.2, hubs: 5 });

/** Runs every chunk at once on this thread, then returns them odd chunks first, each half backwards. */
const inProcessPool: ThreadPool = {
  size: 2,
  async runChunks(name, data, chunks, _signal, onResult) {
    const kind = CHUNK_KINDS.get(name)!;
    const state = kind.setup(data as never);
    const control = recording([], false).control;
    const results = Array.from({ length: chunks }, (_, c) => finishSync(kind.run(state, c, control)));
    const order = [...Array(chunks).keys()].sort((a, b) => (a % 2 === b % 2 ? b - a : (b % 2) - (a % 2)));
    for (const c of order) {
      await Promise.resolve();
      onResult(c, results[c]);
    }
  },
};

function recording(calls: [number, number][], pooled: boolean): { control: RunControl } {
  const control: RunControl = {
    tick: (done, total) => {
      calls.push([done, total]);
      return false;
    },
    report: (done, total) => void calls.push([done, total]),
    finish: (total) => void calls.push([total, total]),
    check: () => {},
    pause: () => false,
    async: pooled,
    pool: pooled ? inProcessPool : undefined,
    signal: undefined,
  };
  return { control };
}

async function progressOf<T>(steps: (control: RunControl) => Resumable<T>, pooled: boolean): Promise<{ calls: [number, number][]; result: T }> {
  const calls: [number, number][] = [];
  const { control } = recording(calls, pooled);
  const result = pooled ? await finishAsync(steps(control), undefined, 'test') : finishSync(steps(control));
  return { calls, result };
}

function expectMonotone(calls: [number, number][], label: string): void {
  expect(calls.length, label).toBeGreaterThan(10);
  for (let i = 1; i < calls.length; i++) {
    expect(calls[i][0], `${label} call ${i}`).toBeGreaterThanOrEqual(calls[i - 1][0]);
    expect(calls[i][0] / calls[i][1], `${label} call ${i}`).toBeGreaterThanOrEqual(calls[i - 1][0] / calls[i - 1][1] - 1e-12);
  }
  for (const [done, total] of calls) expect(done, label).toBeLessThanOrEqual(total);
}

describe('progress of the influence maximizers', () => {
  const prop = compilePropagation(randomGraph(300, 1200, 4), modelSchema.parse({ type: 'ic', p: 0.1 }), undefined);

  it('CELF counts n first-round estimates then one per pick, of n + k, on the calling thread and on a pool', async () => {
    const k = 6;
    for (const pooled of [false, true]) {
      const { calls, result } = await progressOf((control) => celf(prop, k, 16, 3, control), pooled);
      const label = pooled ? 'pool' : 'calling thread';
      expectMonotone(calls, label);
      for (const [, total] of calls) expect(total, label).toBe(prop.n + k);
      // The first round reports inside [0, n), the picks beyond n, one unit each.
      expect(calls.some(([done]) => done > 0 && done < prop.n), label).toBe(true);
      expect(calls[calls.length - 1][0], label).toBe(prop.n + result.seeds.length);
    }
  });

  it('IMM counts RR sets drawn; its total grows with each new target and the share never falls', async () => {
    for (const reuse of [false, true]) {
      const runs = await Promise.all([false, true].map((pooled) => progressOf((control) => imm(prop, 4, 0.3, 1, 5, reuse, control), pooled)));
      for (const [i, { calls, result }] of runs.entries()) {
        const label = `${i === 1 ? 'pool' : 'calling thread'} reuse=${reuse}`;
        expectMonotone(calls, label);
        for (let j = 1; j < calls.length; j++) expect(calls[j][1], label).toBeGreaterThanOrEqual(calls[j - 1][1]);
        // Every drawn set is counted, in both phases.
        expect(Math.max(...calls.map(([d]) => d)), label).toBe(result.rrSetsDrawn);
        expect(result.rrSetsDrawn, label).toBeGreaterThan(2 * 2048);
      }
      expect(runs[1].result.seeds).toEqual(runs[0].result.seeds);
    }
  });
});
