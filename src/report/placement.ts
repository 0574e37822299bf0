/**
 * Label placement for the report's scatter charts: greedy candidate-position placement (the
 * "fixed positions" model of Christensen, Marks & Shieber 1995, An empirical study of algorithms for
 * point-feature label placement, ACM TOG 14(3)). Each label, in priority order, takes the first of its
 * candidate offsets whose box overlaps no box placed before it and stays inside the frame; numbered
 * markers of accounts at the same spot are fanned out around it this way instead of being drawn on
 * top of each other. Pixel coordinates, y down.
 */

/** An axis-aligned box, top-left corner and size, in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What to place: its anchor (the data point), its size, and how its box sits on its position. */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Offsets to try, in order; the first that fits wins. */
  readonly candidates: readonly Candidate[];
}

/** Where the position is on the box: its centre, or its left (`start`) or right (`end`) edge, as SVG's text-anchor. */
export type Side = 'middle' | 'start' | 'end';

/** An offset (dx, dy) from the anchor, and where that position is on the box. @defaultValue side `'middle'` */
export type Candidate = readonly [number, number] | readonly [number, number, Side];

/** Where a label went: its position (anchor + offset), side, box, and whether it fits without overlap. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly side: Side;
  readonly box: Box;
  /** False when every candidate overlapped: the least-overlapping one was taken. */
  readonly free: boolean;
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function boxAt(request: LabelRequest, x: number, y: number, side: Side): Box {
  const left = side === 'end' ? x - request.width : side === 'start' ? x : x - request.width / 2;
  return { x: left, y: y - request.height / 2, width: request.width, height: request.height };
}

const inside = (box: Box, frame: Box): boolean => box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;

/**
 * Places `requests` in order around `obstacles` (boxes that stay where they are) inside `frame`;
 * each placed box becomes an obstacle for the next. A request whose candidates all collide takes the
 * one with the least overlap inside the frame (else its first candidate) and is marked not `free`.
 *
 * @example
 * ```ts
 * placeLabels([{ x: 100, y: 50, width: 16, height: 16, candidates: ringOffsets(18) }], [], { x: 0, y: 0, width: 960, height: 380 });
 * ```
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], frame: Box): Placement[] {
  const taken: Box[] = [...obstacles];
  return requests.map((request) => {
    let best: Placement | null = null;
    let bestOverlap = Infinity;
    for (const [dx, dy, side = 'middle'] of request.candidates) {
      const x = request.x + dx;
      const y = request.y + dy;
      const box = boxAt(request, x, y, side);
      if (!inside(box, frame)) continue;
      const overlap = taken.reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (overlap === 0) {
        best = { x, y, side, box, free: true };
        break;
      }
      if (overlap < bestOverlap) {
        bestOverlap = overlap;
        best = { x, y, side, box, free: false };
      }
    }
    if (best === null) {
      const [dx, dy, side = 'middle'] = request.candidates[0] ?? [0, 0];
      best = { x: request.x + dx, y: request.y + dy, side, box: boxAt(request, request.x + dx, request.y + dy, side), free: false };
    }
    taken.push(best.box);
    return best;
  });
}

/**
 * Offsets for a marker: where it is, then rings of growing radius around it (`step` apart, more
 * positions on wider rings), nearest first, up from 12 o'clock.
 *
 * @example
 * ```ts
 * ringOffsets(18, 3); // [[0, 0], [0, -18], …] 1 + 8 + 12 + 16 offsets
 * ```
 */
export function ringOffsets(step: number, rings = 4): [number, number][] {
  const offsets: [number, number][] = [[0, 0]];
  for (let ring = 1; ring <= rings; ring++) {
    const count = 4 + 4 * ring;
    for (let k = 0; k < count; k++) {
      const angle = (2 * Math.PI * k) / count;
      offsets.push([ring * step * Math.sin(angle), -ring * step * Math.cos(angle)]);
    }
  }
  return offsets;
}
