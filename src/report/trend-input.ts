/**
 * The trends section's input from `trend`: `count` half-overlapping windows over the edges' time span
 * (each window twice the step), with each account's rising/fading status and the windows' warnings.
 */
import type { AbstractGraph } from 'graphology-types';
import { type Scorer, trend, type ViewOptions } from '../index.js';
import type { TrendInput } from './sections/trends.js';
import { trendWarnings } from './warnings.js';
import type { Warning } from '../core/warnings.js';

/**
 * Runs `trend` over `span` in `count` windows and adapts its result to {@link TrendInput}; `warnings`
 * are the windows' own, each sentence once with the windows it arose in.
 */
export function trendInput(graph: AbstractGraph, scorer: Scorer, span: readonly [number, number], count: number, view: ViewOptions | undefined): TrendInput & { warnings: Warning[] } {
  const [from, to] = span;
  // A whole number of ms: trend steps back from `to` by subtraction, and a fractional step can round
  // the last window's start to just before `from` and lose a window.
  const step = Math.floor((to - from) / (count + 1));
  const result = trend(graph, scorer, { window: 2 * step, step, from, to, ...(view ? { view } : {}) });
  const status = new Map(result.momentum.keys.map((key, i) => [key, result.status[i]]));
  return { windows: result.windows, vectors: result.vectors, status: (node) => status.get(node), warnings: trendWarnings(result.momentum.meta.warnings) };
}
