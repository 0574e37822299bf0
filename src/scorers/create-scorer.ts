/**
 * The one place where a scorer's run is wrapped: context lookup, timing, the NaN guard and the
 * ScoreVector. Factories supply only the computation.
 */
import { InfluenceScoreError } from '../core/errors.js';
import { flatScoresWarning, isOwnFlatWarning } from '../core/flat-scores.js';
import { asyncRun, finishAsync, finishSync, isResumable, type Resumable, type RunControl, type RunOptions, runControl } from '../core/run.js';
import { LIBRARY_SCORE_ASYNC, SCORE_STEPS, type ScoreInput, type Scorer } from './scorer.js';
import { changedDuringRun, watchGraph } from './graph-watch.js';
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';
import { scoringContextSteps } from '../context/cache.js';
import { ScoringContext } from '../context/context.js';
import { resolveView, type ViewOptions, viewKey, withWindow } from '../context/view.js';
import { warning, type Warning } from '../core/warnings.js';

/** What a scorer's computation returns. */
export interface ComputeResult {
  values: Float64Array;
  converged?: boolean;
  iterations?: number;
  warnings?: Warning[];
  parts?: Record<string, ScoreVector>;
  /** Extra params to report (fitted priors, derived defaults). */
  params?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

/** @internal Specification of a scorer, see {@link createScorer}. */
export interface ScorerSpec {
  id: string;
  label: string;
  description: string;
  range: readonly [number, number];
  higherIsBetter: boolean;
  params: Record<string, unknown>;
  /**
   * What to do when every account scores the same (the factory then warns `ALL_ZERO` / `ALL_EQUAL`
   * with this remedy); a computation may instead push its own, more specific flat-result warning.
   */
  flatRemedy?: string;
  /**
   * `DEPRECATED` warnings from parsing the options (see `parseOptionsWithRenames`); they come first in
   * every vector's `meta.warnings`. @defaultValue none
   */
  deprecations?: readonly Warning[];
  /** The scorer's own view; when set it wins over the view of a context passed in, except that the context's time window is added to it. */
  view?: ViewOptions;
  /**
   * The computation: a plain function, or a generator (a {@link Resumable}) that yields when
   * `control.tick()` says a pause is due, so `scoreAsync` can give the event loop a turn.
   */
  compute(ctx: ScoringContext, control: RunControl, run: RunOptions | undefined): ComputeResult | Resumable<ComputeResult>;
}

/**
 * @internal Resolves the context a scorer with `view` should read from `input`. A scorer's own view
 * wins over a context's, but a time window on the context is added to it (intersected with the
 * view's own window): that is how `trend` slides a window under scorers that choose their relations.
 */
export function contextFor(input: ScoreInput, view: ViewOptions | undefined): ScoringContext {
  return finishSync(contextForSteps(input, view, () => false));
}

/**
 * @internal {@link contextFor} as a resumable computation: a context that is not cached yet is built
 * in slices (`pause` is asked between them), so an async run can be aborted while it is built.
 */
export function* contextForSteps(input: ScoreInput, view: ViewOptions | undefined, pause: () => boolean): Resumable<ScoringContext> {
  if (input instanceof ScoringContext) {
    if (view === undefined) return input;
    const own = input.view.window ? withWindow(view, input.view.window, input.view.standing) : view;
    if (viewKey(resolveView(own)) === viewKey(input.view)) return input;
    return yield* scoringContextSteps(input.source, own, pause);
  }
  return yield* scoringContextSteps(input, view, pause);
}

/** @internal Wraps a computation into a {@link Scorer}. */
export function createScorer(spec: ScorerSpec): Scorer {
  const { id, label, description, range, higherIsBetter, params, view } = spec;
  if (view !== undefined) resolveView(view);
  function* steps(input: ScoreInput, run?: RunOptions): Resumable<ScoreVector> {
    const control = runControl(run, label);
    control.check();
    const ctx = yield* contextForSteps(input, view, control.pause);
    // Async runs yield between slices. A change during the context build makes the build read the graph
    // again; a change after it would leave scores of a graph that no longer exists, so the run refuses.
    const watch = control.async ? watchGraph(input) : null;
    let result: ComputeResult;
    let elapsedMs: number;
    try {
      const started = performance.now();
      const computed = spec.compute(ctx, control, run);
      result = isResumable<ComputeResult>(computed) ? yield* computed : computed;
      elapsedMs = performance.now() - started;
    } catch (error) {
      throw watch?.changed() ? changedDuringRun(label) : error;
    } finally {
      watch?.stop();
    }
    if (watch?.changed()) throw changedDuringRun(label);
    const bad = result.values.findIndex((v) => Number.isNaN(v));
    if (bad >= 0) {
      throw new InfluenceScoreError('INTERNAL', `${label} produced NaN for node "${ctx.keys[bad]}"; please report this with the input`, [
        { path: [ctx.keys[bad]], message: 'NaN score' },
      ]);
    }
    const warnings = [...(spec.deprecations ?? []), ...ctx.warnings, ...(result.warnings ?? [])];
    if (result.converged === false && !warnings.some((w) => w.code === 'NOT_CONVERGED')) {
      warnings.push(warning('NOT_CONVERGED', `${label} did not converge in ${result.iterations} iterations`));
    }
    // ALL_ZERO / ALL_EQUAL, unless the computation said it itself or the graph is empty (EMPTY_GRAPH says why).
    const explained = warnings.some(isOwnFlatWarning) || (result.values.length === 0 && warnings.some((w) => w.code === 'EMPTY_GRAPH'));
    if (!explained) {
      const flat = flatScoresWarning(label, result.values, spec.flatRemedy);
      if (flat !== null) warnings.push(flat);
    }
    return createScoreVector({
      keys: ctx.keys,
      // Lazily: most runs never look a key up, and building the Map costs more than the run.
      index: () => ctx.index,
      values: result.values,
      parts: result.parts,
      meta: {
        scorer: id,
        params: { ...params, ...result.params },
        converged: result.converged,
        iterations: result.iterations,
        elapsedMs,
        warnings,
        higherIsBetter,
        range,
        extra: result.extra,
      },
    });
  }
  const score: Scorer['score'] = (input, run) => finishSync(steps(input, run));
  const scoreAsync: Scorer['scoreAsync'] = async (input, run) => finishAsync(steps(input, asyncRun(run)), run?.signal, label);
  SCORE_STEPS.set(score, steps);
  LIBRARY_SCORE_ASYNC.add(scoreAsync);
  // `view` is not part of the Scorer contract: trend reads it to find the times the scorer sees.
  return { id, label, description, range, higherIsBetter, params, ...(view !== undefined ? { view } : {}), score, scoreAsync };
}
