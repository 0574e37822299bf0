/**
 * Scatter-chart geometry shared by the audience and bridges charts: the frame, explicit scales (so
 * the pixel positions the label placement computes are the ones Plot draws), numbered markers fanned
 * out around a crowded spot, and name labels placed around markers and each other (placement.ts).
 */
import * as Plot from '@observablehq/plot';
import { type Box, type Candidate, placeLabels, ringOffsets, type Side } from '../placement.js';
import { INK, type PlotOptions } from './render-chart.js';

/** A scatter chart's size and margins (px); the plot area is inside the margins. */
export interface Frame {
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
export function plotFrame(frame: Frame): Pick<PlotOptions, 'width' | 'height' | 'marginTop' | 'marginRight' | 'marginBottom' | 'marginLeft'> {
  return { width: frame.width, height: frame.height, marginTop: frame.top, marginRight: frame.right, marginBottom: frame.bottom, marginLeft: frame.left };
}

/** A continuous (log or linear) scale: it has `invert`. */
type Scale = ReturnType<typeof Plot.scale>;

/** The data extent of `values`, widened when it is a single value (a log scale needs a span). */
export function extent(values: readonly number[], type: 'log' | 'linear', zero = false): [number, number] {
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
export function scatterScales(frame: Frame, x: { type: 'log' | 'linear'; domain: [number, number] }, y: { type: 'log' | 'linear'; domain: [number, number] }) {
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
export interface Marked {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * Numbered markers (the table's numbers) drawn where their accounts are, or, where another marker
 * already sits, fanned out around the spot with a thin line back to a small dot at the account's
 * place: markers never cover one another. Returns the marks and the boxes they take.
 */
export function numberedMarkers(points: readonly Marked[], scales: ReturnType<typeof scatterScales>, obstacles: readonly Box[], fill: string, name: string): { marks: Plot.Markish[]; boxes: Box[] } {
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
export function nameLabels(points: readonly Marked[], scales: ReturnType<typeof scatterScales>, obstacles: readonly Box[], name: string): Plot.Markish[] {
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
