/**
 * bridging() and weakTieReach() (default: ties between Louvain communities) can be aborted while
 * Louvain runs, not only before or after it. The Louvain module is wrapped to count its pauses; with
 * a pause at every checkpoint (setPauseSlice(0)) the test aborts between two slices of Louvain
 * itself, without any wall-clock race.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridging, InfluenceScoreError, type Scorer, weakTieReach } from '../../../src/index.js';
import { setPauseSlice } from '../../../src/core/run.js';
import { communityGraph, graphologyGraph } from './community-graphs.js';

const louvainRuns = vi.hoisted(() => ({ entered: 0, finished: 0, pauses: 0 }));

vi.mock('../../../src/scorers/weak-ties/internal/louvain.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/scorers/weak-ties/internal/louvain.js')>();
  return {
    ...actual,
    *louvain(...args: Parameters<typeof actual.louvain>) {
      louvainRuns.entered++;
      const steps = actual.louvain(...args);
      let step = steps.next();
      while (!step.done) {
        louvainRuns.pauses++;
        step = steps.next(yield step.value);
      }
      louvainRuns.finished++;
      return step.value;
    },
  };
});

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// 1200-odd nodes, mean degree 16: about 20,000 adjacency entries, several checkpoints per level.
const { n, ties } = communityGraph({ seed: 4, groups: 12, minSize: 40, maxSize: 200, degree: 16, mixing: 0.2, weighted: false });
const graph = graphologyGraph(n, ties, false);

describe('an abort lands inside Louvain', () => {
  beforeEach(() => {
    setPauseSlice(0);
    Object.assign(louvainRuns, { entered: 0, finished: 0, pauses: 0 });
  });
  afterEach(() => setPauseSlice(10));

  it.each([
    ['bridging', () => bridging()],
    ['weak-communities bridging', () => bridging({ measure: 'weak-communities' })],
    ['weak-tie reach', () => weakTieReach()],
  ] as [string, () => Scorer][])('%s: aborted between two slices of Louvain, it rejects with ABORTED and Louvain never finishes', async (_name, make) => {
    const controller = new AbortController();
    const pending = make().scoreAsync(graph, { signal: controller.signal });
    pending.catch(() => undefined);
    for (let turn = 0; turn < 10_000 && louvainRuns.pauses < 3; turn++) await nextTurn();
    expect(louvainRuns).toMatchObject({ entered: 1, finished: 0 });
    expect(louvainRuns.pauses).toBe(3);
    controller.abort();
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InfluenceScoreError).code).toBe('ABORTED');
    expect(louvainRuns.finished).toBe(0);
  });

  it('run to its end, Louvain pauses at many checkpoints on the way, and gives the synchronous result', async () => {
    const asyncRun = await bridging().scoreAsync(graph);
    expect(louvainRuns.finished).toBe(1);
    expect(louvainRuns.pauses).toBeGreaterThanOrEqual(10);
    expect(Array.from(asyncRun.values)).toEqual(Array.from(bridging().score(graph).values));
  });
});
