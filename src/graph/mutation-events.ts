/**
 * The events a graphology graph emits when its nodes, edges or attributes change. Whatever is derived
 * from a graph (cached contexts, the columns a loader built it from) is dropped on any of them.
 */

/** @internal Every graphology mutation event (graphology 0.26). */
export const GRAPH_MUTATION_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'attributesUpdated',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;
