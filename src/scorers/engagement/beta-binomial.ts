/**
 * Empirical-Bayes beta-binomial prior: each unit i has k_i successes in n_i trials with its own rate
 * p_i ~ Beta(α, β); fitting (α, β) to all units gives the prior that shrinks noisy rates.
 *
 * - Method of moments (Kleinman 1973, unweighted form): with r_i = k_i/n_i, μ = mean r,
 *   s² = Σ(r_i − μ)²/(N − 1) and h = mean 1/n_i, E[s²] = μ(1−μ)(ρ + (1 − ρ)h) where ρ = 1/(α+β+1),
 *   so ρ = (s²/(μ(1−μ)) − h)/(1 − h) and α + β = 1/ρ − 1.
 * - Maximum likelihood (Skellam 1948; Minka 2000): maximize
 *   Σ_i ln B(k_i + α, n_i − k_i + β) − ln B(α, β) by Newton's method on (ln α, ln β),
 *   started from the moment estimate, with a backtracking line search.
 * Counts may be fractional (decayed or weighted): the likelihood is then a pseudo-likelihood.
 *
 * Which units inform the fit: by default those with at least a tenth of the median unit's trials
 * (`minTrialsShare`). Robinson (2017, ch. 3) fits his prior only on batters with 500+ at-bats for the
 * same reason: a unit with a handful of trials says almost nothing about how rates vary, yet with an
 * extreme rate it dominates the between-unit variance (the method of moments weighs every rate
 * equally) or forces the likelihood toward a weak prior (ML must explain 9 successes in 10 trials
 * beside thousands of units near 2%). Left-out units are still shrunk by the prior; they just do not
 * set it. On a population of 30 accounts near 2% with 20 000–78 000 exposures each plus one account
 * at 9 of 10, the moments fit on every unit has strength 0.85 (the outlier stays at 83%), ML on
 * every unit 673 (3.4%), and either estimator on the units above the cut-off pools completely (2.0%)
 * (test/scorers/engagement/outliers.property.test.ts).
 */
import { digamma, logGamma, trigamma } from './special-functions.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';

/** Bounds on the prior strength α + β: below, the prior is vanishing; above, every rate is the mean. */
const MIN_STRENGTH = 1e-6;
const MAX_STRENGTH = 1e12;
const MEAN_EPSILON = 1e-12;

/**
 * A fitted Beta(α, β) prior over rates.
 *
 * @example
 * ```ts
 * const { alpha, beta, mean, strength } = fitBetaBinomial(k, n);
 * const shrunk = (k[0] + alpha) / (n[0] + strength);
 * ```
 */
export interface BetaPrior {
  /** Pseudo-successes. */
  readonly alpha: number;
  /** Pseudo-failures. */
  readonly beta: number;
  /** Prior mean α / (α + β). */
  readonly mean: number;
  /** Prior strength α + β: how many trials of evidence the prior is worth. */
  readonly strength: number;
  /** `'moments'`, `'ml'`, or `'fixed'` when given by the user. */
  readonly method: 'moments' | 'ml' | 'fixed';
  /** Units the prior was fitted on. */
  readonly units: number;
  /** Units with trials that were left out of the fit for having fewer than `minTrialsShare` of the median unit's. */
  readonly excluded: number;
  /** For `'ml'`: whether Newton's method met the tolerance. */
  readonly converged?: boolean;
  /** For `'ml'`: Newton iterations. */
  readonly iterations?: number;
  /** Fallbacks taken (too few units, no overdispersion, clamped mean). */
  readonly notes: readonly string[];
}

/** Options of {@link fitBetaBinomial}. */
export interface FitBetaBinomialOptions {
  /** Estimator. @defaultValue `'moments'` */
  method?: 'moments' | 'ml';
  /** Fit only these units (indices into the arrays). @defaultValue every unit with n > 0 */
  subset?: ArrayLike<number>;
  /** Newton iterations for `'ml'`. @defaultValue `100` */
  maxIterations?: number;
  /** Stop `'ml'` when a Newton step moves ln α and ln β by less than this. @defaultValue `1e-10` */
  tolerance?: number;
  /**
   * Units with fewer trials than this share of the median unit's (among units with n > 0) are left out
   * of the fit, so a few tiny units with extreme rates cannot set the prior; `0` fits every unit.
   * @defaultValue `0.1`
   */
  minTrialsShare?: number;
}

function prior(alpha: number, beta: number, method: BetaPrior['method'], units: number, notes: string[], extra: { converged?: boolean; iterations?: number } = {}): BetaPrior {
  return { alpha, beta, mean: alpha / (alpha + beta), strength: alpha + beta, method, units, excluded: 0, notes, ...extra };
}

function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fromMeanStrength(mean: number, strength: number): [number, number] {
  return [mean * strength, (1 - mean) * strength];
}

/**
 * Fits a Beta(α, β) prior to k successes out of n trials per unit. Units with n ≤ 0 are skipped;
 * k is capped at n (a rate above 1 has no beta-binomial reading; a note says how many were capped).
 *
 * @param successes - k_i ≥ 0 (may be fractional).
 * @param trials - n_i ≥ 0 (may be fractional).
 * @example
 * ```ts
 * const p = fitBetaBinomial([1, 30, 2], [10, 1000, 40]);
 * p.mean;     // the prior rate
 * p.strength; // α + β, pseudo-trials of evidence
 * ```
 */
export function fitBetaBinomial(successes: ArrayLike<number>, trials: ArrayLike<number>, options: FitBetaBinomialOptions = {}): BetaPrior {
  checkArguments('fitBetaBinomial', [successes, trials, options], [['successes', argument.numbers], ['trials', argument.numbers], ['options', argument.options]]);
  const { method = 'moments', maxIterations = 100, tolerance = 1e-10, minTrialsShare = 0.1 } = options;
  const notes: string[] = [];
  const k: number[] = [];
  const n: number[] = [];
  let capped = 0;
  const take = (i: number): void => {
    const trialsI = trials[i];
    if (!(trialsI > 0)) return;
    let s = successes[i];
    if (s > trialsI) {
      s = trialsI;
      capped++;
    }
    k.push(Math.max(0, s));
    n.push(trialsI);
  };
  if (options.subset) for (let j = 0; j < options.subset.length; j++) take(options.subset[j]);
  else for (let i = 0; i < trials.length; i++) take(i);
  if (capped > 0) notes.push(`${capped} unit(s) had a rate above 1 and were capped at 1 for the fit`);
  const excluded = leaveOutTinyUnits(k, n, minTrialsShare);

  const moments = fitMoments(k, n, notes);
  const fitted = method === 'moments' || k.length < 2 ? moments : fitMaximumLikelihood(k, n, moments, maxIterations, tolerance, notes);
  return { ...fitted, excluded };
}

/** Drops (in place) the units with fewer than `share` of the median unit's trials; returns how many. */
function leaveOutTinyUnits(k: number[], n: number[], share: number): number {
  if (!(share > 0) || n.length === 0) return 0;
  const cutoff = share * median(n);
  let kept = 0;
  for (let i = 0; i < n.length; i++) {
    if (n[i] < cutoff) continue;
    k[kept] = k[i];
    n[kept] = n[i];
    kept++;
  }
  const excluded = n.length - kept;
  k.length = kept;
  n.length = kept;
  return excluded;
}

function fitMoments(k: number[], n: number[], notes: string[]): BetaPrior {
  const units = k.length;
  if (units === 0) {
    notes.push('no unit with exposure: the prior is uniform, Beta(1, 1)');
    return prior(1, 1, 'moments', 0, notes);
  }
  let mean = 0;
  let h = 0;
  for (let i = 0; i < units; i++) {
    mean += k[i] / n[i];
    h += 1 / n[i];
  }
  mean /= units;
  h /= units;
  if (mean < MEAN_EPSILON || mean > 1 - MEAN_EPSILON) {
    notes.push(`the mean rate ${mean} is at the edge of [0, 1]; clamped to keep the prior proper`);
    mean = Math.min(1 - MEAN_EPSILON, Math.max(MEAN_EPSILON, mean));
  }
  if (units < 2) {
    notes.push('one unit only: the between-unit variance is unknown; prior strength set to 1');
    return prior(...fromMeanStrength(mean, 1), 'moments', units, notes);
  }
  let ss = 0;
  for (let i = 0; i < units; i++) ss += (k[i] / n[i] - mean) ** 2;
  const variance = ss / (units - 1);
  const rho = h < 1 ? (variance / (mean * (1 - mean)) - h) / (1 - h) : NaN;
  let strength = 1 / rho - 1;
  if (!(rho > 0) || strength > MAX_STRENGTH) {
    notes.push('no variation between units beyond sampling noise: every rate shrinks (almost) to the mean');
    strength = MAX_STRENGTH;
  } else if (strength < MIN_STRENGTH) {
    notes.push('variation between units is extreme: the prior is vanishingly weak');
    strength = MIN_STRENGTH;
  }
  return prior(...fromMeanStrength(mean, strength), 'moments', units, notes);
}

function logLikelihood(k: number[], n: number[], a: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < k.length; i++) sum += logGamma(k[i] + a) + logGamma(n[i] - k[i] + b) - logGamma(n[i] + a + b);
  return sum + k.length * (logGamma(a + b) - logGamma(a) - logGamma(b));
}

function fitMaximumLikelihood(k: number[], n: number[], start: BetaPrior, maxIterations: number, tolerance: number, notes: string[]): BetaPrior {
  const units = k.length;
  let u = Math.log(start.alpha);
  let v = Math.log(start.beta);
  let current = logLikelihood(k, n, start.alpha, start.beta);
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const a = Math.exp(u);
    const b = Math.exp(v);
    const common = digamma(a + b);
    const commonT = trigamma(a + b);
    let ga = units * (common - digamma(a));
    let gb = units * (common - digamma(b));
    let haa = units * (commonT - trigamma(a));
    let hbb = units * (commonT - trigamma(b));
    let hab = units * commonT;
    for (let i = 0; i < units; i++) {
      const total = n[i] + a + b;
      const dTotal = digamma(total);
      const tTotal = trigamma(total);
      ga += digamma(k[i] + a) - dTotal;
      gb += digamma(n[i] - k[i] + b) - dTotal;
      haa += trigamma(k[i] + a) - tTotal;
      hbb += trigamma(n[i] - k[i] + b) - tTotal;
      hab -= tTotal;
    }
    // Chain rule to log-parameters, where the likelihood is closer to quadratic and positivity is free.
    const gu = a * ga;
    const gv = b * gb;
    const huu = a * a * haa + gu;
    const hvv = b * b * hbb + gv;
    const huv = a * b * hab;
    const det = huu * hvv - huv * huv;
    let du: number;
    let dv: number;
    if (huu < 0 && det > 0) {
      du = -(hvv * gu - huv * gv) / det;
      dv = -(huu * gv - huv * gu) / det;
    } else {
      // Not concave here: a gradient step scaled by the curvature's size.
      const scale = 1 / (Math.abs(huu) + Math.abs(hvv) + 1);
      du = gu * scale;
      dv = gv * scale;
    }
    let longest = Math.max(Math.abs(du), Math.abs(dv));
    if (longest > 2) {
      du *= 2 / longest;
      dv *= 2 / longest;
      longest = 2;
    }
    let t = 1;
    let next = logLikelihood(k, n, Math.exp(u + du), Math.exp(v + dv));
    while (!(next >= current) && t > 1e-9) {
      t /= 2;
      next = logLikelihood(k, n, Math.exp(u + t * du), Math.exp(v + t * dv));
    }
    if (!(next >= current)) {
      converged = true; // no ascent direction left at double precision
      break;
    }
    u += t * du;
    v += t * dv;
    current = next;
    if (Math.exp(u) + Math.exp(v) > MAX_STRENGTH) {
      notes.push('the likelihood grows without bound as α + β → ∞ (no overdispersion): strength capped');
      const mean = Math.exp(u) / (Math.exp(u) + Math.exp(v));
      return prior(...fromMeanStrength(mean, MAX_STRENGTH), 'ml', units, notes, { converged: true, iterations });
    }
    if (t * longest < tolerance) {
      converged = true;
      break;
    }
  }
  if (!converged) notes.push(`maximum likelihood did not converge in ${iterations} iterations`);
  return prior(Math.exp(u), Math.exp(v), 'ml', units, notes, { converged, iterations });
}
