/**
 * Consistency: how steadily an account acts over time. Its events are its outgoing edges in the view
 * (v mentions, replies, shares, follows...) and, when the graph has posts, the posts it authored.
 *   span      [start, asOf], start = createdAt(v) when known, else v's first event, but never
 *             before the data begin (the earliest event of any account, or the view's window start):
 *             a ten-year-old account is not blamed for the years the data does not cover
 *   active    = (periods of length `period` in the span holding ≥ 1 event) / (periods in the span)
 *   regular   = 1 / (1 + CV),  CV = standard deviation / mean of the gaps between consecutive
 *             events (population sd); 1 for clockwork, ½ for Poisson (random) timing, → 0 for
 *             bursts; 0 with fewer than `minEvents` events or when all events share one instant
 *   score     = (1 − regularityWeight) · active + regularityWeight · regular,   0 without events
 * The coefficient of variation of inter-event times is the burstiness measure of Goh & Barabási
 * 2008 (B = (CV − 1)/(CV + 1); regular = (1 − B)/2); the active-period share is the usual
 * "active weeks" retention metric.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { requireEdgeTimes, resolveAsOf, scopedView } from './internal/shared.js';

const DAY = 86_400_000;

const schema = z
  .object({
    period: z.number().positive().refine(Number.isFinite, 'must be finite').default(7 * DAY),
    regularityWeight: z.number().min(0).max(1).default(0.5),
    minEvents: z.number().int().min(3).default(3),
    includePosts: z.boolean().default(true),
    relations: z.union([z.array(z.string().min(1)).min(1), z.null()]).optional(),
    asOf: z.number().refine(Number.isFinite, 'must be finite').optional(),
    createdAtAttribute: z.string().min(1).default('createdAt'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link consistency}. */
export interface ConsistencyOptions {
  /** Length of an activity period in ms (a week: "active weeks"). @defaultValue 7 days */
  period?: number;
  /** Weight of gap regularity against the active-period share, in [0, 1]. @defaultValue `0.5` */
  regularityWeight?: number;
  /** Fewest events (≥ 3, i.e. two gaps) for regularity to be measured; below it regularity is 0. @defaultValue `3` */
  minEvents?: number;
  /** Count the account's posts (graph attribute `posts`) as events. @defaultValue `true` */
  includePosts?: boolean;
  /** Relation types whose outgoing edges are events, `null` for all. @defaultValue the view's relations, else all */
  relations?: string[] | null;
  /** End of the observation span (ms). @defaultValue the view's asOf, else the latest edge time */
  asOf?: number;
  /** Node attribute holding the creation time. @defaultValue `'createdAt'` */
  createdAtAttribute?: string;
  /** Time window and other view settings. @defaultValue every edge */
  view?: ViewOptions;
}

interface PostLike {
  author?: unknown;
  time?: unknown;
}

/**
 * Consistency of activity over time, in [0, 1]. Needs event times: edges in the view without a
 * time raise `MISSING_DATA`.
 *
 * @example
 * ```ts
 * const c = consistency({ period: 86_400_000 }).score(graph); // daily activity
 * c.get('ada');                  // 0.72
 * c.meta.extra?.activeShare;     // per-node share of active days
 * ```
 */
export function consistency(options: ConsistencyOptions = {}): Scorer {
  const { view, relations, ...params } = parseOptions(schema, options, 'consistency');
  const scoped = scopedView(view, relations, null);
  return createScorer({
    id: 'consistency',
    label: 'Consistency',
    description: '(1 − w)·active-period share + w/(1 + CV of inter-event gaps): steady, regular activity. Goh & Barabási 2008.',
    range: [0, 1],
    higherIsBetter: true,
    params: { ...params, relations: scoped.relations ?? null },
    view: scoped,
    compute(ctx, control) {
      const { n, edges } = ctx;
      requireEdgeTimes(ctx, 'consistency', () => true, 'give every interaction in the view a time, or narrow the view with relations');
      const asOf = resolveAsOf(ctx, params.asOf, 'consistency');
      const windowStart = ctx.view.window?.from ?? -Infinity;
      const events: number[][] = Array.from({ length: n }, () => []);
      const { time } = edges;
      for (let e = 0; e < edges.length; e++) events[edges.src[e]].push(time[e]);
      const posts: unknown = params.includePosts ? ctx.graphAttribute('posts') : undefined;
      if (Array.isArray(posts)) {
        for (const p of posts as PostLike[]) {
          const v = typeof p?.author === 'string' ? ctx.index.get(p.author) : undefined;
          const t = p?.time;
          if (v !== undefined && typeof t === 'number' && Number.isFinite(t) && t >= windowStart && t <= asOf) events[v].push(t);
        }
      }
      let dataStart = Infinity;
      for (const list of events) for (const t of list) if (t < dataStart) dataStart = t;
      const from = Math.max(windowStart, dataStart);
      const created = ctx.column(params.createdAtAttribute);
      const values = new Float64Array(n);
      const activeShare = new Float64Array(n);
      const regularity = new Float64Array(n);
      for (let v = 0; v < n; v++) {
        if ((v & 1023) === 0) control.tick(v, n);
        const times = events[v].filter((t) => t <= asOf).sort((a, b) => a - b);
        if (times.length === 0) continue;
        const start = Math.max(from, Number.isNaN(created[v]) ? times[0] : Math.min(created[v], times[0]));
        const periods = Math.max(1, Math.ceil((asOf - start) / params.period));
        let active = 0;
        let last = -1;
        for (const t of times) {
          const p = Math.min(periods - 1, Math.floor((t - start) / params.period));
          if (p !== last) {
            active++;
            last = p;
          }
        }
        activeShare[v] = active / periods;
        if (times.length >= params.minEvents) {
          const k = times.length - 1;
          const mean = (times[k] - times[0]) / k;
          if (mean > 0) {
            let ss = 0;
            for (let i = 1; i <= k; i++) ss += (times[i] - times[i - 1] - mean) ** 2;
            regularity[v] = 1 / (1 + Math.sqrt(ss / k) / mean);
          }
        }
        values[v] = (1 - params.regularityWeight) * activeShare[v] + params.regularityWeight * regularity[v];
      }
      control.finish(n);
      return { values, params: { asOf }, extra: { activeShare, regularity } };
    },
  });
}
