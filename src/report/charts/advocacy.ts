/** The advocacy chart: diverging bars of the strongest advocates (right) and detractors (left). */
import * as Plot from '@observablehq/plot';
import type { AdvocacyData } from '../sections/advocacy.js';
import { renderChart } from './render-chart.js';

/** Diverging bars of the strongest advocates (right) and detractors (left). */
export function advocacyChart(data: AdvocacyData): string {
  const rows = [...data.advocates, ...data.detractors.slice().reverse()];
  // Room for the longest name at Plot's 10 px tick labels (about 6 px a glyph), within reason.
  const longest = Math.max(0, ...rows.map((r) => r.label.length));
  return renderChart(
    {
      width: 960,
      height: 40 + 18 * rows.length,
      marginLeft: Math.min(320, Math.max(80, 16 + 6 * longest)),
      x: { label: `Stance towards ${data.brand} (weighted by reach)`, grid: true },
      y: { label: null, domain: rows.map((r) => r.label) },
      marks: [
        Plot.barX(rows, { x: 'score', y: 'label', fill: (r: { stance: string }) => (r.stance === 'advocate' ? '#2f9e44' : '#e03131') }),
        Plot.ruleX([0]),
      ],
    },
    {
      title: `Advocates and detractors of ${data.brand}`,
      description: `${data.advocates.length} strongest advocates (${data.advocates.slice(0, 3).map((r) => r.label).join(', ')}) and ${data.detractors.length} strongest detractors (${data.detractors.slice(0, 3).map((r) => r.label).join(', ')}).`,
    },
  );
}
