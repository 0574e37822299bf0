/**
 * The one place where a per-tie measure's run is wrapped: context lookup, timing, the NaN guard
 * and the EdgeScores. Mirrors createScorer for node scores.
 */
import { InfluenceScoreError } from '../../../core/errors.js';
import { type RunControl, runControl } from '../../../core/run.js';
import type { ScoringContext } from '../../../context/context.js';
import type { ViewOptions } from '../../../context/view.js';
import { contextFor } from '../../create-scorer.js';
import { createEdgeScores } from '../edge-scores.js';
import type { EdgeScorer } from '../edge-scorer.js';
import { type TiePairs, tiePairs } from './pairs.js';

/** @internal Specification of a per-tie measure. */
export interface EdgeScorerSpec {
  id: string;
  label: string;
  description: string;
  range: readonly [number, number];
  params: Record<string, unknown>;
  view?: ViewOptions;
  compute(ctx: ScoringContext, pairs: TiePairs, control: RunControl): { values: Float64Array; warnings?: string[] };
}

/** @internal Wraps a per-tie computation into an {@link EdgeScorer}. */
export function createEdgeScorer(spec: EdgeScorerSpec): EdgeScorer {
  const { id, label, description, range, params, view } = spec;
  return {
    id,
    label,
    description,
    range,
    params,
    score(input, run) {
      const ctx = contextFor(input, view);
      const control = runControl(run, label);
      control.check();
      const started = performance.now();
      const pairs = tiePairs(ctx);
      const result = spec.compute(ctx, pairs, control);
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
    },
  };
}
