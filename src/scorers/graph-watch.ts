/**
 * A watch on a graphology graph during an async run: the run reads a snapshot (its context), and a
 * graph that changes under it would get scores for a graph that no longer exists. The watch notes any
 * mutation event, so the run can refuse to return stale scores.
 */
import type { AbstractGraph } from 'graphology-types';
import { ScoringContext } from '../context/context.js';
import { ColumnarGraph } from '../context/columnar-graph.js';
import { InfluenceScoreError } from '../core/errors.js';
import { GRAPH_MUTATION_EVENTS } from '../graph/mutation-events.js';
import type { ScoreInput } from './scorer.js';

/** @internal Whether the graph changed since the watch began, and how to end the watch. */
export interface GraphWatch {
  changed(): boolean;
  stop(): void;
}

/** One mutation counter per graph, one listener per event however many runs watch it. */
const versions = new WeakMap<AbstractGraph, { n: number }>();

function versionOf(graph: AbstractGraph): { n: number } {
  let version = versions.get(graph);
  if (!version) {
    const counter = { n: 0 };
    for (const event of GRAPH_MUTATION_EVENTS) graph.on(event, () => counter.n++);
    versions.set(graph, counter);
    version = counter;
  }
  return version;
}

/** @internal Watches the graphology graph behind `input` (none for columns). */
export function watchGraph(input: ScoreInput): GraphWatch | null {
  const graph: AbstractGraph | null = input instanceof ScoringContext ? input.graph : input instanceof ColumnarGraph ? null : (input as AbstractGraph);
  if (graph === null || typeof graph.on !== 'function') return null;
  const version = versionOf(graph);
  const start = version.n;
  return { changed: () => version.n !== start, stop: () => {} };
}

/** @internal The error for a graph changed during an async run of `label`. */
export function changedDuringRun(label: string): InfluenceScoreError {
  return new InfluenceScoreError('INVALID_INPUT', `${label}: the graph changed while it was being scored; score it again once it stops changing`, [
    { path: ['input'], message: 'the graph was mutated during an async run (its scores would describe a graph that no longer exists)' },
  ]);
}
