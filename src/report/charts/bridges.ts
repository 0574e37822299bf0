/** The bridges chart: degree against the bridge measure, the top bridges numbered as in the table. */
import * as Plot from '@observablehq/plot';
import type { BridgesData } from '../sections/bridges.js';
import { BRIDGE, fmt, HEXBIN_ABOVE, MUTED, renderChart } from './render-chart.js';
import { extent, type Frame, numberedMarkers, plotFrame, scatterScales } from './scatter.js';

/** Degree against the bridge measure, the top bridges numbered as in the table. */
export function bridgesChart(data: BridgesData): string {
  const points = data.all.map((p) => ({ degree: Math.max(1, p.degree), bridge: p.bridge }));
  const named = new Set(data.rows.map((r) => r.node));
  const top = data.rows.map((r, i) => ({ x: Math.max(1, r.degree), y: r.bridge, text: String(i + 1) }));
  const frame: Frame = { width: 960, height: 340, top: 24, right: 20, bottom: 34, left: 50, inset: 12 };
  const scales = scatterScales(frame, { type: 'log', domain: extent(points.map((p) => p.degree), 'log') }, { type: 'linear', domain: extent(points.map((p) => p.bridge), 'linear', true) });
  const background =
    points.length > HEXBIN_ABOVE
      ? Plot.hexagon(points, Plot.hexbin({ fill: 'count' }, { x: 'degree', y: 'bridge', binWidth: 10 }))
      : Plot.dot(points, { x: 'degree', y: 'bridge', r: 2.5, fill: MUTED, fillOpacity: 0.6 });
  return renderChart(
    {
      ...plotFrame(frame),
      x: { ...scales.x, label: 'Degree (connections) →', grid: true },
      y: { ...scales.y, label: `↑ ${data.measure}`, grid: true },
      color: { scheme: 'greys', type: 'log' },
      // Numbered like the bridges table below the chart.
      marks: [background, ...numberedMarkers(top, scales, [], BRIDGE, 'bridge-marker').marks],
    },
    {
      title: `${data.measure} against degree`,
      description: `${points.length} accounts; the ${named.size} strongest bridges are marked: ${data.rows
        .slice(0, 5)
        .map((r) => `${r.label} (${data.measure.toLowerCase()} ${fmt(r.bridge)}, degree ${r.degree})`)
        .join(', ')}.`,
    },
  );
}
