/**
 * One ScoringContext per (graph, view), kept while the graph is unchanged. Any mutation event
 * graphology emits drops every context of that graph, so a stale CSR is never served.
 */
import type { AbstractGraph } from 'graphology-types';
import { ColumnarGraph } from './columnar-graph.js';
import { type ContextSource, ScoringContext } from './context.js';
import { resolveView, type ViewOptions, viewKey } from './view.js';

const MUTATION_EVENTS = [
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

const caches = new WeakMap<ContextSource, Map<string, ScoringContext>>();

function cacheOf(graph: ContextSource): Map<string, ScoringContext> {
  let cache = caches.get(graph);
  if (!cache) {
    const fresh = new Map<string, ScoringContext>();
    const invalidate = (): void => fresh.clear();
    // Columns are immutable; only a graphology graph can change under its contexts.
    if (!(graph instanceof ColumnarGraph)) for (const event of MUTATION_EVENTS) graph.on(event, invalidate);
    caches.set(graph, fresh);
    cache = fresh;
  }
  return cache;
}

/**
 * The ScoringContext of `graph` (a graphology graph, or the columns of a context built by
 * `contextFromColumns`) under `view`, built on first use and cached until the graph changes.
 *
 * @example
 * ```ts
 * const ctx = getScoringContext(graph, { relations: ['share'] });
 * pagerank().score(ctx); degree().score(ctx); // one CSR build for both
 * ```
 */
export function getScoringContext(graph: AbstractGraph | ContextSource, view?: ViewOptions): ScoringContext {
  const resolved = resolveView(view);
  const key = viewKey(resolved);
  const cache = cacheOf(graph);
  let ctx = cache.get(key);
  if (!ctx) {
    ctx = new ScoringContext(graph, resolved);
    cache.set(key, ctx);
  }
  return ctx;
}
