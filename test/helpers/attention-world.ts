/**
 * An attention world built independently of the library's brandWorld (issue #19): accounts whose
 * yearly shares of attention are log-normal, events drawn week by week as Poisson counts, a few
 * mid-ranking accounts whose share ramps up (risers) or down (faders) by a factor over the year,
 * optionally a platform whose weekly volume grows, and optionally accounts that start (or stop)
 * receiving attention halfway. Each event is an edge u → v ("u shares v") from a uniformly drawn
 * account u at a uniform time inside its week.
 */
import { createRng, type Rng } from '../../src/core/rng.js';
import { buildSocialGraph, type SocialGraph } from '../../src/index.js';

export const WEEK = 7 * 86_400_000;

export interface AttentionWorldOptions {
  seed: number;
  /** @defaultValue 2000 */
  accounts?: number;
  /** Events over the year. @defaultValue 200_000 */
  events?: number;
  /** Weeks in the period. @defaultValue 52 */
  weeks?: number;
  /** σ of the log-normal yearly shares. @defaultValue 1.5 */
  sigma?: number;
  /** Planted risers and faders (each). @defaultValue 20 */
  planted?: number;
  /** Factor of the ramp from the first to the last week. @defaultValue 16 */
  ramp?: number;
  /** Where the planted accounts stand in the share ranking, as a quantile (0.5 = median). @defaultValue 0.5 */
  at?: number;
  /** Volume of the last week over the first (exponential growth). @defaultValue 1 */
  growth?: number;
  /** Accounts that receive attention only from the middle of the year on (and as many only before). @defaultValue 0 */
  starters?: number;
}

export interface AttentionWorld {
  readonly graph: SocialGraph;
  readonly risers: readonly string[];
  readonly faders: readonly string[];
  readonly starters: readonly string[];
  readonly stoppers: readonly string[];
  /** Every other account (constant share). */
  readonly steady: readonly string[];
}

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Poisson draw: Knuth's product for small means, a rounded normal for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

export function attentionWorld(options: AttentionWorldOptions): AttentionWorld {
  const { seed, accounts = 2000, events = 200_000, weeks = 52, sigma = 1.5, planted = 20, ramp = 16, at = 0.5, growth = 1, starters = 0 } = options;
  const rng = createRng(seed);
  const share = Array.from({ length: accounts }, () => Math.exp(sigma * normal(rng)));
  const byShare = [...share.keys()].sort((a, b) => share[a] - share[b]);
  // Planted risers/faders alternate around the quantile `at`; starters and stoppers are drawn at random among the rest.
  const centre = Math.round(at * (accounts - 1));
  const ring: number[] = [];
  for (let d = 0; ring.length < 2 * planted; d++) for (const i of d === 0 ? [centre] : [centre - d, centre + d]) if (i >= 0 && i < accounts && ring.length < 2 * planted) ring.push(byShare[i]);
  const risers = ring.filter((_, k) => k % 2 === 0);
  const faders = ring.filter((_, k) => k % 2 === 1);
  const taken = new Set(ring);
  const rest = [...Array(accounts).keys()].filter((i) => !taken.has(i));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const starting = rest.slice(0, starters);
  const stopping = rest.slice(starters, 2 * starters);
  const role = new Int8Array(accounts); // 1 riser, 2 fader, 3 starter, 4 stopper
  for (const i of risers) role[i] = 1;
  for (const i of faders) role[i] = 2;
  for (const i of starting) role[i] = 3;
  for (const i of stopping) role[i] = 4;
  const volume = Array.from({ length: weeks }, (_, w) => growth ** (w / Math.max(1, weeks - 1)));
  const totalVolume = volume.reduce((s, x) => s + x, 0);
  const interactions: { from: string; to: string; type: string; time: number }[] = [];
  const weekShare = new Float64Array(accounts);
  for (let w = 0; w < weeks; w++) {
    const x = w / Math.max(1, weeks - 1) - 0.5; // −0.5 … 0.5: the ramp keeps the year's geometric mean share
    let sum = 0;
    for (let i = 0; i < accounts; i++) {
      const f = role[i] === 1 ? ramp ** x : role[i] === 2 ? ramp ** -x : role[i] === 3 ? (x >= 0 ? 2 : 0) : role[i] === 4 ? (x < 0 ? 2 : 0) : 1;
      weekShare[i] = share[i] * f;
      sum += weekShare[i];
    }
    const n = (events * volume[w]) / totalVolume;
    for (let v = 0; v < accounts; v++) {
      const count = poisson(rng, (n * weekShare[v]) / sum);
      for (let c = 0; c < count; c++) {
        let u = rng.int(accounts - 1);
        if (u >= v) u++;
        interactions.push({ from: `a${u}`, to: `a${v}`, type: 'share', time: Math.floor((w + rng.next()) * WEEK) });
      }
    }
  }
  const key = (i: number) => `a${i}`;
  const graph = buildSocialGraph({ accounts: Array.from({ length: accounts }, (_, i) => ({ id: key(i) })), interactions });
  return {
    graph,
    risers: risers.map(key),
    faders: faders.map(key),
    starters: starting.map(key),
    stoppers: stopping.map(key),
    steady: [...Array(accounts).keys()].filter((i) => role[i] === 0).map(key),
  };
}
