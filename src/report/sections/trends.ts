/**
 * Trends: each top account's percentile in every time window (a sparkline per account), from the
 * same scorer run on sliding windows of the edges (`trend`). Percentiles, not raw scores, because a
 * window with more activity inflates every raw score; the percentile says where the account stood
 * among everyone in that window.
 */
import { percentile, type ScoreVector } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { z } from 'zod';
import { labelFn, nodeList } from './section-arguments.js';

/** One time window. */
export interface TrendWindow {
  /** Start, ms since the epoch. */
  readonly from: number;
  /** End, ms since the epoch. */
  readonly to: number;
}

/** What the trends section reads: the windows and one vector per window (the shape `trend` returns). */
export interface TrendInput {
  readonly windows: readonly TrendWindow[];
  readonly vectors: readonly ScoreVector[];
  /** A label per node, e.g. `rising`, `fading`, `steady`, `new`, `gone`. */
  readonly status?: (node: string) => string | undefined;
}

/** One account's line. */
export interface TrendSeries {
  readonly node: string;
  readonly label: string;
  /** Percentile (0–100) per window; null where the account is not in the window's vector. */
  readonly percentiles: readonly (number | null)[];
  readonly status: string | undefined;
}

/** Data of the trends section. */
export interface TrendsData {
  readonly windows: readonly TrendWindow[];
  /** The most accounts in a window: a lone leader's top share is 1/(2·accounts). */
  readonly accounts: number;
  readonly series: readonly TrendSeries[];
}

/**
 * Builds the sparklines of `nodes` from a trend result, or says why there are none.
 *
 * @example
 * ```ts
 * trendsData(trend(graph, scorer, { window: 30 * DAY, step: 7 * DAY }), ['ada', 'bo'], (n) => n);
 * ```
 */
export function trendsData(input: TrendInput | string, nodes: readonly string[], label: LabelOf): Section<TrendsData> {
  checkArguments('trendsData', [input, nodes, label], [['input', z.union([z.string(), z.object({ windows: z.array(argument.object), vectors: z.array(argument.vector) }).loose()])], ['nodes', nodeList], ['label', labelFn]]);
  if (typeof input === 'string') return skipped(input);
  if (input.windows.length < 2) return skipped(`${input.windows.length} time window(s): a trend needs at least 2`);
  const percentiles = input.vectors.map((v) => percentile(v));
  const series = nodes.map((node) => ({
    node,
    label: label(node),
    percentiles: percentiles.map((p) => {
      const value = p.get(node);
      return value === undefined ? null : 100 * value;
    }),
    status: input.status?.(node),
  }));
  return shown({ windows: input.windows, accounts: Math.max(...input.vectors.map((v) => v.keys.length)), series });
}
