import Graph from 'graphology';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  betweenness,
  bridging,
  closeness,
  combine,
  degree,
  evaluateAsync,
  harmonic,
  InfluenceScoreError,
  maximizeInfluence,
  maximizeInfluenceAsync,
  pagerank,
  rank,
  rankAsync,
  type Scorer,
  simulate,
  simulateAsync,
  spreadingPower,
  spreadingPowerAsync,
  trust,
  weakTieReach,
} from '../../src/index.js';
import { setPauseSlice } from '../../src/core/run.js';
import { hubGraph } from '../helpers/hub-graph.js';
import { rejection } from '../helpers/errors.js';

/** A seeded random graph with a few hubs, so every search has several levels. */
const randomGraph = (n: number, m: number, seed: number, directed = false): Graph =>
  hubGraph({ n, m, seed, directed, hubShare: 0.3, hubs: 8, prefix: 'n', attributes: (k) => ({ type: 'mention', time: 1_700_000_000_000 + k * 60_000 }) });

const graph = randomGraph(400, 1600, 7);
const directed = randomGraph(300, 1500, 11, true);

const scorers: [string, Scorer][] = [
  ['closeness', closeness()],
  ['weighted closeness', closeness({ weighted: true })],
  ['harmonic', harmonic()],
  ['betweenness', betweenness()],
  ['weighted betweenness', betweenness({ weighted: true })],
  ['approximate betweenness', betweenness({ approximate: { epsilon: 0.05, seed: 3 } })],
  ['bridging', bridging()],
  ['weak-tie reach', weakTieReach()],
  ['combine', combine({ parts: { c: [closeness(), 1], b: [betweenness(), 2] } })],
];

describe('scoreAsync', () => {
  it.each(scorers)('%s gives the same values as score', async (_name, scorer) => {
    for (const g of [graph, directed]) {
      const sync = scorer.score(g);
      const async = await scorer.scoreAsync(g);
      expect(Array.from(async.values)).toEqual(Array.from(sync.values));
      expect(async.keys).toEqual(sync.keys);
    }
  });

  describe('pausing at every checkpoint', () => {
    beforeEach(() => setPauseSlice(0));
    afterEach(() => setPauseSlice(10));

    it.each(scorers)('%s returns to the event loop before it is done, and an abort between slices rejects with ABORTED', async (_name, scorer) => {
      const controller = new AbortController();
      let finished = false;
      const pending = scorer.scoreAsync(graph, { signal: controller.signal }).then(() => {
        finished = true;
      });
      // scoreAsync has run its first slice and paused: nothing has completed yet.
      expect(finished).toBe(false);
      controller.abort();
      const error = await rejection(pending);
      expect(error).toBeInstanceOf(InfluenceScoreError);
      expect(error.code).toBe('ABORTED');
      expect(finished).toBe(false);
    });

    it('a timer fires while a run is in progress, and its abort rejects the run', async () => {
      const controller = new AbortController();
      const timerFired: number[] = [];
      let progress = 0;
      setTimeout(() => {
        timerFired.push(progress);
        controller.abort(new Error('timeout'));
      }, 1);
      const error = await rejection(
        betweenness().scoreAsync(randomGraph(3000, 12000, 5), { signal: controller.signal, onProgress: (done) => (progress = done) }),
      );
      expect(error.code).toBe('ABORTED');
      expect(timerFired).toHaveLength(1);
    });

    it('trust drives its signals and penalties asynchronously', async () => {
      const controller = new AbortController();
      const pending = trust().scoreAsync(graph, { signal: controller.signal });
      controller.abort();
      expect((await rejection(pending)).code).toBe('ABORTED');
    });

    it('simulateAsync, spreadingPowerAsync, maximizeInfluenceAsync and evaluateAsync pause and abort', async () => {
      const runs: (() => Promise<unknown>)[] = [];
      const controller = () => new AbortController();
      for (const start of [
        (signal: AbortSignal) => simulateAsync(graph, ['n0'], { runs: 2000, seed: 1 }, { signal }),
        (signal: AbortSignal) => spreadingPowerAsync(graph, { runs: 50, seed: 1 }, { signal }),
        (signal: AbortSignal) => maximizeInfluenceAsync(graph, 5, { method: 'imm', seed: 1 }, { signal }),
        (signal: AbortSignal) => maximizeInfluenceAsync(graph, 3, { method: 'celf', runs: 50, seed: 1 }, { signal }),
        (signal: AbortSignal) => evaluateAsync(graph, [degree(), pagerank()], { truth: { runs: 20, seed: 1 }, k: 5 }, { signal }),
      ]) {
        runs.push(async () => {
          const c = controller();
          const pending = start(c.signal);
          c.abort();
          expect((await rejection(pending)).code).toBe('ABORTED');
        });
      }
      for (const r of runs) await r();
    });
  });

  it('an abort from the progress callback rejects before the run completes', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await rejection(
      closeness().scoreAsync(graph, {
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push(done / total);
          controller.abort();
        },
      }),
    );
    expect(error.code).toBe('ABORTED');
    expect(seen[0]).toBeLessThan(1);
  });

  it('an already aborted signal rejects at once', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await rejection(betweenness().scoreAsync(graph, { signal: controller.signal }))).code).toBe('ABORTED');
  });
});

describe('composites with hand-written parts', () => {
  it('a copy of a scorer with its own score is called through that score, in score and in scoreAsync', async () => {
    const base = closeness();
    let calls = 0;
    const wrapped: Scorer = { ...base, score: (input, run) => (calls++, base.score(input, run)) };
    const composite = combine({ parts: { w: [wrapped, 1], d: [degree(), 1] } });
    const sync = composite.score(graph);
    const async = await composite.scoreAsync(graph);
    expect(calls).toBe(2);
    expect(Array.from(async.values)).toEqual(Array.from(sync.values));
  });

  it('a hand-written scorer with its own scoreAsync is awaited in an async composite', async () => {
    const base = harmonic();
    let asyncCalls = 0;
    const custom: Scorer = { ...base, score: (input, run) => base.score(input, run), scoreAsync: async (input, run) => (asyncCalls++, base.scoreAsync(input, run)) };
    const v = await combine({ parts: { h: [custom, 1], d: [degree(), 1] } }).scoreAsync(graph);
    expect(asyncCalls).toBe(1);
    expect(Array.from(v.values)).toEqual(Array.from(combine({ parts: { h: [base, 1], d: [degree(), 1] } }).score(graph).values));
  });
});

describe('async research entry points', () => {
  it('give the same results as the sync ones', async () => {
    const sim = simulate(graph, ['n0', 'n1'], { runs: 300, seed: 4 });
    const simA = await simulateAsync(graph, ['n0', 'n1'], { runs: 300, seed: 4 });
    expect(Array.from(simA.spreads)).toEqual(Array.from(sim.spreads));
    expect(simA.attempts).toBe(sim.attempts);
    const power = spreadingPower(graph, { runs: 20, sample: 30, seed: 2 });
    const powerA = await spreadingPowerAsync(graph, { runs: 20, sample: 30, seed: 2 });
    expect(Array.from(powerA.values)).toEqual(Array.from(power.values));
    const best = maximizeInfluence(graph, 4, { method: 'imm', seed: 9 });
    const bestA = await maximizeInfluenceAsync(graph, 4, { method: 'imm', seed: 9 });
    expect(bestA.seeds).toEqual(best.seeds);
    expect(bestA.spread.mean).toBe(best.spread.mean);
    expect(await rankAsync(graph, closeness(), { top: 5 })).toEqual(rank(graph, closeness(), { top: 5 }));
  });

  it('rankAsync validates its options like rank', async () => {
    expect((await rejection(rankAsync(graph, closeness(), { top: -1 }))).code).toBe('INVALID_OPTION');
  });
});
