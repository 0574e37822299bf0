/**
 * One ScoringContext per (graph, view), kept while the graph is unchanged. Any mutation event
 * graphology emits drops every context of that graph, so a stale CSR is never served. A graph keeps
 * at most {@link CONTEXT_CACHE_SIZE} views, least recently used out first: a service that passes a
 * new `asOf` on every call would otherwise keep one CSR per call for as long as the graph lives.
 * Graphs themselves are held weakly.
 */
import type { AbstractGraph } from 'graphology-types';
import { expectGraph } from '../core/arguments.js';
import { finishSync, type Resumable } from '../core/run.js';
import { GRAPH_MUTATION_EVENTS } from '../graph/mutation-events.js';
import { ColumnarGraph } from './columnar-graph.js';
import { type ContextSource, contextSteps, type ScoringContext, type TableCache } from './context.js';
import type { EdgeAttributeNames, EdgeTable } from './edge-table.js';
import { resolveView, type ViewOptions, viewKey } from './view.js';

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

/** The contexts of one graph, and how many times the graph has changed (a build that saw a change is not kept). */
interface GraphCache {
  readonly contexts: Map<string, ScoringContext>;
  /**
   * The graph's edge tables by attribute names (weight, type, time): every view of a graph reads the
   * same records, so one read of the graphology heap serves them all and a new view costs only its
   * filter and CSR. A report reads some forty views of one graph (six trend windows times the parts'
   * relations); each used to walk every graphology record again.
   */
  readonly tables: Map<string, EdgeTable>;
  generation: number;
}

const caches = new WeakMap<ContextSource, GraphCache>();

function cacheOf(graph: ContextSource): GraphCache {
  let cache = caches.get(graph);
  if (!cache) {
    const fresh: GraphCache = { contexts: new Map(), tables: new Map(), generation: 0 };
    const invalidate = (): void => {
      fresh.contexts.clear();
      fresh.tables.clear();
      fresh.generation++;
    };
    // Columns are immutable; only a graphology graph can change under its contexts.
    if (!(graph instanceof ColumnarGraph)) for (const event of GRAPH_MUTATION_EVENTS) graph.on(event, invalidate);
    caches.set(graph, fresh);
    cache = fresh;
  }
  return cache;
}

const never = (): boolean => false;

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
  return finishSync(scoringContextSteps(graph, view, never));
}

/**
 * @internal {@link getScoringContext} as a resumable computation: a context not yet cached is built by
 * `contextSteps`, which yields when `pause` says a slice has passed (the async scorers drive it, so an
 * abort can land during a cold build). The context enters the cache only once it is complete, and only
 * if the graph did not change while it was being read; an abandoned build leaves the cache as it was.
 */
export function* scoringContextSteps(graph: AbstractGraph | ContextSource, view: ViewOptions | undefined, pause: () => boolean): Resumable<ScoringContext> {
  if (!(graph instanceof ColumnarGraph)) expectGraph(graph, 'score');
  const resolved = resolveView(view);
  const key = viewKey(resolved);
  const cache = cacheOf(graph);
  for (;;) {
    const cached = touch(cache, key);
    if (cached) return cached;
    const generation = cache.generation;
    const tables: TableCache = {
      get: (names) => cache.tables.get(tableKey(names)),
      // Only a table read from an unchanged graph is kept (a paused read may have seen a change).
      set: (names, table) => {
        if (cache.generation === generation) cache.tables.set(tableKey(names), table);
      },
    };
    const ctx = yield* contextSteps(graph, resolved, pause, tables);
    // The graph changed while a paused build was reading it: read it again.
    if (cache.generation !== generation) continue;
    // Another run may have built the same view while this one was paused; keep the first.
    const other = touch(cache, key);
    if (other) return other;
    if (cache.contexts.size >= CONTEXT_CACHE_SIZE) cache.contexts.delete(cache.contexts.keys().next().value!);
    cache.contexts.set(key, ctx);
    return ctx;
  }
}

const tableKey = (names: EdgeAttributeNames): string => JSON.stringify([names.weight, names.typeAttribute, names.timeAttribute]);

/** The cached context of `key`, marked most recently used. */
function touch(cache: GraphCache, key: string): ScoringContext | undefined {
  const ctx = cache.contexts.get(key);
  if (ctx) {
    // Re-inserted: a Map iterates in insertion order, so its first key is the least recently used.
    cache.contexts.delete(key);
    cache.contexts.set(key, ctx);
  }
  return ctx;
}
