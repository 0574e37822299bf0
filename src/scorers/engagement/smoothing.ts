/**
 * Empirical-Bayes shrinkage of engagement rates (Robinson 2017's batting-average recipe; Efron & Morris
 * 1975): with prior Beta(α, β) fitted to the population (or to the account's tier), the posterior mean
 *   smoothed_a = (E_a + α) / (X_a + α + β) = w_a · raw_a + (1 − w_a) · μ,  w_a = X_a / (X_a + α + β),
 * a weighted average of the raw rate and the prior mean μ = α/(α+β): it never passes μ, and it tends
 * to the raw rate as exposure X_a grows. The prior is fitted on the accounts with at least
 * `minFitExposure` of the median account's exposure (see beta-binomial.ts: a few tiny accounts with
 * extreme rates must not set it), and applied to every account.
 */
import { type BetaPrior, fitBetaBinomial } from './beta-binomial.js';
import type { EngagementTotals } from './aggregate.js';
import type { ResolvedEngagementOptions } from './options.js';
import { warning, type Warning } from '../../core/warnings.js';

/**
 * The prior reported in `meta.params.prior`.
 *
 * @example
 * ```ts
 * const { population, tiers } = engagementRate({ prior: 'tier' }).score(graph).meta.params.prior as EngagementPriorReport;
 * ```
 */
export interface EngagementPriorReport {
  /** `population`, `tier` or `fixed`. */
  readonly scope: 'population' | 'tier' | 'fixed';
  /** The population prior (the fixed one for `fixed`). */
  readonly population: BetaPrior;
  /** For `tier`: each tier's prior, or the population prior where the tier had too few accounts. */
  readonly tiers?: readonly (BetaPrior & { readonly tier: string; readonly fallback: boolean })[];
}

/** @internal Smoothed rates and the prior mean each account was shrunk toward. */
export function smoothRates(
  totals: EngagementTotals,
  tierOf: Uint8Array | null,
  options: ResolvedEngagementOptions,
): { smoothed: Float64Array; priorMean: Float64Array; report: EngagementPriorReport; warnings: Warning[] } {
  const { engagements: k, exposure: x } = totals;
  const n = k.length;
  const warnings: Warning[] = [];
  const fitOptions = { method: options.fit, maxIterations: options.maxIterations, tolerance: options.tolerance, minTrialsShare: options.minFitExposure };
  let report: EngagementPriorReport;
  let priorOf: (a: number) => BetaPrior;
  if (typeof options.prior === 'object') {
    const { alpha, beta } = options.prior;
    const fixed: BetaPrior = { alpha, beta, mean: alpha / (alpha + beta), strength: alpha + beta, method: 'fixed', units: 0, excluded: 0, notes: [] };
    report = { scope: 'fixed', population: fixed };
    priorOf = () => fixed;
  } else {
    const population = fitBetaBinomial(k, x, fitOptions);
    for (const note of population.notes) warnings.push(warning('PRIOR_FIT', `population prior: ${note}`));
    if (options.prior === 'tier' && tierOf) {
      const members: number[][] = options.tiers.map(() => []);
      for (let a = 0; a < n; a++) if (x[a] > 0) members[tierOf[a]].push(a);
      const perTier = options.tiers.map((tier, t) => {
        if (members[t].length < options.minTierAccounts) {
          if (members[t].length > 0) warnings.push(warning('FALLBACK', `tier ${tier.name} has ${members[t].length} rated account(s), fewer than minTierAccounts (${options.minTierAccounts}): it uses the population prior`));
          return { ...population, tier: tier.name, fallback: true };
        }
        const fitted = fitBetaBinomial(k, x, { ...fitOptions, subset: members[t] });
        for (const note of fitted.notes) warnings.push(warning('PRIOR_FIT', `tier ${tier.name} prior: ${note}`));
        return { ...fitted, tier: tier.name, fallback: false };
      });
      report = { scope: 'tier', population, tiers: perTier };
      priorOf = (a) => perTier[tierOf[a]];
    } else {
      report = { scope: 'population', population };
      priorOf = () => population;
    }
  }
  const smoothed = new Float64Array(n);
  const priorMean = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const p = priorOf(a);
    priorMean[a] = p.mean;
    if (x[a] > 0) smoothed[a] = (k[a] + p.alpha) / (x[a] + p.strength);
    else smoothed[a] = options.unrated === 'prior' ? p.mean : 0;
  }
  return { smoothed, priorMean, report, warnings };
}
