import { describe, expect, it } from 'vitest';
import { combine, degree, evaluate, type Scorer, type ScoreVector } from '../../src/index.js';
import { loadNetwork } from '../helpers/networks.js';

/** A spread copy of a library scorer whose `score` and `scoreAsync` count their calls. */
function counted(scorer: Scorer): { scorer: Scorer; calls: () => number } {
  let calls = 0;
  const note = (v: ScoreVector): ScoreVector => {
    calls++;
    return v;
  };
  return {
    scorer: { ...scorer, score: (input, run) => note(scorer.score(input, run)), scoreAsync: async (input, run) => note(await scorer.scoreAsync(input, run)) },
    calls: () => calls,
  };
}

describe('a scorer copied by spreading with its own score', () => {
  const graph = loadNetwork('karate');

  it('is run through its own score by combine, sync and async', async () => {
    const part = counted(degree());
    const composite = combine({ parts: { degree: [part.scorer, 1] } });
    composite.score(graph);
    expect(part.calls()).toBe(1);
    await composite.scoreAsync(graph);
    expect(part.calls()).toBe(2);
  });

  it('is run through its own score by evaluate', () => {
    const part = counted(degree());
    evaluate(graph, { degree: part.scorer }, { truth: { model: { type: 'sir', beta: 0.2 }, runs: 2, seed: 1 }, k: 3, spread: { runs: 2, seed: 1 } });
    expect(part.calls()).toBe(1);
  });
});
