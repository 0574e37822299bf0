import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logNormalize, minmax, normalize, NORMALIZERS, percentile, robust, zscore } from '../../src/index.js';
import { vec } from '../compose/vectors.js';

const anyValues = fc.array(fc.double({ noNaN: true }), { maxLength: 60 });
const finiteValues = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 60 });
/** Moderate values with many ties, as real scores have. */
const tiedValues = fc.array(fc.integer({ min: -5, max: 5 }).map((x) => x / 2), { maxLength: 60 });
/** Zeros mixed with subnormal, tiny and huge magnitudes: where spreads underflow or differences overflow. */
const extremeValues = fc.array(fc.constantFrom(0, 5e-324, -5e-324, 1e-310, 1e-300, 8.9e-16, 1, -1e308, 1e308), { maxLength: 12 });

describe('normalizers on arbitrary vectors', () => {
  it('percentile lies in [0, 1] for any values (infinities included), in either orientation', () => {
    fc.assert(
      fc.property(anyValues, fc.boolean(), (values, higherIsBetter) => {
        for (const p of percentile(vec(values, { higherIsBetter })).values) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('percentile values average to exactly ½ and depend only on the order of the scores', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const p = Array.from(percentile(vec(values)).values);
        expect(p.reduce((s, x) => s + x, 0) / p.length).toBeCloseTo(0.5, 12);
        // an exactly order-preserving transform (doubling) changes nothing
        expect(Array.from(percentile(vec(values.map((x) => 2 * x))).values)).toEqual(p);
        // reversing the vector reverses the percentiles
        expect(Array.from(percentile(vec([...values].reverse())).values)).toEqual([...p].reverse());
      }),
    );
  });

  it('minmax lies in [0, 1], hitting 0 and 1 unless the vector is constant', () => {
    fc.assert(
      fc.property(finiteValues, (values) => {
        const m = Array.from(minmax(vec(values)).values);
        for (const x of m) expect(x >= 0 && x <= 1).toBe(true);
        const constant = values.every((x) => x === values[0]);
        if (values.length > 0 && !constant) expect([Math.min(...m), Math.max(...m)]).toEqual([0, 1]);
      }),
    );
  });

  it('zscore has mean 0 and population standard deviation 1 unless the vector is constant', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 2, maxLength: 60 }), (values) => {
        fc.pre(Math.max(...values) - Math.min(...values) > 1e-3);
        const z = Array.from(zscore(vec(values)).values);
        const mean = z.reduce((s, x) => s + x, 0) / z.length;
        expect(mean).toBeCloseTo(0, 9);
        expect(Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('every normalizer returns finite values, never NaN, for finite input', () => {
    fc.assert(
      fc.property(fc.oneof(finiteValues, tiedValues, extremeValues), fc.boolean(), fc.constantFrom(...NORMALIZERS), (values, higherIsBetter, method) => {
        for (const x of normalize(vec(values, { higherIsBetter }), method).values) expect(Number.isFinite(x)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every normalizer preserves the order of the (oriented) scores', () => {
    fc.assert(
      fc.property(tiedValues, fc.boolean(), (values, higherIsBetter) => {
        const sign = higherIsBetter ? 1 : -1;
        for (const f of [percentile, minmax, zscore, logNormalize, robust]) {
          const out = f(vec(values, { higherIsBetter })).values;
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if (sign * values[i] < sign * values[j]) expect(out[i]).toBeLessThan(out[j]);
              if (values[i] === values[j]) expect(out[i]).toBe(out[j]);
            }
          }
        }
      }),
    );
  });
});
