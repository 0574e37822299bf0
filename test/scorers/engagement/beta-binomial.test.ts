import { describe, expect, it } from 'vitest';
import { fitBetaBinomial } from '../../../src/index.js';

// Reference: scipy 1.x,
//   nll = lambda x: -betabinom.logpmf(k, n, exp(x[0]), exp(x[1])).sum()
//   minimize(nll, ...) stops at gradient 1.6e-7; solving the score equations with
//   fsolve(Σ ψ(k+a) − ψ(a) − ψ(n+a+b) + ψ(a+b) = 0, ...) gives α = 5.32434715061914, β = 32.61996060692509
//   (betabinom.logpmf sum −30.0106861184)
//   moments: μ = mean(k/n), s² = var(k/n, ddof=1), h = mean(1/n), ρ = (s²/(μ(1−μ)) − h)/(1 − h), α+β = 1/ρ − 1
const k = [0, 1, 3, 2, 10, 0, 5, 7, 1, 4, 12, 0, 2, 9, 3];
const n = [10, 20, 30, 15, 50, 5, 40, 35, 8, 60, 45, 12, 25, 30, 18];

describe('fitBetaBinomial', () => {
  it('method of moments matches the closed form computed in numpy', () => {
    const p = fitBetaBinomial(k, n);
    expect(p.method).toBe('moments');
    expect(p.alpha).toBeCloseTo(5.032307625522476, 10);
    expect(p.beta).toBeCloseTo(36.59523707089506, 9);
    expect(p.units).toBe(15);
  });

  it('maximum likelihood matches the scipy root of the score equations to 1e-8 relative', () => {
    const p = fitBetaBinomial(k, n, { method: 'ml' });
    expect(p.converged).toBe(true);
    expect(Math.abs(p.alpha / 5.32434715061914 - 1)).toBeLessThan(1e-8);
    expect(Math.abs(p.beta / 32.61996060692509 - 1)).toBeLessThan(1e-8);
  });

  it('recovers a known prior from simulated beta-binomial data', () => {
    // Seeded LCG, so the data are fixed: p_i ~ Beta(4, 36) (by inversion on a grid), k_i ~ Bin(200, p_i).
    let s = 12345;
    const u = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const gammaInt = (shape: number): number => {
      let x = 0;
      for (let j = 0; j < shape; j++) x -= Math.log(1 - u());
      return x;
    };
    const kk: number[] = [];
    const nn: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const g = gammaInt(4);
      const p = g / (g + gammaInt(36));
      let c = 0;
      for (let j = 0; j < 200; j++) if (u() < p) c++;
      kk.push(c);
      nn.push(200);
    }
    for (const method of ['moments', 'ml'] as const) {
      const fit = fitBetaBinomial(kk, nn, { method });
      expect(fit.mean).toBeGreaterThan(0.095);
      expect(fit.mean).toBeLessThan(0.105);
      expect(fit.strength).toBeGreaterThan(30);
      expect(fit.strength).toBeLessThan(52);
    }
  });

  it('falls back to a huge strength (complete pooling) when there is no overdispersion, with a note', () => {
    const p = fitBetaBinomial([10, 10, 10, 10], [100, 100, 100, 100]);
    expect(p.mean).toBeCloseTo(0.1, 12);
    expect(p.strength).toBe(1e12);
    expect(p.notes.join()).toMatch(/no variation/);
  });

  it('caps rates above 1 for the fit and says how many', () => {
    const p = fitBetaBinomial([5, 1, 2], [2, 10, 10]);
    expect(p.notes.join()).toMatch(/1 unit\(s\) had a rate above 1/);
    expect(Number.isFinite(p.alpha) && Number.isFinite(p.beta)).toBe(true);
  });

  it('gives a proper prior for all-zero rates, no units, and a single unit', () => {
    for (const [kk, nn] of [[[0, 0, 0], [10, 20, 30]], [[], []], [[3], [10]]] as [number[], number[]][]) {
      const p = fitBetaBinomial(kk, nn, { method: 'ml' });
      expect(p.alpha).toBeGreaterThan(0);
      expect(p.beta).toBeGreaterThan(0);
      expect(Number.isFinite(p.mean)).toBe(true);
    }
  });

  it('skips units with no trials', () => {
    expect(fitBetaBinomial([1, 0, 2], [10, 0, 20]).units).toBe(2);
  });

  it('leaves units with under a tenth of the median trials out of the fit, and fits them all with minTrialsShare 0', () => {
    // Median trials 100; the 9-in-10 unit is below the 10-trial cut-off, the 12-trial one is not.
    const kk = [2, 3, 1, 2, 4, 9, 0];
    const nn = [100, 100, 100, 100, 100, 9, 12];
    const robust = fitBetaBinomial(kk, nn);
    expect(robust.units).toBe(6);
    expect(robust.excluded).toBe(1);
    const without = fitBetaBinomial([2, 3, 1, 2, 4, 0], [100, 100, 100, 100, 100, 12], { minTrialsShare: 0 });
    expect([robust.alpha, robust.beta, robust.units]).toEqual([without.alpha, without.beta, without.units]);
    const every = fitBetaBinomial(kk, nn, { minTrialsShare: 0 });
    expect(every.units).toBe(7);
    expect(every.excluded).toBe(0);
    expect(every.strength).toBeLessThan(robust.strength);
  });
});
