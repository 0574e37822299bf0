/**
 * Influence maximization: choose k seeds whose joint spread is as large as possible (Kempe,
 * Kleinberg & Tardos 2003). Methods: `celf` (lazy greedy on Monte Carlo estimates, Leskovec et al.
 * 2007), `degree-discount` (Chen, Wang & Yang 2009, a heuristic) and `imm` (reverse-reachable sets,
 * Tang, Shi & Xiao 2015). Whatever the method, the returned spread is a fresh Monte Carlo estimate
 * of the chosen set on its own random stream, so methods compare on equal terms.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { deriveSeed } from '../core/rng.js';
import { asyncRun, finishAsync, finishSync, type Resumable, type RunOptions, runControl } from '../core/run.js';
import type { ScoreInput } from '../scorers/scorer.js';
import { createScratch } from './diffusion/engine.js';
import { spreads } from './diffusion/estimate.js';
import type { ResolvedModel } from './diffusion/model.js';
import { compilePropagationSteps } from './diffusion/propagation.js';
import { celf } from './maximize/celf.js';
import { degreeDiscount } from './maximize/degree-discount.js';
import { imm } from './maximize/imm.js';
import { monteCarloShape, type SimulateOptions } from './simulate.js';
import { type SpreadEstimate, summarize } from './statistics.js';
import { PROGRESS_SCALE, subProgress } from './sub-progress.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

const schema = z
  .object({
    ...monteCarloShape,
    method: z.enum(['imm', 'celf', 'degree-discount']).default('imm'),
    runs: z.number().int().positive().default(200),
    epsilon: z.number().gt(0).lt(1).default(0.1),
    ell: z.number().positive().default(1),
    reuseRrSets: z.boolean().default(false),
    evaluationRuns: z.number().int().positive().default(2000),
  })
  .strict();

/** Options of {@link maximizeInfluence}. */
export interface MaximizeInfluenceOptions extends SimulateOptions {
  /** Selection method. @defaultValue `'imm'` */
  method?: 'imm' | 'celf' | 'degree-discount';
  /** CELF: Monte Carlo runs per spread estimate. @defaultValue `200` */
  runs?: number;
  /** IMM: approximation slack ε of the (1 − 1/e − ε) guarantee. @defaultValue `0.1` */
  epsilon?: number;
  /** IMM: the guarantee holds with probability ≥ 1 − n^−ℓ. @defaultValue `1` */
  ell?: number;
  /**
   * IMM: reuse the sampling phase's RR sets for the final selection, as Tang et al. (2015) publish it.
   * By default the selection draws fresh sets, Chen's (2018) fix for a gap in IMM's proof: slower by
   * the sets the sampling phase drew, with the guarantee intact. @defaultValue `false`
   */
  reuseRrSets?: boolean;
  /** Monte Carlo runs of the final spread estimate of the chosen seeds. @defaultValue `2000` */
  evaluationRuns?: number;
}

/** Result of {@link maximizeInfluence}. */
export interface InfluenceMaximization {
  /** The chosen seeds, in the order they were picked. */
  readonly seeds: readonly string[];
  /** Monte Carlo spread of the whole seed set (`evaluationRuns` runs, an independent stream). */
  readonly spread: SpreadEstimate;
  readonly method: 'imm' | 'celf' | 'degree-discount';
  readonly model: ResolvedModel;
  /**
   * The method's own view: CELF's estimate after each pick (`prefixSpreads`) and estimate count;
   * IMM's RR-set estimate n·F_R(S), RR sets used and drawn, entries, lower bound and peak bytes.
   */
  readonly details: Readonly<Record<string, unknown>>;
  /**
   * Worker threads that ran the work: the pool's size when any part of it (IMM's RR sets, CELF's
   * estimates, the final spread) ran on `run.pool`, else 1. The result is the same either way.
   */
  readonly threads: number;
  readonly elapsedMs: number;
}

function immModel(model: ResolvedModel): boolean {
  return model.type === 'ic' || model.type === 'lt' || (model.type === 'sir' && model.gamma === 1 && model.maxSteps === undefined);
}

/**
 * Picks `k` seeds that maximize the expected spread under a diffusion model.
 *
 * @example
 * ```ts
 * const best = maximizeInfluence(graph, 10, { model: { type: 'ic', p: 0.01 }, method: 'imm', seed: 1 });
 * best.seeds; best.spread.mean; best.spread.ci;
 * ```
 */
export function maximizeInfluence(graph: ScoreInput, k: number, options: MaximizeInfluenceOptions = {}, run?: RunOptions): InfluenceMaximization {
  checkArguments('maximizeInfluence', [graph, k, options, run], [['graph', argument.scoreInput], ['k', argument.finite], ['options', argument.options], ['run', argument.options]]);
  return finishSync(maximizeSteps(graph, k, options, run));
}

/**
 * {@link maximizeInfluence}, giving the event loop a turn every ~10 ms, so `run.signal` can be a
 * timer. With `run.pool`, IMM's reverse-reachable sets, CELF's spread estimates and the final spread
 * estimate run on the pool's threads; the seeds and every figure are the same whatever the thread
 * count (each RR set and each Monte Carlo run draws from a stream of its own index).
 * @example
 * ```ts
 * const best = await maximizeInfluenceAsync(graph, 10, { method: 'imm' }, { signal: AbortSignal.timeout(10_000) });
 * ```
 */
export function maximizeInfluenceAsync(graph: ScoreInput, k: number, options: MaximizeInfluenceOptions = {}, run?: RunOptions): Promise<InfluenceMaximization> {
  checkArguments('maximizeInfluenceAsync', [graph, k, options, run], [['graph', argument.scoreInput], ['k', argument.finite], ['options', argument.options], ['run', argument.options]]);
  return finishAsync(maximizeSteps(graph, k, options, asyncRun(run)), run?.signal, 'maximizeInfluence');
}

function* maximizeSteps(graph: ScoreInput, k: number, options: MaximizeInfluenceOptions, run: RunOptions | undefined): Resumable<InfluenceMaximization> {
  if (!Number.isInteger(k) || k < 1) {
    throw new InfluenceScoreError('INVALID_OPTION', 'k must be a positive integer', [{ path: ['k'], field: 'k', message: `got ${k}` }]);
  }
  const o = parseOptions(schema, options, 'maximizeInfluence');
  if (o.method === 'imm' && !immModel(o.model)) {
    throw new InfluenceScoreError('UNSUPPORTED', 'IMM supports IC, LT and SIR with gamma = 1 (which is IC) without a step limit', [
      { path: ['model'], field: 'model', message: `model ${o.model.type} cannot be sampled by reverse-reachable sets; use method 'celf'` },
    ]);
  }
  const started = performance.now();
  const select = runControl(subProgress(run, 0, 800), 'maximizeInfluence');
  const prop = yield* compilePropagationSteps(graph, o.model, o.view, select.pause);
  if (select.tick(0, 1)) yield;
  let seeds: Int32Array;
  let details: Record<string, unknown>;
  let threads = 1;
  if (o.method === 'celf') {
    const r = yield* celf(prop, k, o.runs, o.seed, select);
    seeds = r.seeds;
    details = { runs: o.runs, evaluations: r.evaluations, prefixSpreads: Array.from(r.prefixSpreads), threads: r.threads };
    threads = r.threads;
  } else if (o.method === 'degree-discount') {
    seeds = yield* degreeDiscount(prop, k, select);
    details = {};
  } else {
    const r = yield* imm(prop, k, o.epsilon, o.ell, o.seed, o.reuseRrSets, select);
    seeds = r.seeds;
    details = {
      epsilon: o.epsilon,
      ell: o.ell,
      reuseRrSets: o.reuseRrSets,
      estimate: r.estimate,
      rrSets: r.rrSets,
      rrSetsDrawn: r.rrSetsDrawn,
      rrEntries: r.rrEntries,
      lowerBound: r.lowerBound,
      memoryBytes: r.memoryBytes,
      threads: r.threads,
    };
    threads = r.threads;
  }
  const evaluation = runControl(subProgress(run, 800, PROGRESS_SCALE), 'maximizeInfluence');
  const final = yield* spreads(prop, seeds, o.evaluationRuns, deriveSeed(o.seed, 0x6576616c), evaluation);
  evaluation.finish(o.evaluationRuns);
  return {
    seeds: Array.from(seeds, (i) => prop.ctx.keys[i]),
    spread: summarize(final.values, o.confidence),
    method: o.method,
    model: o.model,
    details,
    threads: Math.max(threads, final.threads),
    elapsedMs: performance.now() - started,
  };
}
