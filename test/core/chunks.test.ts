/**
 * runChunks (src/core/chunks.ts) against a scripted pool that returns chunks in a chosen order:
 * results reach the reducer in chunk order as soon as their turn comes, only early arrivals wait,
 * and progress is in the run's units on both paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChunkKind, runChunks } from '../../src/core/chunks.js';
import { asyncRun, finishAsync, finishSync, runControl, type ThreadPool } from '../../src/core/run.js';

/** Chunk c holds `size(c)` copies of c; it ticks once per element, counted from the start of the batch. */
const PER_CHUNK = 4;
const kind: ChunkKind<{ count: number }, { count: number }, Int32Array> = {
  name: 'test-fill',
  setup: (data) => data,
  *run(data, chunk, control) {
    const from = chunk * PER_CHUNK;
    const to = Math.min(data.count, from + PER_CHUNK);
    for (let i = from; i < to; i++) if (control.tick(i, data.count)) yield;
    return new Int32Array(to - from).fill(chunk);
  },
};

/** A pool that runs every chunk on the spot, then hands the results back in `order`, recording when each arrived. */
function scriptedPool(order: number[], log: string[]): ThreadPool {
  return {
    size: 2,
    async runChunks(_kind, data, chunks, _signal, onResult) {
      const state = kind.setup(data as { count: number });
      const quiet = runControl(undefined, 'test');
      const results = Array.from({ length: chunks }, (_, c) => finishSync(kind.run(state, c, quiet)));
      for (const c of order) {
        await Promise.resolve();
        log.push(`arrive ${c}`);
        onResult(c, results[c]);
      }
      log.push('settled');
    },
  };
}

const chunksFor = (count: number): number => Math.ceil(count / PER_CHUNK);

describe('runChunks', () => {
  it('on a pool, reduces each chunk in order the moment its turn comes, holding only early arrivals (200 orders)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2 * PER_CHUNK + 1, max: 40 }).chain((count) => fc.tuple(fc.constant(count), fc.shuffledSubarray([...Array(chunksFor(count)).keys()], { minLength: chunksFor(count) }))), async ([count, order]) => {
        const log: string[] = [];
        const reduced: number[] = [];
        const steps = (function* () {
          const control = runControl(asyncRun({ pool: scriptedPool(order, log) }), 'test');
          return yield* runChunks(
            control,
            kind,
            { count },
            chunksFor(count),
            (c, part, waitingBytes) => {
              reduced.push(c);
              expect(Array.from(new Set(part))).toEqual([c]);
              // Waiting: the chunks that arrived before c's turn and are not reduced yet.
              const arrived = log.filter((l) => l.startsWith('arrive')).map((l) => Number(l.split(' ')[1]));
              const waiting = arrived.filter((a) => a > c);
              const bytes = waiting.reduce((s, w) => s + 4 * Math.min(PER_CHUNK, count - w * PER_CHUNK), 0);
              expect(waitingBytes).toBe(bytes);
              log.push(`reduce ${c}`);
            },
            { done: 0, perChunk: PER_CHUNK, count, total: count },
            (part) => part.byteLength,
          );
        })();
        expect(await finishAsync(steps, undefined, 'test')).toBe(2);
        expect(reduced).toEqual([...order].sort((a, b) => a - b));
        // Chunk c is reduced once c and every chunk before it are in, before anything else arrives: never at the end.
        const position = (entry: string): number => log.indexOf(entry);
        for (let c = 0; c < order.length; c++) {
          const readyAt = Math.max(...Array.from({ length: c + 1 }, (_, x) => position(`arrive ${x}`)));
          const nextArrival = log.findIndex((l, i) => i > readyAt && (l.startsWith('arrive') || l === 'settled'));
          expect(position(`reduce ${c}`), `chunk ${c} in order ${order.join(',')}`).toBeGreaterThan(readyAt);
          expect(position(`reduce ${c}`), `chunk ${c} in order ${order.join(',')}`).toBeLessThan(nextArrival);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports progress in the run units on a pool and on the calling thread: offset by done, never past done + count, never back', async () => {
    for (const pooled of [false, true]) {
      const reports: [number, number][] = [];
      const run = { onProgress: (d: number, t: number) => reports.push([d, t]), ...(pooled ? { pool: scriptedPool([2, 0, 1, 4, 3], []) } : {}) };
      const steps = (function* () {
        const control = runControl(asyncRun(run), 'test');
        yield* runChunks(control, kind, { count: 18 }, 5, () => {}, { done: 100, perChunk: PER_CHUNK, count: 18, total: 130 });
        control.finish(130);
      })();
      await finishAsync(steps, undefined, 'test');
      expect(reports.length, `pooled ${pooled}`).toBeGreaterThan(1);
      for (const [d, t] of reports) {
        expect(t).toBe(130);
        expect(d).toBeGreaterThanOrEqual(100);
      }
      for (const [d] of reports.slice(0, -1)) expect(d).toBeLessThanOrEqual(118);
      for (let i = 1; i < reports.length; i++) expect(reports[i][0]).toBeGreaterThanOrEqual(reports[i - 1][0]);
    }
  });
});
