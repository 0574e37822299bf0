import { expect } from 'vitest';

/** Every value is finite and within [lo − slack, hi + slack]. */
export function expectInRange(values: ArrayLike<number>, [lo, hi]: readonly [number, number], slack = 0): void {
  for (let i = 0; i < values.length; i++) {
    expect(Number.isFinite(values[i])).toBe(true);
    expect(values[i]).toBeGreaterThanOrEqual(lo - slack);
    expect(values[i]).toBeLessThanOrEqual(hi + slack);
  }
}
