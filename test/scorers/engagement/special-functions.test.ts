import { describe, expect, it } from 'vitest';
import { digamma, logGamma, trigamma } from '../../../src/scorers/engagement/special-functions.js';

// Reference values: scipy.special.gammaln / digamma / polygamma(1, x) (scipy 1.x, float64).
const REFERENCE: [number, number, number, number][] = [
  [1e-6, 13.81550998074943, -1000000.57721402, 1000000000001.645],
  [0.5, 0.5723649429247, -1.9635100260214235, 4.93480220054468],
  [1, 0, -0.5772156649015329, 1.6449340668482266],
  [2.5, 0.2846828704729192, 0.7031566406452432, 0.4903577561002349],
  [7, 6.579251212010101, 1.872784335098467, 0.15354517795933756],
  [10, 12.801827480081469, 2.251752589066721, 0.10516633568168576],
  [33.3, 82.60372358165493, 3.490467238520243, 0.03048544409533889],
  [1e4, 82099.71749644238, 9.21029037114285, 0.00010000500016666666],
  [5e7, 836376670.2247927, 17.72753355339242, 2.00000002e-8],
];

const close = (got: number, want: number, rel: number): boolean => Math.abs(got - want) <= rel * Math.max(1, Math.abs(want));

describe('special functions match scipy', () => {
  it.each(REFERENCE)('at x = %d, ln Γ, ψ and ψ′ agree to 1e-13 relative', (x, lg, dg, tg) => {
    expect(close(logGamma(x), lg, 1e-13)).toBe(true);
    expect(close(digamma(x), dg, 1e-13)).toBe(true);
    expect(Math.abs(trigamma(x) - tg) / tg).toBeLessThan(1e-13);
  });
});
