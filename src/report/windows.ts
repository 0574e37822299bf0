/**
 * The same scorer over consecutive time windows of the edges (each window added to the report's
 * view), as the trends section reads them.
 */
import type Graph from 'graphology';
import { getScoringContext, type Scorer, type ViewOptions } from '../index.js';
import type { TrendInput } from './sections/trends.js';

/** Scores `scorer` on `count` equal, non-overlapping windows covering `span`. */
export function windowedVectors(graph: Graph, view: ViewOptions | undefined, scorer: Scorer, span: readonly [number, number], count: number): TrendInput {
  const [start, end] = span;
  const width = (end - start) / count;
  const windows = Array.from({ length: count }, (_, i) => ({ from: start + i * width, to: i === count - 1 ? end : start + (i + 1) * width }));
  const vectors = windows.map((window) => scorer.score(getScoringContext(graph, { ...view, window, asOf: window.to })));
  return { windows, vectors };
}
