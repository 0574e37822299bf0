/**
 * Monte Carlo summaries: mean, standard error (sample standard deviation / √runs) and a normal
 * confidence interval. The normal quantile is Acklam's rational approximation (relative error
 * below 1.2e-9, ample for an interval).
 */

/** Mean, standard error and confidence interval of a Monte Carlo estimate. */
export interface SpreadEstimate {
  /** Mean spread: nodes ever activated, seeds included. */
  readonly mean: number;
  /** Standard error of the mean (0 with a single run). */
  readonly stdError: number;
  /** Normal confidence interval `[mean − z·se, mean + z·se]`. */
  readonly ci: readonly [number, number];
  /** Coverage of `ci`, e.g. 0.95. */
  readonly confidence: number;
  /** Number of runs averaged. */
  readonly runs: number;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** @internal Inverse of the standard normal CDF. */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  return x;
}

/** @internal Summarizes per-run values. */
export function summarize(values: ArrayLike<number>, confidence: number): SpreadEstimate {
  const runs = values.length;
  let mean = 0;
  for (let i = 0; i < runs; i++) mean += values[i];
  mean = runs > 0 ? mean / runs : 0;
  let ss = 0;
  for (let i = 0; i < runs; i++) ss += (values[i] - mean) ** 2;
  const stdError = runs > 1 ? Math.sqrt(ss / (runs - 1) / runs) : 0;
  const z = normalQuantile(0.5 + confidence / 2);
  return { mean, stdError, ci: [mean - z * stdError, mean + z * stdError], confidence, runs };
}
