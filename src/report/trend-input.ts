/**
 * The trends section's input from `trend`: `count` half-overlapping windows over the edges' time span
 * (each window twice the step), with each account's rising/fading status.
 */
import type Graph from 'graphology';
import { type Scorer, trend, type ViewOptions } from '../index.js';
import type { TrendInput } from './sections/trends.js';

/** Runs `trend` over `span` in `count` windows and adapts its result to {@link TrendInput}. */
export function trendInput(graph: Graph, scorer: Scorer, span: readonly [number, number], count: number, view: ViewOptions | undefined): TrendInput {
  const [from, to] = span;
  const step = (to - from) / (count + 1);
  const result = trend(graph, scorer, { window: 2 * step, step, from, to, ...(view ? { view } : {}) });
  const status = new Map(result.momentum.keys.map((key, i) => [key, result.status[i]]));
  return { windows: result.windows, vectors: result.vectors, status: (node) => status.get(node) };
}
