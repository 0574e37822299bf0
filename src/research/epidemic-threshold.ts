/**
 * The heterogeneous mean-field epidemic threshold β_c ≈ ⟨k⟩ / ⟨k²⟩ (Pastor-Satorras & Vespignani
 * 2001; the value Kitsak et al. 2010 set β near), with k the number of nodes each node can infect:
 * its degree on an undirected graph, its follower count (in-degree of attention) on a directed one.
 */
import type { ScoreInput } from '../scorers/scorer.js';
import type { ViewOptions } from '../context/view.js';
import { contextOf } from './diffusion/propagation.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/** Result of {@link epidemicThreshold}. */
export interface EpidemicThreshold {
  /** ⟨k⟩. */
  readonly meanDegree: number;
  /** ⟨k²⟩. */
  readonly meanSquareDegree: number;
  /** ⟨k⟩ / ⟨k²⟩ (Infinity on a graph without edges). */
  readonly threshold: number;
}

/**
 * ⟨k⟩ / ⟨k²⟩ of a graph, on the edges `view` keeps.
 *
 * @example
 * ```ts
 * const { threshold } = epidemicThreshold(graph);
 * spreadingPower(graph, { model: { type: 'sir', beta: 1.5 * threshold, gamma: 1 }, sample: 1000 });
 * ```
 */
export function epidemicThreshold(graph: ScoreInput, options: { view?: ViewOptions } = {}): EpidemicThreshold {
  checkArguments('epidemicThreshold', [graph, options], [['graph', argument.scoreInput], ['options', argument.options]]);
  const ctx = contextOf(graph, options.view);
  const { offsets } = ctx.in;
  let sum = 0;
  let sumSq = 0;
  for (let v = 0; v < ctx.n; v++) {
    const k = offsets[v + 1] - offsets[v];
    sum += k;
    sumSq += k * k;
  }
  const n = Math.max(1, ctx.n);
  return { meanDegree: sum / n, meanSquareDegree: sumSq / n, threshold: sumSq > 0 ? sum / sumSq : Infinity };
}
