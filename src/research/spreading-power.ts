/**
 * Spreading power (Kitsak et al. 2010, "Identification of influential spreaders in complex
 * networks", Nature Physics 6:888): the mean outbreak size when a node alone is the seed, by Monte
 * Carlo simulation of a diffusion model. The ground truth that scorers are evaluated against.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { createRng, deriveSeed } from '../core/rng.js';
import { type ChunkKind, runChunks } from '../core/chunks.js';
import { asyncRun, finishAsync, finishSync, type Resumable, type RunOptions, runControl } from '../core/run.js';
import type { ScoreInput } from '../scorers/scorer.js';
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';
import { createScratch, runOnce, type Scratch } from './diffusion/engine.js';
import { type PropagationData, propagationData, propagationFrom, seedIndices } from './diffusion/estimate.js';
import type { Propagation } from './diffusion/propagation.js';
import { compilePropagationSteps } from './diffusion/propagation.js';
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

/** Nodes per chunk of parallel work: fixed, so the values never depend on the thread count. */
const NODES_PER_CHUNK = 8;

interface PowerData extends PropagationData {
  nodes: Int32Array;
  runs: number;
  seed: number;
}

interface PowerPart {
  means: Float64Array;
  stdError: Float64Array;
  attempts: number;
}

/** @internal Spreading power of nodes [8c, 8c + 8): node v's run r draws from `deriveSeed(deriveSeed(seed, v), r)`. */
export const powerKind: ChunkKind<PowerData, { data: PowerData; prop: Propagation; scratch: Scratch }, PowerPart> = {
  name: 'spreading-power',
  setup: (data) => ({ data, prop: propagationFrom(data), scratch: createScratch(data.n) }),
  *run({ data, prop, scratch }, chunk, control) {
    const { nodes, runs, seed } = data;
    const from = chunk * NODES_PER_CHUNK;
    const to = Math.min(nodes.length, from + NODES_PER_CHUNK);
    const part: PowerPart = { means: new Float64Array(to - from), stdError: new Float64Array(to - from), attempts: 0 };
    const before = scratch.attempts;
    const single = new Int32Array(1);
    const total = nodes.length * runs;
    for (let i = from; i < to; i++) {
      single[0] = nodes[i];
      const stream = deriveSeed(seed, nodes[i]);
      let sum = 0;
      let sumSq = 0;
      for (let r = 0; r < runs; r++) {
        if (control.tick(i * runs + r, total)) yield;
        const x = runOnce(prop, single, createRng(deriveSeed(stream, r)), scratch);
        sum += x;
        sumSq += x * x;
      }
      part.means[i - from] = sum / runs;
      part.stdError[i - from] = runs > 1 ? Math.sqrt(Math.max(0, (sumSq - (sum * sum) / runs) / (runs - 1)) / runs) : 0;
    }
    part.attempts = scratch.attempts - before;
    return part;
  },
};

/**
 * Each node's spreading power: its mean outbreak size as the sole seed (seed counted). The vector's
 * keys are the measured nodes, in graph order; `meta.extra.stdError` holds each mean's standard error.
 * A measurement like {@link simulate}, not a scorer factory: it is the ground truth scorers are
 * evaluated against and may cover a sample of the nodes. Wrap it in `precomputed` to rank by it.
 *
 * @example
 * ```ts
 * const truth = spreadingPower(graph, { model: { type: 'sir', beta: 0.05 }, runs: 200, sample: 1000, seed: 1 });
 * truth.top(5);
 * ```
 */
export function spreadingPower(graph: ScoreInput, options: SpreadingPowerOptions = {}, run?: RunOptions): ScoreVector {
  return finishSync(spreadingPowerSteps(graph, options, run));
}

/**
 * {@link spreadingPower}, giving the event loop a turn every ~10 ms and running on `run.pool`'s
 * threads when given; the values do not depend on the number of threads.
 * @example
 * ```ts
 * const truth = await spreadingPowerAsync(graph, { runs: 200, seed: 1 }, { pool });
 * ```
 */
export function spreadingPowerAsync(graph: ScoreInput, options: SpreadingPowerOptions = {}, run?: RunOptions): Promise<ScoreVector> {
  return finishAsync(spreadingPowerSteps(graph, options, asyncRun(run)), run?.signal, 'spreadingPower');
}

/** @internal The resumable form, for evaluate. */
export function* spreadingPowerSteps(graph: ScoreInput, options: SpreadingPowerOptions, run: RunOptions | undefined): Resumable<ScoreVector> {
  const o = parseOptions(schema, options, 'spreadingPower');
  const control = runControl(run, 'spreadingPower');
  const started = performance.now();
  const prop = yield* compilePropagationSteps(graph, o.model, o.view, control.pause);
  let nodes: Int32Array;
  if (o.nodes) nodes = seedIndices(prop, o.nodes, 'nodes').sort();
  else if (o.sample !== undefined) nodes = pick(prop.n, o.sample, o.seed);
  else nodes = Int32Array.from({ length: prop.n }, (_, i) => i);
  if (nodes.length === 0 && prop.n > 0) throw new InfluenceScoreError('INVALID_OPTION', 'spreadingPower needs at least one node', [{ path: ['nodes'], field: 'nodes', message: 'empty' }]);

  const means = new Float64Array(nodes.length);
  const stdError = new Float64Array(nodes.length);
  let attempts = 0;
  const data: PowerData = { ...propagationData(prop), nodes, runs: o.runs, seed: o.seed };
  const units = nodes.length * o.runs;
  const progress = { done: 0, perChunk: NODES_PER_CHUNK * o.runs, count: units, total: units };
  const threads = yield* runChunks(
    control,
    powerKind,
    data,
    Math.ceil(nodes.length / NODES_PER_CHUNK),
    (c, part) => {
      means.set(part.means, c * NODES_PER_CHUNK);
      stdError.set(part.stdError, c * NODES_PER_CHUNK);
      attempts += part.attempts;
    },
    progress,
  );
  control.finish(nodes.length * o.runs);
  const extra: SpreadingPowerExtra = { stdError, attempts, graphNodes: prop.n };
  return createScoreVector({
    keys: Array.from(nodes, (i) => prop.ctx.keys[i]),
    values: means,
    meta: {
      scorer: 'spreading-power',
      params: { model: o.model, runs: o.runs, seed: o.seed, ...(o.sample !== undefined ? { sample: o.sample } : {}), threads },
      elapsedMs: performance.now() - started,
      warnings: [...prop.ctx.warnings],
      higherIsBetter: true,
      range: [1, Math.max(1, prop.n)],
      extra: extra as unknown as Record<string, unknown>,
    },
  });
}
