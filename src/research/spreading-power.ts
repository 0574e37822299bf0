/**
 * Spreading power (Kitsak et al. 2010, "Identification of influential spreaders in complex
 * networks", Nature Physics 6:888): the mean outbreak size when a node alone is the seed, by Monte
 * Carlo simulation of a diffusion model. The ground truth that scorers are evaluated against.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { createRng, deriveSeed } from '../core/rng.js';
import { type RunOptions, runControl } from '../core/run.js';
import type { ScoreInput } from '../scorers/scorer.js';
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';
import { createScratch, runOnce } from './diffusion/engine.js';
import { seedIndices } from './diffusion/estimate.js';
import { compilePropagation } from './diffusion/propagation.js';
import { monteCarloShape, type SimulateOptions } from './simulate.js';

const schema = z
  .object({
    ...monteCarloShape,
    runs: z.number().int().positive().default(100),
    nodes: z.array(z.string()).optional(),
    sample: z.number().int().positive().optional(),
  })
  .strict()
  .refine((o) => o.nodes === undefined || o.sample === undefined, { message: 'give either nodes or sample, not both', path: ['sample'] });

/** Options of {@link spreadingPower}. */
export interface SpreadingPowerOptions extends SimulateOptions {
  /** Monte Carlo runs per node. @defaultValue `100` */
  runs?: number;
  /** Measure only these nodes. @defaultValue every node (or a sample) */
  nodes?: string[];
  /** Measure a uniform random sample of this many nodes (drawn with `seed`). @defaultValue every node */
  sample?: number;
}

/** Per-node diagnostics in `meta.extra` of a spreading-power vector. */
export interface SpreadingPowerExtra {
  /** Standard error of each node's mean, index-aligned with `keys`. */
  readonly stdError: Float64Array;
  /** Edge activation attempts made in total. */
  readonly attempts: number;
  /** Number of nodes in the graph (the vector may cover a sample). */
  readonly graphNodes: number;
}

function pick(n: number, count: number, seed: number): Int32Array {
  const rng = createRng(deriveSeed(seed, 0x51ed));
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const size = Math.min(count, n);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, size).sort();
}

/**
 * Each node's spreading power: its mean outbreak size as the sole seed (seed counted). The vector's
 * keys are the measured nodes, in graph order; `meta.extra.stdError` holds each mean's standard error.
 *
 * @example
 * ```ts
 * const truth = spreadingPower(graph, { model: { type: 'sir', beta: 0.05 }, runs: 200, sample: 1000, seed: 1 });
 * truth.top(5);
 * ```
 */
export function spreadingPower(graph: ScoreInput, options: SpreadingPowerOptions = {}, run?: RunOptions): ScoreVector {
  const o = parseOptions(schema, options, 'spreadingPower');
  const control = runControl(run, 'spreadingPower');
  const started = performance.now();
  const prop = compilePropagation(graph, o.model, o.view);
  let nodes: Int32Array;
  if (o.nodes) nodes = seedIndices(prop, o.nodes, 'nodes').sort();
  else if (o.sample !== undefined) nodes = pick(prop.n, o.sample, o.seed);
  else nodes = Int32Array.from({ length: prop.n }, (_, i) => i);
  if (nodes.length === 0 && prop.n > 0) throw new InfluenceScoreError('INVALID_OPTION', 'spreadingPower needs at least one node', [{ path: ['nodes'], field: 'nodes', message: 'empty' }]);

  const scratch = createScratch(prop.n);
  const means = new Float64Array(nodes.length);
  const stdError = new Float64Array(nodes.length);
  const single = new Int32Array(1);
  const total = nodes.length * o.runs;
  for (let i = 0; i < nodes.length; i++) {
    single[0] = nodes[i];
    const stream = deriveSeed(o.seed, nodes[i]);
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < o.runs; r++) {
      control.tick(i * o.runs + r, total);
      const x = runOnce(prop, single, createRng(deriveSeed(stream, r)), scratch);
      sum += x;
      sumSq += x * x;
    }
    means[i] = sum / o.runs;
    stdError[i] = o.runs > 1 ? Math.sqrt(Math.max(0, (sumSq - (sum * sum) / o.runs) / (o.runs - 1)) / o.runs) : 0;
  }
  control.finish(total);
  const extra: SpreadingPowerExtra = { stdError, attempts: scratch.attempts, graphNodes: prop.n };
  return createScoreVector({
    keys: Array.from(nodes, (i) => prop.ctx.keys[i]),
    values: means,
    meta: {
      scorer: 'spreading-power',
      params: { model: o.model, runs: o.runs, seed: o.seed, ...(o.sample !== undefined ? { sample: o.sample } : {}) },
      elapsedMs: performance.now() - started,
      warnings: [...prop.ctx.warnings],
      higherIsBetter: true,
      range: [1, Math.max(1, prop.n)],
      extra: extra as unknown as Record<string, unknown>,
    },
  });
}
