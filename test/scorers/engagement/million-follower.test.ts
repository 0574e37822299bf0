/**
 * The million-follower fallacy (Cha, Haddadi, Benevenuto & Gummadi 2010), with numbers, on a labelled
 * synthetic population whose true engagement rate is drawn independently of the follower count.
 * Figures at seed 2010 (5000 accounts, 20 351 posts), re-measured with the minFitExposure cut-off
 * (734 accounts left out of the fit): τ(followers, true) = −0.016, τ(followers, smoothed) = −0.033
 * (raw: +0.051, an artefact of small accounts' zero-engagement posts), τ(raw, true) = 0.728,
 * τ(smoothed, true) = 0.765 (tier prior 0.765, ML 0.765), τ(followers, total engagements) = 0.652;
 * prior strength 45.0 (39.2 fitted on every account).
 */
import { describe, expect, it } from 'vitest';
import { type EngagementExtra, engagementRate, syntheticPopulation } from '../../../src/index.js';
import { kendallTau } from '../../../src/research/kendall-tau.js';

const pop = syntheticPopulation({ accounts: 5000, seed: 2010 });
const smoothed = engagementRate().scoreColumns(pop.columns);
const x = smoothed.meta.extra as EngagementExtra;

describe('million-follower fallacy on a synthetic population (labelled synthetic)', () => {
  it('the generator really made followers and true rates independent', () => {
    expect(pop.synthetic).toBe(true);
    expect(Math.abs(kendallTau(pop.followers, pop.trueRate))).toBeLessThan(0.03);
  });

  it('ranking by followers and ranking by smoothed engagement rate have Kendall tau near 0', () => {
    expect(Math.abs(kendallTau(pop.followers, smoothed.values))).toBeLessThan(0.05);
  });

  it('while followers do predict the volume of engagement (the quantity follower ranking really measures)', () => {
    expect(kendallTau(pop.followers, x.engagements)).toBeGreaterThan(0.5);
  });

  it('smoothing ranks accounts closer to their true rate than the raw rate does', () => {
    const rawTau = kendallTau(x.raw, pop.trueRate);
    const smoothTau = kendallTau(smoothed.values, pop.trueRate);
    expect(smoothTau - rawTau).toBeGreaterThan(0.02);
    const tierTau = kendallTau(engagementRate({ prior: 'tier' }).scoreColumns(pop.columns).values, pop.trueRate);
    expect(tierTau - rawTau).toBeGreaterThan(0.02);
    const mlTau = kendallTau(engagementRate({ fit: 'ml' }).scoreColumns(pop.columns).values, pop.trueRate);
    expect(mlTau - rawTau).toBeGreaterThan(0.02);
  });

  it('the fitted prior recovers the generating Beta prior (mean 0.03, strength 60) up to the type-weight scale', () => {
    // Default mix (0.8 like, 0.12 comment, 0.05 share, 0.03 save) × weights (1, 2, 3, 2) = 1.25 per engagement.
    const prior = (smoothed.meta.params.prior as { population: { mean: number; strength: number } }).population;
    expect(prior.mean / 1.25).toBeGreaterThan(0.028);
    expect(prior.mean / 1.25).toBeLessThan(0.032);
    expect(prior.strength).toBeGreaterThan(30);
    expect(prior.strength).toBeLessThan(70);
  });
});
