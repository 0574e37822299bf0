/**
 * Log-gamma, digamma and trigamma for positive reals, as the beta-binomial likelihood needs them:
 * shift the argument above 10 by the recurrences Γ(x+1) = xΓ(x), ψ(x+1) = ψ(x) + 1/x,
 * ψ′(x+1) = ψ′(x) − 1/x², then sum the asymptotic (Stirling / Bernoulli) series, whose truncation
 * error at x ≥ 10 is below 1e-16 relative (Abramowitz & Stegun 6.1.41, 6.3.18, 6.4.12).
 */

const SHIFT = 10;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** @internal ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  let shift = 0;
  if (x < SHIFT) {
    // ln(x(x+1)...(x+k−1)) as one product keeps the shift to a single log.
    let product = 1;
    while (x < SHIFT) {
      product *= x;
      x += 1;
    }
    shift = Math.log(product);
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188 - inv2 * (691 / 360360 - inv2 / 156))))));
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
}

/** @internal ψ(x) = d/dx ln Γ(x) for x > 0. */
export function digamma(x: number): number {
  let acc = 0;
  while (x < SHIFT) {
    acc -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return acc + Math.log(x) - 0.5 / x - series;
}

/** @internal ψ′(x) for x > 0. */
export function trigamma(x: number): number {
  let acc = 0;
  while (x < SHIFT) {
    acc += 1 / (x * x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 + inv * (0.5 + inv * (1 / 6 - inv2 * (1 / 30 - inv2 * (1 / 42 - inv2 * (1 / 30 - inv2 * (5 / 66 - inv2 * (691 / 2730 - (inv2 * 7) / 6))))))));
  return acc + series;
}
