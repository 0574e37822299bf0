/**
 * The one place where a per-tie measure's run is wrapped: context lookup, timing, the NaN guard
 * and the EdgeScores. Mirrors createScorer for node scores.
 */
import { InfluenceScoreError } from '../../../core/errors.js';
import { asyncRun, finishAsync, finishSync, isResumable, type Resumable, type RunControl, type RunOptions, runControl } from '../../../core/run.js';
import type { ScoreInput } from '../../scorer.js';
import type { ScoringContext } from '../../../context/context.js';
import type { ViewOptions } from '../../../context/view.js';
import { contextFor } from '../../create-scorer.js';
import { createEdgeScores } from '../edge-scores.js';
import { EDGE_SCORE_STEPS, type EdgeScorer, LIBRARY_EDGE_SCORE_ASYNC } from '../edge-scorer.js';
import type { EdgeScores } from '../edge-scores.js';
import { type TiePairs, tiePairs } from './pairs.js';
import { type Warning } from '../../../core/warnings.js';

/** @internal What a per-tie computation returns. */
export interface EdgeResult {
  values: Float64Array;
  warnings?: Warning[];
}

/** @internal Specification of a per-tie measure. */
export interface EdgeScorerSpec {
  id: string;
  label: string;
  description: string;
  range: readonly [number, number];
  params: Record<string, unknown>;
  view?: ViewOptions;
  /** A plain function, or a generator that yields when `control.tick()` says a pause is due. */
  compute(ctx: ScoringContext, pairs: TiePairs, control: RunControl): EdgeResult | Resumable<EdgeResult>;
}

/** @internal Wraps a per-tie computation into an {@link EdgeScorer}. */
export function createEdgeScorer(spec: EdgeScorerSpec): EdgeScorer {
  const { id, label, description, range, params, view } = spec;
  function* steps(input: ScoreInput, run?: RunOptions): Resumable<EdgeScores> {
    const ctx = contextFor(input, view);
    const control = runControl(run, label);
    control.check();
    const started = performance.now();
    const pairs = tiePairs(ctx);
    const computed = spec.compute(ctx, pairs, control);
    const result = isResumable<EdgeResult>(computed) ? yield* computed : computed;
    const bad = result.values.findIndex((v) => Number.isNaN(v));
    if (bad >= 0) {
      const [u, v] = [ctx.keys[pairs.source[bad]], ctx.keys[pairs.target[bad]]];
      throw new InfluenceScoreError('INTERNAL', `${label} produced NaN for the tie ${u} – ${v}; please report this with the input`, [
        { path: [u, v], message: 'NaN score' },
      ]);
    }
    control.finish(pairs.m);
    return createEdgeScores(ctx, pairs, result.values, {
      measure: id,
      params,
      range,
      elapsedMs: performance.now() - started,
      warnings: [...ctx.warnings, ...(result.warnings ?? [])],
    });
  }
  const score: EdgeScorer['score'] = (input, run) => finishSync(steps(input, run));
  const scoreAsync: EdgeScorer['scoreAsync'] = async (input, run) => finishAsync(steps(input, asyncRun(run)), run?.signal, label);
  EDGE_SCORE_STEPS.set(score, steps);
  LIBRARY_EDGE_SCORE_ASYNC.add(scoreAsync);
  return { id, label, description, range, params, score, scoreAsync };
}
