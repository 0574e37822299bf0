/** The trends' sparklines, on the top-share scale `trend` measures momentum on. */
import * as Plot from '@observablehq/plot';
import type { TrendSeries } from '../sections/trends.js';
import { ACCENT, INK, renderChart } from './render-chart.js';

/**
 * −log₂ of the top share of an account at percentile `p` (0–100): 1 for the top half, 2 for the top
 * quarter, log₂ 2n for a lone leader. The scale `trend` measures momentum on, so a sparkline shows
 * the rise or fall its status is about (a fall from the top 2% to the top 16% is three halvings,
 * though only 14 points of percentile).
 */
export const topLevel = (p: number): number => -Math.log2(Math.max(Number.MIN_VALUE, 1 - p / 100));

/**
 * A sparkline of one account's standing per window, on the top-share scale of {@link topLevel}
 * (fixed from the bottom account to a lone leader among `accounts`, so lines compare).
 */
export function sparkline(series: TrendSeries, windows: number, accounts: number): string {
  const points = series.percentiles.map((p, i) => ({ i, y: p === null ? null : topLevel(p) })).filter((d): d is { i: number; y: number } => d.y !== null);
  const last = points[points.length - 1];
  return renderChart(
    {
      width: 240,
      height: 40,
      margin: 4,
      axis: null,
      x: { domain: [0, Math.max(1, windows - 1)] },
      y: { domain: [0, Math.log2(2 * Math.max(1, accounts))] },
      marks: [
        // The top half's edge: above the line, the account beats the median.
        Plot.ruleY([1], { stroke: '#dee2e6' }),
        Plot.lineY(points, { x: 'i', y: 'y', stroke: INK, strokeWidth: 1.5 }),
        ...(last ? [Plot.dot([last], { x: 'i', y: 'y', r: 2.5, fill: ACCENT })] : []),
      ],
    },
    {
      title: `${series.label}: standing per window`,
      description: `Percentile in each of ${windows} windows: ${series.percentiles.map((p) => (p === null ? 'absent' : p.toFixed(0))).join(', ')}.`,
    },
  );
}
