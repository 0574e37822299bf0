/**
 * Monte Carlo simulation of a diffusion model from a seed set: Independent Cascade, Linear
 * Threshold, SIR or SI (see {@link DiffusionModel}), with the mean spread, its standard error and a
 * confidence interval. Influence flows against attention: if u follows v, v's activation can
 * activate u.
 */
import { z } from 'zod';
import { parseOptions } from '../core/options.js';
import { asyncRun, finishAsync, finishSync, type Resumable, type RunOptions, runControl } from '../core/run.js';
import type { ScoreInput } from '../scorers/scorer.js';
import type { ViewOptions } from '../context/view.js';
import { seedIndices, spreads } from './diffusion/estimate.js';
import { type DiffusionModel, modelSchema, type ResolvedModel } from './diffusion/model.js';
import { compilePropagationSteps } from './diffusion/propagation.js';
import { type SpreadEstimate, summarize } from './statistics.js';

/** @internal Options shared by every Monte Carlo entry point. */
export const monteCarloShape = {
  model: modelSchema.default({ type: 'ic', p: 0.1, probability: 'uniform', attribute: 'probability' }),
  runs: z.number().int().positive().default(1000),
  seed: z.number().refine(Number.isFinite, 'must be a finite number').default(42),
  confidence: z.number().gt(0).lt(1).default(0.95),
  view: z.custom<ViewOptions>().optional(),
};

const schema = z.object(monteCarloShape).strict();

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The diffusion model. @defaultValue `{ type: 'ic', p: 0.1 }` */
  model?: DiffusionModel;
  /** Monte Carlo runs. @defaultValue `1000` */
  runs?: number;
  /** PRNG seed; the same seed gives the same runs. @defaultValue `42` */
  seed?: number;
  /** Coverage of the confidence interval. @defaultValue `0.95` */
  confidence?: number;
  /** Which edges carry influence. @defaultValue every edge */
  view?: ViewOptions;
}

/** Result of {@link simulate}. */
export interface SimulationResult extends SpreadEstimate {
  /** The seed set (distinct keys, in the order given). */
  readonly seeds: readonly string[];
  /** The model with defaults filled in. */
  readonly model: ResolvedModel;
  readonly seed: number;
  /** Spread of each run, in run order. */
  readonly spreads: Float64Array;
  /** Edge activation attempts made: one per coin flipped (IC, SIR, SI) or weight added (LT). */
  readonly attempts: number;
  /** Threads that ran the cascades (1 unless an async run was given a pool). */
  readonly threads: number;
  readonly elapsedMs: number;
}

/**
 * Simulates spreading from `seeds` and reports the spread (nodes ever activated, seeds included).
 *
 * @param graph - a graphology graph or a ScoringContext.
 * @param seeds - node keys that start active.
 * @throws InfluenceScoreError `UNKNOWN_NODE` for a seed not in the graph, `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * const r = simulate(graph, ['alice'], { model: { type: 'ic', p: 0.05 }, runs: 10_000, seed: 7 });
 * r.mean; r.ci; // e.g. 12.4, [12.2, 12.6]
 * ```
 */
export function simulate(graph: ScoreInput, seeds: readonly string[], options: SimulateOptions = {}, run?: RunOptions): SimulationResult {
  return finishSync(simulateSteps(graph, seeds, options, run));
}

/**
 * {@link simulate}, giving the event loop a turn every ~10 ms (so `run.signal` can be a timer) and
 * running the cascades on `run.pool`'s threads when given; the result does not depend on the
 * number of threads (run r always draws from the stream of r).
 * @example
 * ```ts
 * const r = await simulateAsync(graph, ['alice'], { runs: 100_000, seed: 7 }, { signal: AbortSignal.timeout(2_000) });
 * ```
 */
export function simulateAsync(graph: ScoreInput, seeds: readonly string[], options: SimulateOptions = {}, run?: RunOptions): Promise<SimulationResult> {
  return finishAsync(simulateSteps(graph, seeds, options, asyncRun(run)), run?.signal, 'simulate');
}

function* simulateSteps(graph: ScoreInput, seeds: readonly string[], options: SimulateOptions, run: RunOptions | undefined): Resumable<SimulationResult> {
  const o = parseOptions(schema, options, 'simulate');
  const control = runControl(run, 'simulate');
  const started = performance.now();
  const prop = yield* compilePropagationSteps(graph, o.model, o.view, control.pause);
  const seedIdx = seedIndices(prop, seeds);
  const { values, attempts, threads } = yield* spreads(prop, seedIdx, o.runs, o.seed, control);
  control.finish(o.runs);
  return {
    ...summarize(values, o.confidence),
    seeds: Array.from(seedIdx, (i) => prop.ctx.keys[i]),
    model: o.model,
    seed: o.seed,
    spreads: values,
    attempts,
    threads,
    elapsedMs: performance.now() - started,
  };
}
