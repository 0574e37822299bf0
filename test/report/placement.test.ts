import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, overlaps, placeLabels, ringOffsets } from '../../src/report/placement.js';

const frame: Box = { x: 50, y: 20, width: 860, height: 320 };
const inside = (b: Box): boolean => b.x >= frame.x && b.y >= frame.y && b.x + b.width <= frame.x + frame.width && b.y + b.height <= frame.y + frame.height;

describe('placeLabels', () => {
  it('fans markers at one spot out around it: the first keeps the spot, none overlaps another', () => {
    const placed = placeLabels(
      Array.from({ length: 9 }, () => ({ x: 300, y: 150, width: 18, height: 18, candidates: ringOffsets(19) })),
      [],
      frame,
    );
    expect(placed[0]).toMatchObject({ x: 300, y: 150, free: true });
    for (const [i, a] of placed.entries()) {
      expect(a.free).toBe(true);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
    // They stay close: on the first two rings around the spot (19 and 38 px).
    for (const p of placed.slice(1)) expect([19, 38].some((r) => Math.abs(Math.hypot(p.x - 300, p.y - 150) - r) < 1e-9)).toBe(true);
  });

  it('never returns a free box that overlaps an obstacle or an earlier box, or leaves the frame (200 generated layouts)', () => {
    const point = fc.record({ x: fc.double({ min: 0, max: 960, noNaN: true }), y: fc.double({ min: 0, max: 360, noNaN: true }) });
    const request = fc.record({ at: point, width: fc.integer({ min: 8, max: 120 }), height: fc.integer({ min: 8, max: 20 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 30 }), fc.array(fc.record({ at: point, size: fc.integer({ min: 2, max: 40 }) }), { maxLength: 10 }), (requests, obstacleSpecs) => {
        const obstacles = obstacleSpecs.map(({ at, size }) => ({ x: at.x, y: at.y, width: size, height: size }));
        const placed = placeLabels(
          requests.map(({ at, width, height }) => ({ x: at.x, y: at.y, width, height, candidates: [...ringOffsets(12, 3), [4, -12, 'start'], [-4, 12, 'end']] })),
          obstacles,
          frame,
        );
        expect(placed).toHaveLength(requests.length);
        for (const [i, p] of placed.entries()) {
          if (!p.free) continue;
          expect(inside(p.box)).toBe(true);
          for (const o of obstacles) expect(overlaps(p.box, o)).toBe(false);
          for (const q of placed.slice(0, i)) expect(overlaps(p.box, q.box)).toBe(false);
        }
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it('places every label free when a few labels sit away from the edges with nothing in the way', () => {
    const point = fc.record({ x: fc.double({ min: 150, max: 810, noNaN: true }), y: fc.double({ min: 60, max: 300, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 3 }), (points) => {
        const placed = placeLabels(
          points.map(({ x, y }) => ({ x, y, width: 60, height: 12, candidates: [...ringOffsets(12, 3), [4, -12, 'start'], [-4, 12, 'end']] })),
          [],
          frame,
        );
        expect(placed.every((p) => p.free)).toBe(true);
      }),
      { numRuns: 200, seed: 16 },
    );
  });

  it('takes the least-overlapping candidate inside the frame when none is free, and says so', () => {
    const wall: Box = { x: 0, y: 0, width: 1000, height: 400 };
    const [p] = placeLabels([{ x: 100, y: 100, width: 10, height: 10, candidates: [[0, 0], [2000, 0]] }], [wall], frame);
    expect(p).toMatchObject({ x: 100, y: 100, free: false });
  });
});
