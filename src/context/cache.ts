/**
 * One ScoringContext per (graph, view), kept while the graph is unchanged. Any mutation event
 * graphology emits drops every context of that graph, so a stale CSR is never served. A graph keeps
 * at most {@link CONTEXT_CACHE_SIZE} views, least recently used out first: a service that passes a
 * new `asOf` on every call would otherwise keep one CSR per call for as long as the graph lives.
 * Graphs themselves are held weakly.
 */
import type { AbstractGraph } from 'graphology-types';
import { expectGraph } from '../core/arguments.js';
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

/**
 * How many views' contexts one graph keeps cached (least recently used evicted first). The trust
 * preset, the composite with the most scoped parts, reads about six views; sixteen leaves room.
 *
 * @example
 * ```ts
 * for (const asOf of times) pagerank({ view: { asOf, halfLife } }).score(graph); // at most 16 contexts kept
 * ```
 */
export const CONTEXT_CACHE_SIZE = 16;

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
  if (!(graph instanceof ColumnarGraph)) expectGraph(graph, 'score');
  const resolved = resolveView(view);
  const key = viewKey(resolved);
  const cache = cacheOf(graph);
  let ctx = cache.get(key);
  if (ctx) {
    // Re-inserted: a Map iterates in insertion order, so its first key is the least recently used.
    cache.delete(key);
  } else {
    ctx = new ScoringContext(graph, resolved);
    if (cache.size >= CONTEXT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, ctx);
  return ctx;
}
