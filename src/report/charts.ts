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
import { type Box, type Candidate, placeLabels, ringOffsets, type Side } from './placement.js';

/** Above this many points a scatter becomes hexagonal bins, which keeps the file small for big graphs. */
export const HEXBIN_ABOVE = 1500;

const ACCENT = '#d9480f';
const INK = '#495057';
const MUTED = '#adb5bd';
const BRIDGE = '#1971c2';

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

/** Log scales cannot show 0: audiences below 1 and rates below 0.01% are drawn at those floors. */
const AUDIENCE_FLOOR = 1;
const RATE_FLOOR = 0.01;
const audienceX = (p: AudiencePoint): number => Math.max(AUDIENCE_FLOOR, p.audience);
const rateY = (p: AudiencePoint): number => Math.max(RATE_FLOOR, 100 * p.rate);

/** A scatter chart's size and margins (px); the plot area is inside the margins. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  /** Space kept free inside the plot area, so markers at the extremes stay whole. */
  readonly inset: number;
}

/** `frame` as Plot's size and margin options. */
function plotFrame(frame: Frame): Pick<PlotOptions, 'width' | 'height' | 'marginTop' | 'marginRight' | 'marginBottom' | 'marginLeft'> {
  return { width: frame.width, height: frame.height, marginTop: frame.top, marginRight: frame.right, marginBottom: frame.bottom, marginLeft: frame.left };
}

/** A continuous (log or linear) scale: it has `invert`. */
type Scale = ReturnType<typeof Plot.scale>;

/** The data extent of `values`, widened when it is a single value (a log scale needs a span). */
function extent(values: readonly number[], type: 'log' | 'linear', zero = false): [number, number] {
  let low = zero ? 0 : Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (!(high > low)) return type === 'log' ? [low / 2, low * 2] : [low - 1, low + 1];
  return [low, high];
}

/**
 * Both scales with explicit domain and range, handed to Plot as they are, so the pixel positions the
 * label placement computes are the ones Plot draws.
 */
function scatterScales(frame: Frame, x: { type: 'log' | 'linear'; domain: [number, number] }, y: { type: 'log' | 'linear'; domain: [number, number] }) {
  const xRange: [number, number] = [frame.left + frame.inset, frame.width - frame.right - frame.inset];
  const yRange: [number, number] = [frame.height - frame.bottom - frame.inset, frame.top + frame.inset];
  return {
    x: { ...x, range: xRange },
    y: { ...y, range: yRange },
    scaleX: Plot.scale({ x: { ...x, range: xRange } }) as Scale,
    scaleY: Plot.scale({ y: { ...y, range: yRange } }) as Scale,
    area: { x: frame.left, y: frame.top, width: frame.width - frame.left - frame.right, height: frame.height - frame.top - frame.bottom },
  };
}

const MARKER_R = 8;
/** A marker's box: its diameter plus its white outline. */
const MARKER_BOX = 2 * MARKER_R + 2;
const MARKER_OFFSETS = ringOffsets(MARKER_BOX + 1, 4);

/** A point of a scatter chart in data coordinates, with its marker's text. */
interface Marked {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * Numbered markers (the table's numbers) drawn where their accounts are, or, where another marker
 * already sits, fanned out around the spot with a thin line back to a small dot at the account's
 * place: markers never cover one another. Returns the marks and the boxes they take.
 */
function numberedMarkers(points: readonly Marked[], scales: ReturnType<typeof scatterScales>, obstacles: readonly Box[], fill: string, name: string): { marks: Plot.Markish[]; boxes: Box[] } {
  const { scaleX, scaleY } = scales;
  const anchors = points.map((p) => ({ px: scaleX.apply(p.x) as number, py: scaleY.apply(p.y) as number }));
  const placed = placeLabels(
    anchors.map(({ px, py }) => ({ x: px, y: py, width: MARKER_BOX, height: MARKER_BOX, candidates: MARKER_OFFSETS })),
    obstacles,
    scales.area,
  );
  const drawn = points.map((p, i) => ({ ...p, mx: scaleX.invert!(placed[i].x) as number, my: scaleY.invert!(placed[i].y) as number, moved: placed[i].x !== anchors[i].px || placed[i].y !== anchors[i].py }));
  const moved = drawn.filter((d) => d.moved);
  return {
    marks: [
      Plot.link(moved, { x1: 'x', y1: 'y', x2: 'mx', y2: 'my', stroke: fill, strokeWidth: 1, strokeOpacity: 0.7, className: `${name}-leader` }),
      Plot.dot(moved, { x: 'x', y: 'y', r: 2.5, fill, className: `${name}-place` }),
      Plot.dot(drawn, { x: 'mx', y: 'my', r: MARKER_R, fill, stroke: 'white', className: name }),
      Plot.text(drawn, { x: 'mx', y: 'my', text: 'text', fill: 'white', fontSize: 9, fontWeight: 'bold', className: `${name}-number` }),
    ],
    boxes: placed.map((p) => p.box),
  };
}

const NAME_FONT = 11;
/** A name's box height: the font's plus room for glyphs sitting a pixel or two off the nominal middle. */
const NAME_HEIGHT = NAME_FONT + 7;
/** A generous average glyph width of the system UI font at 11 px (the browser test measures the real boxes). */
const NAME_CHAR = 6.2;
// Beside the dot first, then further out above and below, and further left or right: a label set
// far off gets a leader line back to its dot.
const NAME_OFFSETS: Candidate[] = [6, 16, 28, 42, 60, 80, 100].flatMap((d) =>
  [6, 40, 80].flatMap((h): Candidate[] => [
    [-h, -d, 'end'],
    [-h, d, 'end'],
    [h, -d, 'start'],
    [h, d, 'start'],
  ]),
).sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));

/**
 * Name labels beside their dots, placed around the markers and each other; a label set off from its
 * dot gets a thin leader line.
 */
function nameLabels(points: readonly Marked[], scales: ReturnType<typeof scatterScales>, obstacles: readonly Box[], name: string): Plot.Markish[] {
  const { scaleX, scaleY } = scales;
  const placed = placeLabels(
    points.map((p) => ({ x: scaleX.apply(p.x) as number, y: scaleY.apply(p.y) as number, width: NAME_CHAR * p.text.length, height: NAME_HEIGHT, candidates: NAME_OFFSETS })),
    obstacles,
    scales.area,
  );
  const labels = points.map((p, i) => ({ ...p, lx: scaleX.invert!(placed[i].x) as number, ly: scaleY.invert!(placed[i].y) as number, side: placed[i].side, far: Math.hypot(placed[i].x - (scaleX.apply(p.x) as number), placed[i].y - (scaleY.apply(p.y) as number)) > 20 }));
  const sides: Side[] = ['start', 'end'];
  return [
    Plot.link(labels.filter((l) => l.far), { x1: 'x', y1: 'y', x2: 'lx', y2: 'ly', stroke: INK, strokeWidth: 0.75, strokeOpacity: 0.5, className: `${name}-leader` }),
    ...sides.map((side) =>
      Plot.text(labels.filter((l) => l.side === side), { x: 'lx', y: 'ly', text: 'text', textAnchor: side, fill: INK, fontSize: NAME_FONT, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', className: name }),
    ),
  ];
}

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
