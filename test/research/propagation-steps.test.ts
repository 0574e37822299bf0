import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { getScoringContext } from '../../src/index.js';
import { createRng } from '../../src/core/rng.js';
import { modelSchema } from '../../src/research/diffusion/model.js';
import { compilePropagation, propagationSteps } from '../../src/research/diffusion/propagation.js';

// 100k arcs: more than one pause's worth (65,536 entries) in every loop of the compilation.
const rng = createRng(11);
const graph = new MultiDirectedGraph();
for (let i = 0; i < 5000; i++) graph.addNode(`n${i}`);
for (let k = 0; k < 100_000; k++) graph.addEdge(`n${rng.int(5000)}`, `n${rng.int(5000)}`, { weight: 1 + rng.int(4) });
const ctx = getScoringContext(graph);

/** Entries that differ (Object.is), or -1 when the lengths differ; vitest's deep equality is slow on 100k-entry arrays. */
function differences(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return -1;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) d++;
  return d;
}

describe('compiling a diffusion model in slices', () => {
  it.each([
    ['IC, uniform', modelSchema.parse({ type: 'ic', p: 0.05 })],
    ['weighted cascade', modelSchema.parse({ type: 'ic', probability: 'weighted-cascade' })],
    ['LT, weighted', modelSchema.parse({ type: 'lt', weights: 'weighted' })],
  ])('%s: pauses every 65,536 entries and compiles the same arrays as in one go', (_name, model) => {
    const whole = compilePropagation(ctx, model, undefined);
    let pauses = 0;
    const steps = propagationSteps(ctx, model, () => true);
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const sliced = step.value;
    // The two cut loops alone cross 65,536 entries at least twice over ~2 × 100k entries.
    expect(pauses).toBeGreaterThanOrEqual(2);
    for (const side of ['forward', 'reverse'] as const) {
      expect(differences(sliced[side].prob, whole[side].prob), side).toBe(0);
      expect(differences(sliced[side].cut, whole[side].cut), side).toBe(0);
    }
  });

  it('never pauses when pause says no', () => {
    const steps = propagationSteps(ctx, modelSchema.parse({ type: 'lt' }), () => false);
    expect(steps.next().done).toBe(true);
  });
});
