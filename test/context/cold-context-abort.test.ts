import Graph from 'graphology';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { degree, evaluateAsync, getScoringContext, InfluenceScoreError, maximizeInfluenceAsync, pagerank, simulateAsync, spreadingPowerAsync } from '../../src/index.js';
import { contextBuildCount } from '../../src/context/context.js';
import { setPauseSlice } from '../../src/core/run.js';
import { createRng } from '../../src/core/rng.js';
import { rejection } from '../helpers/errors.js';

/** A seeded graph with enough edges that reading its records spans several checkpoints. */
function randomGraph(n: number, m: number, seed: number): Graph {
  const rng = createRng(seed);
  const g = new Graph({ type: 'directed', multi: true });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let k = 0; k < m; k++) g.addEdge(`n${rng.int(n)}`, `n${rng.int(n)}`, { weight: 1 + rng.int(3), type: k % 2 ? 'share' : 'follow' });
  return g;
}

const base = randomGraph(2000, 20_000, 3);

describe('scoreAsync on a graph whose context is not cached yet', () => {
  beforeEach(() => setPauseSlice(0));
  afterEach(() => setPauseSlice(10));

  it('pauses while the context is built, so an abort between slices rejects with ABORTED and caches nothing', async () => {
    // degree computes in one go: every pause of this run is one of the context build's.
    const graph = base.copy();
    const controller = new AbortController();
    const builds = contextBuildCount();
    let finished = false;
    const pending = degree({ direction: 'in', weighted: true }).scoreAsync(graph, { signal: controller.signal }).then(() => {
      finished = true;
    });
    // The first slice has run and the build has paused: no context exists yet.
    expect(finished).toBe(false);
    expect(contextBuildCount()).toBe(builds);
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect(error.code).toBe('ABORTED');
    // The abandoned build left nothing in the cache: the next read builds the whole context once.
    expect(contextBuildCount()).toBe(builds);
    const ctx = getScoringContext(graph);
    expect(contextBuildCount()).toBe(builds + 1);
    expect(ctx.edges.length).toBe(20_000);
    expect(getScoringContext(graph)).toBe(ctx);
  });

  it('pauses between reading the records, applying the view and building the CSR, and gives the values of score', async () => {
    const graph = base.copy();
    let pauses = 0;
    const scorer = pagerank({ view: { relations: ['share'] } });
    const pending = scorer.scoreAsync(graph);
    // Count the macrotasks the run gives away before it settles.
    let settled = false;
    void pending.then(() => (settled = true));
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      pauses++;
    }
    const async = await pending;
    // 20,000 records: a checkpoint every 4,096 (4 pauses), then one before applying the view and one before the CSR.
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(Array.from(async.values)).toEqual(Array.from(scorer.score(base.copy()).values));
  });

  it.each([
    ['simulateAsync', (g: Graph, signal: AbortSignal) => simulateAsync(g, ['n0'], { runs: 10, seed: 1 }, { signal })],
    ['spreadingPowerAsync', (g: Graph, signal: AbortSignal) => spreadingPowerAsync(g, { runs: 2, sample: 5, seed: 1 }, { signal })],
    ['maximizeInfluenceAsync', (g: Graph, signal: AbortSignal) => maximizeInfluenceAsync(g, 2, { method: 'imm', seed: 1 }, { signal })],
    ['evaluateAsync', (g: Graph, signal: AbortSignal) => evaluateAsync(g, [degree()], { truth: { runs: 2, sample: 5, seed: 1 }, k: 2 }, { signal })],
  ] as const)('%s pauses inside a cold context build too, and its abort caches nothing', async (_name, start) => {
    const graph = base.copy();
    const controller = new AbortController();
    const builds = contextBuildCount();
    const pending = start(graph, controller.signal);
    expect(contextBuildCount()).toBe(builds);
    controller.abort();
    expect((await rejection(pending)).code).toBe('ABORTED');
    expect(contextBuildCount()).toBe(builds);
  });

  it('reads the graph again when it changes while a build is paused, and caches only the complete context', async () => {
    const graph = base.copy();
    const pending = degree({ direction: 'in' }).scoreAsync(graph);
    // The build has paused mid-read; an edge arrives meanwhile.
    graph.addEdge('n0', 'n1', { type: 'follow' });
    const vector = await pending;
    const fresh = degree({ direction: 'in' }).score(graph.copy());
    expect(Array.from(vector.values)).toEqual(Array.from(fresh.values));
    expect(getScoringContext(graph).edges.length).toBe(20_001);
  });
});
