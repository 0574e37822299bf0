/**
 * The report's charts: Observable Plot (Bostock et al., the grammar-of-graphics successor of D3's
 * charts) rendered to static SVG on a linkedom document, so the page needs no script at all. Each
 * chart carries `role="img"`, an `aria-label`, and `<title>`/`<desc>` text alternatives.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { AdvocacyData } from './sections/advocacy.js';
import type { AudienceData, AudiencePoint } from './sections/audience.js';
import type { BridgesData } from './sections/bridges.js';
import type { DistributionData } from './sections/distribution.js';
import type { TrendSeries } from './sections/trends.js';

/** Above this many points a scatter becomes hexagonal bins, which keeps the file small for big graphs. */
export const HEXBIN_ABOVE = 1500;

const ACCENT = '#d9480f';
const INK = '#495057';
const MUTED = '#adb5bd';

type PlotOptions = Plot.PlotOptions;

/** Renders `options` to an SVG string with a title and a text description. */
export function renderChart(options: PlotOptions, alt: { title: string; description: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document, ariaLabel: alt.title, ariaDescription: alt.description });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  svg.setAttribute('role', 'img');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = alt.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = alt.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  // Plot's default fonts are the system UI font: nothing to load.
  return node.outerHTML;
}

const compact = (x: number): string => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(x);

const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(2));

/** Histogram of the scores with the ranked table's cut marked. */
export function distributionChart(data: DistributionData, scoreName: string): string {
  return renderChart(
    {
      width: 960,
      height: 240,
      marginLeft: 50,
      x: { label: scoreName, nice: true },
      y: { label: 'Accounts', grid: true },
      marks: [
        Plot.rectY(data.values, { ...Plot.binX({ y: 'count' }, { x: (d: number) => d, thresholds: 40 }), fill: MUTED }),
        Plot.ruleX([data.cut], { stroke: ACCENT, strokeWidth: 2 }),
        Plot.text([data.cut], { x: (d: number) => d, frameAnchor: 'top', text: () => `top ${data.top} ≥ ${fmt(data.cut)}`, dx: -4, textAnchor: 'end', fill: ACCENT, fontWeight: 'bold' }),
        Plot.ruleY([0]),
      ],
    },
    {
      title: `How ${scoreName} is distributed`,
      description: `Histogram of ${data.values.length} accounts: median ${fmt(data.median)}, quartiles ${fmt(data.q1)} and ${fmt(data.q3)}, range ${fmt(data.min)} to ${fmt(data.max)}. The top ${data.top} accounts score at least ${fmt(data.cut)}.`,
    },
  );
}

/** Log scales cannot show 0: audiences below 1 and rates below 0.01% are drawn at those floors. */
const AUDIENCE_FLOOR = 1;
const RATE_FLOOR = 0.01;
const audienceX = (p: AudiencePoint): number => Math.max(AUDIENCE_FLOOR, p.audience);
const rateY = (p: AudiencePoint): number => Math.max(RATE_FLOOR, 100 * p.rate);

/**
 * Audience against engagement rate, both on log scales, the top accounts in the accent colour and
 * named, and the three largest audiences named in grey: where the million-follower fallacy shows.
 */
export function audienceChart(data: AudienceData): string {
  const others = data.points.filter((p) => !p.top);
  const top = data.points.filter((p) => p.top);
  const biggest = [...others].sort((a, b) => b.audience - a.audience).slice(0, 3);
  const audienceName = data.source === 'followers' ? 'Followers' : 'In-degree (accounts paying attention)';
  const background =
    others.length > HEXBIN_ABOVE
      ? Plot.hexagon(others, Plot.hexbin({ fill: 'count' }, { x: audienceX, y: rateY, binWidth: 10 }))
      : Plot.dot(others, { x: audienceX, y: rateY, r: 2.5, fill: MUTED, fillOpacity: 0.7 });
  return renderChart(
    {
      width: 960,
      height: 380,
      marginLeft: 50,
      marginRight: 40,
      insetBottom: 16,
      insetTop: 8,
      x: { type: 'log', label: `${audienceName} →`, grid: true, tickFormat: compact },
      y: { type: 'log', label: '↑ Engagement rate (%)', grid: true, tickFormat: (d: number) => `${+d.toPrecision(2)}` },
      color: { scheme: 'greys', type: 'log' },
      marks: [
        background,
        Plot.dot(biggest, { x: audienceX, y: rateY, r: 4, fill: INK }),
        Plot.text(biggest, { x: audienceX, y: rateY, text: (p) => `${p.label} (${compact(p.audience)})`, dy: -10, textAnchor: 'end', fill: INK, fontSize: 11 }),
        // Numbered like the ranked table: names would pile up where the top accounts cluster.
        Plot.dot(top, { x: audienceX, y: rateY, r: 8, fill: ACCENT, stroke: 'white' }),
        Plot.text(top, { x: audienceX, y: rateY, text: (p) => String(p.rank), fill: 'white', fontSize: 9, fontWeight: 'bold' }),
      ],
    },
    {
      title: `${audienceName} against engagement rate`,
      description: `${data.points.length} accounts. Spearman correlation between ${audienceName.toLowerCase()} and engagement rate: ${Number.isNaN(data.rho) ? 'undefined' : data.rho.toFixed(2)}. The ${top.length} top accounts are marked; the largest audiences: ${biggest
        .map((p) => `${p.label} (${compact(p.audience)}, ${(100 * p.rate).toPrecision(2)}%)`)
        .join(', ')}.`,
    },
  );
}

/** Degree against the bridge measure, the top bridges named. */
export function bridgesChart(data: BridgesData): string {
  const points = data.all.map((p) => ({ degree: Math.max(1, p.degree), bridge: p.bridge }));
  const named = new Set(data.rows.map((r) => r.node));
  const top = data.rows.map((r) => ({ degree: Math.max(1, r.degree), bridge: r.bridge, label: r.label }));
  const background =
    points.length > HEXBIN_ABOVE
      ? Plot.hexagon(points, Plot.hexbin({ fill: 'count' }, { x: 'degree', y: 'bridge', binWidth: 10 }))
      : Plot.dot(points, { x: 'degree', y: 'bridge', r: 2.5, fill: MUTED, fillOpacity: 0.6 });
  return renderChart(
    {
      width: 960,
      height: 340,
      marginLeft: 50,
      marginRight: 20,
      x: { type: 'log', label: 'Degree (connections)', grid: true },
      y: { label: data.measure, grid: true, zero: true },
      color: { scheme: 'greys', type: 'log' },
      marks: [
        background,
        // Numbered like the bridges table below the chart.
        Plot.dot(top, { x: 'degree', y: 'bridge', r: 8, fill: '#1971c2', stroke: 'white' }),
        Plot.text(top, { x: 'degree', y: 'bridge', text: (_, i) => String(i + 1), fill: 'white', fontSize: 9, fontWeight: 'bold' }),
      ],
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

/** A sparkline of one account's percentile per window (0–100 fixed, so lines compare). */
export function sparkline(series: TrendSeries, windows: number): string {
  const points = series.percentiles.map((p, i) => ({ i, p })).filter((d): d is { i: number; p: number } => d.p !== null);
  const last = points[points.length - 1];
  return renderChart(
    {
      width: 240,
      height: 40,
      margin: 4,
      axis: null,
      x: { domain: [0, Math.max(1, windows - 1)] },
      y: { domain: [0, 100] },
      marks: [
        Plot.ruleY([50], { stroke: '#dee2e6' }),
        Plot.lineY(points, { x: 'i', y: 'p', stroke: INK, strokeWidth: 1.5 }),
        ...(last ? [Plot.dot([last], { x: 'i', y: 'p', r: 2.5, fill: ACCENT })] : []),
      ],
    },
    {
      title: `${series.label}: percentile per window`,
      description: `Percentile in each of ${windows} windows: ${series.percentiles.map((p) => (p === null ? 'absent' : p.toFixed(0))).join(', ')}.`,
    },
  );
}

/** Diverging bars of the strongest advocates (right) and detractors (left). */
export function advocacyChart(data: AdvocacyData): string {
  const rows = [...data.advocates, ...data.detractors.slice().reverse()];
  return renderChart(
    {
      width: 960,
      height: 40 + 18 * rows.length,
      marginLeft: 120,
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
