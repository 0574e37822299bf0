/**
 * The columns a graph was built from, kept with it while it is unchanged. A loader that builds a
 * graphology graph from an {@link EdgeList} already holds every edge's endpoints, weight, type and
 * time in typed columns; the first ScoringContext of that graph can read them instead of walking
 * millions of graphology records (the context layer decides when it may, see context/seed.ts). The
 * first mutation event drops them for good, exactly as it drops the graph's cached contexts.
 */
import type { AbstractGraph } from 'graphology-types';
import type { EdgeColumns, EdgeList } from './edge-list.js';
import { GRAPH_MUTATION_EVENTS } from '../mutation-events.js';

/** @internal The role columns of the edge list a graph was built from: row k is the k-th edge graphology iterates. */
export interface GraphOrigin extends EdgeColumns {
  /** Node count; node i is the i-th node graphology iterates. */
  readonly n: number;
  /** The weight each edge holds (1 where it has no weight attribute); null when no edge has one. */
  readonly weight: Float64Array | null;
}

const origins = new WeakMap<AbstractGraph, GraphOrigin>();

/**
 * @internal Keeps `list`'s role columns with `graph` (built from it by `graphFromEdgeList`) until the
 * graph's first mutation. Rewrites `list.weight` in place (an empty cell becomes 1): the caller
 * hands the list over. Nothing is kept when an extra column would overwrite a role attribute.
 */
export function rememberOrigin(graph: AbstractGraph, list: EdgeList): void {
  if (list.extras.some(({ name }) => name === 'weight' || name === 'type' || name === 'time')) return;
  const weight = list.weight;
  if (weight !== null) for (let k = 0; k < weight.length; k++) if (weight[k] !== weight[k]) weight[k] = 1;
  origins.set(graph, { n: list.keys.length, src: list.src, dst: list.dst, weight, time: list.time, type: list.type, typeNames: list.typeNames });
  const forget = (): void => {
    origins.delete(graph);
    for (const event of GRAPH_MUTATION_EVENTS) graph.removeListener(event, forget);
  };
  for (const event of GRAPH_MUTATION_EVENTS) graph.on(event, forget);
}

/** @internal The columns `graph` was built from, or undefined (not built by a loader, or changed since). */
export function originOf(graph: AbstractGraph): GraphOrigin | undefined {
  return origins.get(graph);
}
