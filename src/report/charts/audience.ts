/** The audience chart: audience against engagement rate on log scales (the million-follower fallacy). */
import * as Plot from '@observablehq/plot';
import type { AudienceData, AudiencePoint } from '../sections/audience.js';
import { ACCENT, compact, HEXBIN_ABOVE, INK, MUTED, renderChart } from './render-chart.js';
import { extent, type Frame, nameLabels, numberedMarkers, plotFrame, scatterScales } from './scatter.js';

/** Log scales cannot show 0: audiences below 1 and rates below 0.01% are drawn at those floors. */
const AUDIENCE_FLOOR = 1;
const RATE_FLOOR = 0.01;
const audienceX = (p: AudiencePoint): number => Math.max(AUDIENCE_FLOOR, p.audience);
const rateY = (p: AudiencePoint): number => Math.max(RATE_FLOOR, 100 * p.rate);

/**
 * Audience against engagement rate, both on log scales, the top accounts in the accent colour and
 * numbered, and the three largest audiences named in grey: where the million-follower fallacy shows.
 */
export function audienceChart(data: AudienceData): string {
  const others = data.points.filter((p) => !p.top);
  const top = data.points.filter((p) => p.top).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const biggest = [...others].sort((a, b) => b.audience - a.audience).slice(0, 3);
  const audienceName = data.source === 'followers' ? 'Followers' : 'In-degree (accounts paying attention)';
  const frame: Frame = { width: 960, height: 380, top: 24, right: 40, bottom: 34, left: 50, inset: 12 };
  const scales = scatterScales(frame, { type: 'log', domain: extent(data.points.map(audienceX), 'log') }, { type: 'log', domain: extent(data.points.map(rateY), 'log') });
  const background =
    others.length > HEXBIN_ABOVE
      ? Plot.hexagon(others, Plot.hexbin({ fill: 'count' }, { x: audienceX, y: rateY, binWidth: 10 }))
      : Plot.dot(others, { x: audienceX, y: rateY, r: 2.5, fill: MUTED, fillOpacity: 0.7 });
  const big = biggest.map((p) => ({ x: audienceX(p), y: rateY(p), text: `${p.label} (${compact(p.audience)})` }));
  const bigDots = big.map((p) => ({ x: (scales.scaleX.apply(p.x) as number) - 5, y: (scales.scaleY.apply(p.y) as number) - 5, width: 10, height: 10 }));
  // Numbered like the ranked table: names would pile up where the top accounts cluster.
  const markers = numberedMarkers(
    top.map((p) => ({ x: audienceX(p), y: rateY(p), text: String(p.rank) })),
    scales,
    bigDots,
    ACCENT,
    'rank-marker',
  );
  return renderChart(
    {
      ...plotFrame(frame),
      x: { ...scales.x, label: `${audienceName} →`, grid: true, tickFormat: compact },
      y: { ...scales.y, label: '↑ Engagement rate (%)', grid: true, tickFormat: (d: number) => `${+d.toPrecision(2)}` },
      color: { scheme: 'greys', type: 'log' },
      marks: [background, Plot.dot(big, { x: 'x', y: 'y', r: 4, fill: INK }), ...markers.marks, ...nameLabels(big, scales, [...bigDots, ...markers.boxes], 'name-label')],
    },
    {
      title: `${audienceName} against engagement rate`,
      description: `${data.points.length} accounts. Spearman correlation between ${audienceName.toLowerCase()} and engagement rate: ${Number.isNaN(data.rho) ? 'undefined' : data.rho.toFixed(2)}. The ${top.length} top accounts are marked; the largest audiences: ${biggest
        .map((p) => `${p.label} (${compact(p.audience)}, ${(100 * p.rate).toPrecision(2)}%)`)
        .join(', ')}.`,
    },
  );
}
