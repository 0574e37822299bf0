/**
 * The evaluation protocol of the influential-spreader literature (Kitsak et al. 2010; Zhang et al.
 * 2016): against a ground truth of spreading power, each scorer gets Kendall's tau, Spearman's rho,
 * the overlap of its top-k with the truth's top-k, the simulated spread of its top-k as one seed set,
 * and Kitsak's imprecision ε(p).
 */
import { z } from 'zod';
import { isScoreVectorLike, scorerProblem } from '../core/arguments.js';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { asyncRun, finishAsync, finishSync, type Resumable, type RunOptions, runControl } from '../core/run.js';
import { type ScoreInput, type Scorer, scoreSteps } from '../scorers/scorer.js';
import type { ScoreVector } from '../core/score-vector.js';
import { ScoringContext } from '../context/context.js';
import { scoringContextSteps } from '../context/cache.js';
import type { ViewOptions } from '../context/view.js';
import type { AbstractGraph } from 'graphology-types';
import { seedIndices, spreads } from './diffusion/estimate.js';
import { type DiffusionModel, modelSchema, type ResolvedModel } from './diffusion/model.js';
import { compilePropagationSteps } from './diffusion/propagation.js';
import { imprecision } from './imprecision.js';
import { kendallTau } from './kendall-tau.js';
import { alignPair } from './ranking-input.js';
import { spearmanRho } from './spearman-rho.js';
import { type SpreadingPowerOptions, spreadingPowerSteps } from './spreading-power.js';
import { type SpreadEstimate, summarize } from './statistics.js';
import { PROGRESS_SCALE, subProgress } from './sub-progress.js';
import { type TopKOverlap, topKOverlap } from './top-k-overlap.js';

const isVector = (x: unknown): x is ScoreVector => typeof x === 'object' && x !== null && 'values' in x && 'meta' in x && 'keys' in x;

const schema = z
  .object({
    truth: z.custom<ScoreVector | SpreadingPowerOptions>((x) => typeof x === 'object' && x !== null, 'a ScoreVector or spreadingPower options'),
    k: z.number().int().positive().default(10),
    fractions: z.array(z.number().gt(0).max(1)).min(1).default([0.01, 0.05, 0.1]),
    spread: z
      .object({
        model: modelSchema.optional(),
        runs: z.number().int().positive().default(1000),
        seed: z.number().refine(Number.isFinite, 'must be a finite number').default(42),
        confidence: z.number().gt(0).lt(1).default(0.95),
      })
      .strict()
      .default({ runs: 1000, seed: 42, confidence: 0.95 }),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * The ground truth: a precomputed vector (e.g. from {@link spreadingPower}, possibly over a sample
   * of nodes), or the options to compute it with `spreadingPower`.
   */
  truth: ScoreVector | SpreadingPowerOptions;
  /** Size of the top sets (overlap and seed-set spread). @defaultValue `10` */
  k?: number;
  /** Fractions p for Kitsak's imprecision ε(p). @defaultValue `[0.01, 0.05, 0.1]` */
  fractions?: number[];
  /**
   * How each top-k seed set's spread is simulated. Every scorer's set shares the same random runs.
   * @defaultValue the truth's model (IC p = 0.1 if the truth was given as a vector), 1000 runs, seed 42
   */
  spread?: { model?: DiffusionModel; runs?: number; seed?: number; confidence?: number };
  /** Which edges carry influence in the spread simulations. @defaultValue every edge */
  view?: ViewOptions;
}

/** One scorer's line in the leaderboard. */
export interface LeaderboardRow {
  /** The scorer's id (or the name it was given). */
  readonly name: string;
  /** Kendall tau-b against the truth, over the nodes the truth covers. NaN when undefined. */
  readonly kendallTau: number;
  /** Spearman rho against the truth. NaN when undefined. */
  readonly spearmanRho: number;
  /** Overlap of the scorer's top-k with the truth's top-k, among the nodes the truth covers. */
  readonly topK: TopKOverlap;
  /** The scorer's top-k (over all nodes) and their simulated spread as one seed set. */
  readonly seedSet: SpreadEstimate & { readonly seeds: readonly string[] };
  /** Kitsak's ε(p) for each requested fraction. */
  readonly imprecision: readonly { readonly fraction: number; readonly epsilon: number }[];
}

/** Result of {@link evaluate}. */
export interface Leaderboard {
  /** One row per scorer, best Kendall tau first. */
  readonly rows: readonly LeaderboardRow[];
  /** The truth's own top-k as a seed set: the reference the rows' seed sets compare to. */
  readonly truthSeedSet: SpreadEstimate & { readonly seeds: readonly string[] };
  /** The ground-truth vector used. */
  readonly truth: ScoreVector;
  readonly k: number;
  /** The model the seed sets were simulated with. */
  readonly spreadModel: ResolvedModel;
  readonly elapsedMs: number;
}

/**
 * Ranks scorers by how well they find the nodes that actually spread.
 *
 * @param scorers - scorers to run, precomputed vectors, or a record naming either.
 * @example
 * ```ts
 * const board = evaluate(graph, [degree(), pagerank(), coreness()], {
 *   truth: { model: { type: 'sir', beta: 0.03 }, runs: 200, sample: 500, seed: 1 },
 *   k: 20,
 * });
 * console.table(board.rows.map((r) => ({ name: r.name, tau: r.kendallTau, spread: r.seedSet.mean })));
 * ```
 */
export function evaluate(
  graph: ScoreInput,
  scorers: readonly (Scorer | ScoreVector)[] | Readonly<Record<string, Scorer | ScoreVector>>,
  options: EvaluateOptions,
  run?: RunOptions,
): Leaderboard {
  return finishSync(evaluateSteps(graph, scorers, options, run));
}

/**
 * {@link evaluate}, giving the event loop a turn every ~10 ms (so `run.signal` can be a timer);
 * the ground truth and the seed-set spreads run on `run.pool`'s threads when given, with the same
 * result whatever the thread count.
 * @example
 * ```ts
 * const board = await evaluateAsync(graph, [degree(), pagerank()], { truth: { runs: 200, seed: 1 } }, { signal: AbortSignal.timeout(60_000) });
 * ```
 */
export function evaluateAsync(
  graph: ScoreInput,
  scorers: readonly (Scorer | ScoreVector)[] | Readonly<Record<string, Scorer | ScoreVector>>,
  options: EvaluateOptions,
  run?: RunOptions,
): Promise<Leaderboard> {
  return finishAsync(evaluateSteps(graph, scorers, options, asyncRun(run)), run?.signal, 'evaluate');
}

function* evaluateSteps(
  graph: ScoreInput,
  scorers: readonly (Scorer | ScoreVector)[] | Readonly<Record<string, Scorer | ScoreVector>>,
  options: EvaluateOptions,
  run: RunOptions | undefined,
): Resumable<Leaderboard> {
  const o = parseOptions(schema, options, 'evaluate');
  const control = runControl(run, 'evaluate');
  const started = performance.now();
  const ctx = graph instanceof ScoringContext ? graph : yield* scoringContextSteps(graph as AbstractGraph, undefined, control.pause);
  const listed: [string | number, unknown][] = Array.isArray(scorers) ? [...scorers.entries()] : typeof scorers === 'object' && scorers !== null ? Object.entries(scorers) : [];
  for (const [at, s] of listed) {
    const problem = isScoreVectorLike(s) ? undefined : scorerProblem(s);
    if (problem !== undefined) {
      throw new InfluenceScoreError('INVALID_OPTION', `evaluate: scorers[${JSON.stringify(at)}] must be a Scorer or a ScoreVector, ${problem}`, [{ path: ['scorers', at], message: `expected a Scorer or a ScoreVector, ${problem}` }]);
    }
  }
  const entries: [string, Scorer | ScoreVector][] = Array.isArray(scorers)
    ? (scorers as (Scorer | ScoreVector)[]).map((s) => [isVector(s) ? s.meta.scorer : s.id, s])
    : Object.entries(scorers as Record<string, Scorer | ScoreVector>);
  if (entries.length === 0) throw new InfluenceScoreError('INVALID_INPUT', 'evaluate needs at least one scorer', [{ path: ['scorers'], message: 'empty' }]);

  let truth: ScoreVector;
  let truthModel: ResolvedModel | undefined;
  const truthShare = isVector(o.truth) ? 0 : 600;
  if (isVector(o.truth)) truth = o.truth;
  else truth = yield* spreadingPowerSteps(ctx, { view: o.view, ...o.truth }, subProgress(run, 0, truthShare));
  if (truth.meta.scorer === 'spreading-power') truthModel = truth.meta.params.model as ResolvedModel;
  const spreadModel: ResolvedModel = o.spread.model ?? truthModel ?? modelSchema.parse('ic');
  const prop = yield* compilePropagationSteps(ctx, spreadModel, o.view, control.pause);
  function* seedSet(keys: string[]): Resumable<SpreadEstimate & { seeds: string[] }> {
    const { values } = yield* spreads(prop, seedIndices(prop, keys), o.spread.runs, o.spread.seed, control);
    return { ...summarize(values, o.spread.confidence), seeds: keys };
  }

  const step = (PROGRESS_SCALE - truthShare) / (entries.length + 1);
  const rows: LeaderboardRow[] = [];
  for (let i = 0; i < entries.length; i++) {
    const [name, s] = entries[i];
    control.check();
    const vector = isVector(s) ? s : yield* scoreSteps(s, ctx, subProgress(run, truthShare + i * step, truthShare + (i + 0.5) * step));
    const pair = alignPair(truth, vector);
    if (pair.a.length === 0) {
      throw new InfluenceScoreError('INVALID_INPUT', `Scorer ${name} shares no node with the truth`, [{ path: ['scorers', name], message: 'no common keys' }]);
    }
    const row: LeaderboardRow = {
      name,
      kendallTau: kendallTau(pair.a, pair.b),
      spearmanRho: spearmanRho(pair.a, pair.b),
      topK: topKOverlap(pair.a, pair.b, o.k),
      seedSet: yield* seedSet(vector.top(o.k).map((r) => r.key)),
      imprecision: o.fractions.map((fraction) => ({ fraction, epsilon: imprecision(pair.a, pair.b, fraction) })),
    };
    run?.onProgress?.(Math.round(truthShare + (i + 1) * step), PROGRESS_SCALE);
    rows.push(row);
  }
  const truthSeedSet = yield* seedSet(truth.top(o.k).map((r) => r.key));
  control.finish(PROGRESS_SCALE);
  rows.sort((x, y) => (Number.isNaN(x.kendallTau) ? 1 : Number.isNaN(y.kendallTau) ? -1 : y.kendallTau - x.kendallTau));
  return { rows, truthSeedSet, truth, k: o.k, spreadModel, elapsedMs: performance.now() - started };
}
