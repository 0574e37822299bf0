/**
 * Trend: the same scorer over sliding time windows, and who rises or fades ("today's influencer can
 * be nobody tomorrow").
 *   windows   [e_k − window, e_k] with e_k = to − k·step, k = 0, 1, … while e_k − window ≥ from
 *   q_k(v)    the share of accounts ranked at or above v in window k: 1 − p_k(v), p_k the mid-rank
 *             percentile (ties count half, see `percentile`), so q is 1/(2n) for a lone leader
 *   y_k(v)    −log₂ q_k(v)           ("v is in the top 2^−y of accounts")
 *   momentum  (W − 1) · median_{i<j} (y_j(v) − y_i(v)) / (j − i)
 * The Theil–Sen slope (Theil 1950; Sen 1968) of y over the windows, scaled to the whole span: how
 * many times the account's top share halved (positive) or doubled (negative) over the period. From
 * the top 20% to the top 1% is +4.3. It is rank-based, so windows with more activity compare with
 * quieter ones and any scorer works, and the log resolves the top of the ranking, where plain
 * percentiles saturate (an account going from 40th to 1st of 200 moves its percentile by 0.2 only).
 * Theil–Sen tolerates up to 29% odd windows. Each window is added to the scorer's own view (its
 * relations, decay and weights are kept).
 */
import type { AbstractGraph } from 'graphology-types';
import { ColumnarGraph } from '../context/columnar-graph.js';
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { type RunOptions, runControl } from '../core/run.js';
import type { Scorer } from '../scorers/scorer.js';
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';
import { getScoringContext } from '../context/cache.js';
import { toMillis } from '../context/edges.js';
import { type ViewOptions, withWindow } from '../context/view.js';
import { percentile } from './percentile.js';
import { distinctWarnings, prefixWarning } from '../core/warnings.js';

/** How an account's influence moves over the windows. */
export type TrendStatus = 'rising' | 'fading' | 'steady' | 'new' | 'gone';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 365 * 86_400_000 };

/**
 * @internal A duration: a number of ms, or a number with a unit (`ms`, `s`, `m`, `h`, `d`, `w`, `y` = 365 d).
 * NaN when it is neither.
 */
export function durationMs(value: number | string): number {
  if (typeof value === 'number') return value;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)?$/.exec(value.trim());
  return match ? Number(match[1]) * UNIT_MS[match[2] ?? 'ms'] : Number.NaN;
}

const duration = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const ms = durationMs(v);
  if (!(ms > 0 && Number.isFinite(ms))) {
    ctx.addIssue({ code: 'custom', message: `must be a positive duration (ms, or a number with a unit: 90m, 12h, 30d, 2w, 1y), got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return ms;
});
const moment = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const ms = toMillis(v);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `must be ms since the epoch or an ISO date, got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return ms;
});

const schema = z
  .object({
    window: duration,
    step: duration,
    from: moment.optional(),
    to: moment.optional(),
    threshold: z.number().gt(0).refine(Number.isFinite, 'must be finite').default(2),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link trend}. */
export interface TrendOptions {
  /** Length of each window: ms, or `'30d'`, `'12h'`, `'2w'`, `'1y'`. */
  window: number | string;
  /** Distance between window ends (smaller than `window` makes windows overlap). */
  step: number | string;
  /** Start of the period (ms or ISO date). @defaultValue the earliest time of a post or of an edge the scorer sees (its own view, else `view`) */
  from?: number | string;
  /** End of the period; the last window ends here. @defaultValue the latest time of a post or of an edge the scorer sees */
  to?: number | string;
  /** |momentum| at or above which an account is rising or fading (2 = its top share quartered, e.g. from the top 20% to the top 5%). @defaultValue `2` */
  threshold?: number;
  /** The view each window is added to, for scorers without their own (relations, decay...). @defaultValue every edge */
  view?: ViewOptions;
}

/** What {@link trend} returns. */
export interface TrendResult {
  /** The windows, oldest first (ms, inclusive). */
  readonly windows: readonly { readonly from: number; readonly to: number }[];
  /** The scorer's vector in each window. */
  readonly vectors: readonly ScoreVector[];
  /** Theil–Sen change of −log₂(top share) over the period, in [−log₂ 2n, log₂ 2n]; higher = rising. `meta.extra` has `levels` (y per window), `status` and `windows`. */
  readonly momentum: ScoreVector;
  /** Per account, aligned with `momentum.keys`. */
  readonly status: readonly TrendStatus[];
}

/** @internal Median of the first `m` entries (sorts them in place). */
function median(values: Float64Array, m: number): number {
  const part = values.subarray(0, m).sort();
  return m % 2 === 1 ? part[(m - 1) / 2] : (part[m / 2 - 1] + part[m / 2]) / 2;
}

/** The `posts` graph attribute of a graph or of edge columns ([] when absent). */
function postsOf(graph: AbstractGraph | ColumnarGraph): unknown {
  if (graph instanceof ColumnarGraph) return graph.graphAttribute('posts') ?? [];
  return graph.hasAttribute('posts') ? graph.getAttribute('posts') : [];
}

function dataSpan(graph: AbstractGraph | ColumnarGraph, view: ViewOptions | undefined): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  const time = getScoringContext(graph, view ? { ...view, window: undefined } : undefined).edges.time;
  for (let e = 0; e < time.length; e++) {
    if (time[e] < from) from = time[e];
    if (time[e] > to) to = time[e];
  }
  const posts = postsOf(graph);
  if (Array.isArray(posts)) {
    for (const p of posts) {
      const t = toMillis((p as { time?: unknown } | null)?.time);
      if (t < from) from = t;
      if (t > to) to = t;
    }
  }
  return { from, to };
}

/**
 * Scores `scorer` on sliding windows and says who is rising, fading, new or gone (formulas in the
 * file header). A window longer than the data, or fewer than two windows, is an `INVALID_OPTION`
 * error naming `window` or `step`.
 *
 * Status: `new` when inactive (no edge the scorer sees, no post) in the first window and active in the last; `gone`
 * when active in the first and inactive in the last; otherwise `rising` or `fading` when |momentum|
 * ≥ `threshold`, else `steady`.
 *
 * @example
 * ```ts
 * const t = trend(graph, pagerank({ view: { relations: ['share'] } }), { window: '30d', step: '7d' });
 * t.momentum.top(10);                       // the fastest risers
 * t.status[t.momentum.keys.indexOf('ada')]; // 'rising'
 * ```
 */
export function trend(graph: AbstractGraph | ColumnarGraph, scorer: Scorer, options: TrendOptions, run?: RunOptions): TrendResult {
  const opts = parseOptions(schema, options, 'trend');
  // The times the scorer sees: its own view's edges (createScorer keeps it), else trend's view.
  const base = (scorer as { view?: ViewOptions }).view ?? opts.view;
  const span = dataSpan(graph, base);
  const from = opts.from ?? span.from;
  const to = opts.to ?? span.to;
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new InfluenceScoreError('MISSING_DATA', 'trend needs times: no edge or post has one', [{ path: ['window'], field: 'window', message: 'give edges a time (or posts), or set from and to' }]);
  }
  const days = (ms: number): string => `${(ms / 86_400_000).toFixed(1)} days`;
  if (opts.window > to - from) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for trend', [
      { path: ['window'], field: 'window', message: `the window (${days(opts.window)}) is longer than the data (${days(to - from)}, ${new Date(from).toISOString()} to ${new Date(to).toISOString()})` },
    ]);
  }
  const windows: { from: number; to: number }[] = [];
  for (let end = to; end - opts.window >= from; end -= opts.step) windows.unshift({ from: end - opts.window, to: end });
  if (windows.length < 2) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for trend', [
      { path: ['step'], field: 'step', message: `a trend needs at least 2 windows; the data spans ${days(to - from)}, the window is ${days(opts.window)}: make the step at most ${days(to - from - opts.window)}` },
    ]);
  }
  const control = runControl(run, 'trend');
  const W = windows.length;
  const vectors: ScoreVector[] = [];
  const levels: Float64Array[] = [];
  const active: Uint8Array[] = [];
  const postTimes = postAuthors(graph);
  for (let k = 0; k < W; k++) {
    control.tick(k, W);
    const vector = scorer.score(getScoringContext(graph, withWindow(opts.view ?? {}, windows[k])), { signal: run?.signal });
    const ctx = getScoringContext(graph, withWindow(base ?? {}, windows[k]));
    vectors.push(vector);
    // y = −log₂(1 − p): p < 1 always (a lone leader has p = 1 − 1/(2n)), so y is finite.
    levels.push(percentile(vector).values.map((p) => -Math.log2(1 - p)));
    const on = new Uint8Array(ctx.n);
    const { src, dst, length } = ctx.edges;
    for (let e = 0; e < length; e++) on[src[e]] = on[dst[e]] = 1;
    for (const [author, t] of postTimes) if (t >= windows[k].from && t <= windows[k].to) {
      const i = ctx.index.get(author);
      if (i !== undefined) on[i] = 1;
    }
    active.push(on);
  }
  control.finish(W);

  const keys = vectors[0].keys;
  const n = keys.length;
  const values = new Float64Array(n);
  const status: TrendStatus[] = new Array<TrendStatus>(n);
  const slopes = new Float64Array((W * (W - 1)) / 2);
  const bound = Math.log2(2 * Math.max(1, n));
  for (let v = 0; v < n; v++) {
    let m = 0;
    for (let i = 0; i < W; i++) for (let j = i + 1; j < W; j++) slopes[m++] = (levels[j][v] - levels[i][v]) / (j - i);
    values[v] = Math.max(-bound, Math.min(bound, (W - 1) * median(slopes, m)));
    const first = active[0][v] === 1;
    const last = active[W - 1][v] === 1;
    status[v] = !first && last ? 'new' : first && !last ? 'gone' : values[v] >= opts.threshold ? 'rising' : values[v] <= -opts.threshold ? 'fading' : 'steady';
  }
  const warnings = distinctWarnings(vectors.flatMap((x, k) => x.meta.warnings.map((w) => prefixWarning(`window ${k + 1}`, w))));
  const momentum = createScoreVector({
    keys,
    values,
    meta: {
      scorer: 'trend-momentum',
      params: { scorer: scorer.id, window: opts.window, step: opts.step, from, to, threshold: opts.threshold, estimator: 'theil-sen slope of −log2(top share) × (windows − 1)' },
      elapsedMs: vectors.reduce((s, x) => s + x.meta.elapsedMs, 0),
      warnings,
      higherIsBetter: true,
      range: [-bound, bound],
      extra: { status, levels, windows },
    },
  });
  return { windows, vectors, momentum, status };
}

function postAuthors(graph: AbstractGraph | ColumnarGraph): [string, number][] {
  const posts = postsOf(graph);
  if (!Array.isArray(posts)) return [];
  return posts.map((p) => [String((p as { author?: unknown }).author), toMillis((p as { time?: unknown }).time)] as [string, number]);
}
