/**
 * Whether an account's attention really changed over a period: a rate test on its own events.
 *   bins       B disjoint bins of width `step` ending at `to`; c_b(v) = the account's events in bin b
 *              (edges the scorer sees pointing to v, by default), N_b = Σ_v c_b(v), the platform's volume
 *   model      c_b(v) ~ Poisson(N_b · s_v · e^{β_v x_b}), x_b = (bin centre − mid-period) / period
 *              The offset N_b makes it a model of the account's *share*: platform-wide growth moves
 *              every N_b, not the shares, so it makes no one rising or new.
 *   momentum   β̂_v / ln 2 with β̂ the posterior mode under β ~ N(0, τ²), τ = 2 (a factor e² ≈ 7 in
 *              share is one prior s.d.): log₂ of how many times the share grew over the period, pulled
 *              towards 0 when the account has few events
 *   rise/fade  likelihood-ratio test of β = 0 (profile likelihood in β, s_v profiled out), the
 *              statistic divided by the overdispersion φ (quasi-Poisson; φ = the median Pearson χ²/df of
 *              accounts with ≥ 5 expected events a bin, scaled to the median of χ²_df/df, at least 1)
 *   new        no event before bin f (the account's first): given its T events, under a constant share each
 *              falls in bin b with probability N_b / Σ N, so none before f has p = (1 − Σ_{b<f} N_b / Σ N)^{T/φ},
 *              uniform under the null (the first of T draws; conservative, as f's own bin counts as after).
 *              Conditioning on T keeps an account with two early events from looking `gone` on a rate
 *              estimated from one event. `gone` mirrors it with the last event
 *   labels     Benjamini–Hochberg at false discovery rate q over the accounts, per test; rising/fading
 *              also need |momentum| ≥ threshold
 * McCullagh, P. & Nelder, J. A. (1989). Generalized Linear Models, 2nd ed. (Poisson log-linear model,
 * quasi-likelihood dispersion). Benjamini, Y. & Hochberg, Y. (1995). J. R. Stat. Soc. B 57, 289–300.
 */
import type { EdgeColumns } from '../context/edges.js';
import { benjaminiHochberg, chiSquare1Tail } from '../core/significance.js';

/** Which end of an edge an event belongs to: `in` = the account attended to. */
export type EventDirection = 'in' | 'out' | 'both';

/** @internal Events per account and bin (row-major n × B) and the platform volume per bin. */
export interface EventBins {
  readonly counts: Float64Array;
  readonly platform: Float64Array;
  readonly bins: number;
  /** Edges the scorer sees that have no time (not counted). */
  readonly untimed: number;
}

/** @internal Counts the timed edges of `edges` into B bins of width `step` ending at `to`, from `from` on. */
export function binEvents(edges: EdgeColumns, n: number, direction: EventDirection, from: number, to: number, step: number): EventBins {
  const bins = Math.max(1, Math.ceil((to - from) / step - 1e-9));
  const counts = new Float64Array(n * bins);
  const platform = new Float64Array(bins);
  const { src, dst, length } = edges;
  const time = edges.time;
  const undirected = edges.undirectedCount > 0 ? edges.undirected : null;
  let untimed = 0;
  const add = (v: number, b: number) => {
    counts[v * bins + b]++;
    platform[b]++;
  };
  for (let e = 0; e < length; e++) {
    const t = time[e];
    if (Number.isNaN(t)) {
      untimed++;
      continue;
    }
    if (t < from || t > to) continue;
    const b = bins - 1 - Math.min(bins - 1, Math.floor((to - t) / step));
    const both = direction === 'both' || (undirected !== null && undirected[e] === 1);
    if (both || direction === 'in') add(dst[e], b);
    if ((both || direction === 'out') && src[e] !== dst[e]) add(src[e], b);
  }
  return { counts, platform, bins, untimed };
}

/** @internal What {@link attentionChange} finds per account (index-aligned). */
export interface AttentionChange {
  /** log₂ change of the account's share over the period (posterior mode, see the header). */
  readonly momentum: Float64Array;
  readonly events: Float64Array;
  readonly pChange: Float64Array;
  readonly pNew: Float64Array;
  readonly pGone: Float64Array;
  readonly rising: Uint8Array;
  readonly fading: Uint8Array;
  readonly isNew: Uint8Array;
  readonly isGone: Uint8Array;
  readonly dispersion: number;
}

const PRIOR_SD = 2;
const BETA_CAP = 20 * Math.LN2;

/** Profile log-likelihood ℓ(β) − ℓ(0) and its first two derivatives for one account. */
function profile(beta: number, c: Float64Array, off: number, N: Float64Array, x: Float64Array, total: number, nTotal: number): [number, number, number] {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let sx = 0;
  for (let b = 0; b < N.length; b++) {
    const w = N[b] * Math.exp(beta * x[b]);
    s0 += w;
    s1 += w * x[b];
    s2 += w * x[b] * x[b];
    sx += c[off + b] * x[b];
  }
  const mean = s1 / s0;
  return [beta * sx - total * Math.log(s0 / nTotal), sx - total * mean, -total * (s2 / s0 - mean * mean)];
}

/** Newton's method on the concave (penalized) profile likelihood; `precision` = 1/τ² or 0. */
function fitSlope(c: Float64Array, off: number, N: Float64Array, x: Float64Array, total: number, nTotal: number, precision: number): number {
  let beta = 0;
  for (let it = 0; it < 60; it++) {
    const [, g, h] = profile(beta, c, off, N, x, total, nTotal);
    const grad = g - precision * beta;
    const curv = h - precision;
    if (!(curv < 0)) break;
    const step = Math.max(-1, Math.min(1, -grad / curv));
    beta = Math.max(-BETA_CAP, Math.min(BETA_CAP, beta + step));
    if (Math.abs(step) < 1e-10 || Math.abs(beta) === BETA_CAP) break;
  }
  return beta;
}

/** Pearson χ² of the fitted trend for one account, and its degrees of freedom. */
function pearson(beta: number, c: Float64Array, off: number, N: Float64Array, x: Float64Array, total: number): [number, number] {
  let s0 = 0;
  for (let b = 0; b < N.length; b++) s0 += N[b] * Math.exp(beta * x[b]);
  let chi = 0;
  let used = 0;
  for (let b = 0; b < N.length; b++) {
    if (N[b] === 0) continue;
    used++;
    const mu = (total * N[b] * Math.exp(beta * x[b])) / s0;
    chi += ((c[off + b] - mu) * (c[off + b] - mu)) / mu;
  }
  return [chi, used - 2];
}

function median(values: number[]): number {
  const s = values.sort((a, b) => a - b);
  const m = s.length;
  return m % 2 === 1 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
}

/**
 * @internal Tests every account of `bins` for a change of its attention share (see the header).
 * `threshold`: |momentum| (log₂) a rise or fade must reach; `fdr`: Benjamini–Hochberg level.
 */
export function attentionChange(ev: EventBins, n: number, threshold: number, fdr: number): AttentionChange {
  const { counts, platform: N, bins: B } = ev;
  const nTotal = N.reduce((s, v) => s + v, 0);
  const x = new Float64Array(B);
  for (let b = 0; b < B; b++) x[b] = B === 1 ? 0 : (b + 0.5) / B - 0.5;
  const events = new Float64Array(n);
  const momentum = new Float64Array(n);
  const lr = new Float64Array(n);
  const ratios: number[] = [];
  const df = N.filter((v) => v > 0).length - 2;
  for (let v = 0; v < n; v++) {
    const off = v * B;
    let total = 0;
    for (let b = 0; b < B; b++) total += counts[off + b];
    events[v] = total;
    if (total === 0 || nTotal === 0) continue;
    const mle = fitSlope(counts, off, N, x, total, nTotal, 0);
    lr[v] = Math.max(0, 2 * profile(mle, counts, off, N, x, total, nTotal)[0]);
    momentum[v] = fitSlope(counts, off, N, x, total, nTotal, 1 / (PRIOR_SD * PRIOR_SD)) / Math.LN2;
    if (df > 0 && total >= 5 * B) ratios.push(pearson(mle, counts, off, N, x, total)[0] / df);
  }
  // Median of χ²_df/df ≈ (1 − 2/(9 df))³ (Wilson–Hilferty).
  const dispersion = ratios.length >= 10 ? Math.max(1, median(ratios) / (1 - 2 / (9 * df)) ** 3) : 1;
  const pChange = new Float64Array(n).fill(Number.NaN);
  const pNew = new Float64Array(n).fill(Number.NaN);
  const pGone = new Float64Array(n).fill(Number.NaN);
  for (let v = 0; v < n; v++) {
    if (events[v] === 0) continue;
    pChange[v] = chiSquare1Tail(lr[v] / dispersion);
    const off = v * B;
    let first = 0;
    while (counts[off + first] === 0) first++;
    let last = B - 1;
    while (counts[off + last] === 0) last--;
    pNew[v] = absence(N, 0, first, events[v], dispersion);
    pGone[v] = absence(N, last + 1, B, events[v], dispersion);
  }
  const changed = benjaminiHochberg(pChange, fdr);
  const isNew = benjaminiHochberg(pNew, fdr);
  const isGone = benjaminiHochberg(pGone, fdr);
  const rising = new Uint8Array(n);
  const fading = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (isNew[v] && isGone[v]) {
      // Present only in the middle: keep the more striking absence.
      if (pNew[v] <= pGone[v]) isGone[v] = 0;
      else isNew[v] = 0;
    }
    if (changed[v] && momentum[v] >= threshold) rising[v] = 1;
    if (changed[v] && momentum[v] <= -threshold) fading[v] = 1;
  }
  return { momentum, events, pChange, pNew, pGone, rising, fading, isNew, isGone, dispersion };
}

/**
 * p of seeing none of the account's `total` events in bins [lo, hi) when each falls in bin b with
 * probability N_b / Σ N: (1 − share)^{T/φ}. NaN (not tested) for an empty range.
 */
function absence(N: Float64Array, lo: number, hi: number, total: number, dispersion: number): number {
  if (hi <= lo) return Number.NaN;
  let inside = 0;
  let all = 0;
  for (let b = 0; b < N.length; b++) {
    all += N[b];
    if (b >= lo && b < hi) inside += N[b];
  }
  if (inside === 0 || inside === all) return Number.NaN;
  return (1 - inside / all) ** (total / dispersion);
}
