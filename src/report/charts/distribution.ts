/** The distribution chart: a histogram of the scores with the ranked table's cut marked. */
import * as Plot from '@observablehq/plot';
import type { DistributionData } from '../sections/distribution.js';
import { ACCENT, fmt, MUTED, renderChart } from './render-chart.js';

/** Histogram of the scores with the ranked table's cut marked. */
export function distributionChart(data: DistributionData, scoreName: string): string {
  // The cut's label sits in a strip above the tallest bar, on the side of the line with more room.
  const onLeft = data.cut - data.min > data.max - data.cut;
  return renderChart(
    {
      width: 960,
      height: 240,
      marginLeft: 50,
      insetTop: 16,
      x: { label: scoreName, nice: true },
      y: { label: 'Accounts', grid: true },
      marks: [
        Plot.rectY(data.values, { ...Plot.binX({ y: 'count' }, { x: (d: number) => d, thresholds: 40 }), fill: MUTED }),
        Plot.ruleX([data.cut], { stroke: ACCENT, strokeWidth: 2 }),
        Plot.text([data.cut], {
          x: (d: number) => d,
          frameAnchor: 'top',
          text: () => `top ${data.top} ≥ ${fmt(data.cut)}`,
          dx: onLeft ? -4 : 4,
          textAnchor: onLeft ? 'end' : 'start',
          fill: ACCENT,
          fontWeight: 'bold',
          className: 'cut-label',
        }),
        Plot.ruleY([0]),
      ],
    },
    {
      title: `How ${scoreName} is distributed`,
      description: `Histogram of ${data.values.length} accounts: median ${fmt(data.median)}, quartiles ${fmt(data.q1)} and ${fmt(data.q3)}, range ${fmt(data.min)} to ${fmt(data.max)}. The top ${data.top} accounts score at least ${fmt(data.cut)}.`,
    },
  );
}
