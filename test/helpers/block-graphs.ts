/**
 * Seeded graphs with planted groups, built in O(m) for 1k–20k nodes (issue #19 item 5), written
 * independently of the library's community code:
 *  - `sbm`: a stochastic block model (Holland, Laskey & Leinhardt 1983) given by group sizes, a mean
 *    degree and a mixing share μ: each node expects degree·(1 − μ) ties inside its group and degree·μ
 *    outside, the outside ones spread over the other groups in proportion to their size.
 *  - `lfrLike`: the LFR benchmark's recipe (Lancichinetti, Fortunato & Radicchi 2008): power-law
 *    degrees (exponent τ₁) and community sizes (τ₂), each node's stubs split (1 − μ) inside its
 *    community and μ outside, inside stubs paired within the community and outside stubs across
 *    communities by random matching (self-loops, repeats and same-community outside pairs dropped,
 *    so the realised μ is close to, not exactly, the target).
 * Ties are undirected, weight 1, u < v, no repeats.
 */
import { createRng, type Rng } from '../../src/core/rng.js';
import type { Tie } from './partition.js';

export interface BlockGraph {
  readonly n: number;
  readonly ties: Tie[];
  /** Planted group of each node. */
  readonly truth: Int32Array;
}

function poissonDraw(rng: Rng, mean: number): number {
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next())));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}

class TieSet {
  readonly ties: Tie[] = [];
  private readonly seen = new Set<number>();
  constructor(private readonly n: number) {}
  add(u: number, v: number): boolean {
    if (u === v) return false;
    const a = Math.min(u, v);
    const b = Math.max(u, v);
    const key = a * this.n + b;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.ties.push([a, b, 1]);
    return true;
  }
}

export interface SbmSpec {
  seed: number;
  sizes: readonly number[];
  degree: number;
  mixing: number;
}

export function sbm(spec: SbmSpec): BlockGraph {
  const rng = createRng(spec.seed);
  const n = spec.sizes.reduce((a, b) => a + b, 0);
  const truth = new Int32Array(n);
  const start: number[] = [];
  let next = 0;
  spec.sizes.forEach((size, g) => {
    start.push(next);
    truth.fill(g, next, (next += size));
  });
  const set = new TieSet(n);
  spec.sizes.forEach((size, g) => {
    const inside = poissonDraw(rng, (size * spec.degree * (1 - spec.mixing)) / 2);
    for (let k = 0; k < inside && size > 1; k++) set.add(start[g] + rng.int(size), start[g] + rng.int(size));
  });
  const outside = spec.sizes.length > 1 ? poissonDraw(rng, (n * spec.degree * spec.mixing) / 2) : 0;
  for (let k = 0; k < outside; k++) {
    const u = rng.int(n);
    const rest = n - spec.sizes[truth[u]];
    let v = rng.int(rest);
    if (v >= start[truth[u]]) v += spec.sizes[truth[u]];
    set.add(u, v);
  }
  return { n, ties: set.ties, truth };
}

export interface LfrSpec {
  seed: number;
  n: number;
  mixing: number;
  /** Mean degree. @defaultValue 15 */
  degree?: number;
  /** @defaultValue 50 */
  maxDegree?: number;
  /** Community sizes. @defaultValue [20, 100] */
  minCommunity?: number;
  maxCommunity?: number;
  /** Degree exponent τ₁. @defaultValue 2.5 */
  tau1?: number;
  /** Community-size exponent τ₂. @defaultValue 1.5 */
  tau2?: number;
}

/** A power-law draw in [lo, hi] with exponent τ (inverse transform of the continuous law). */
function powerLaw(rng: Rng, lo: number, hi: number, tau: number): number {
  const a = 1 - tau;
  const x = (lo ** a + rng.next() * (hi ** a - lo ** a)) ** (1 / a);
  return Math.round(x);
}

export function lfrLike(spec: LfrSpec): BlockGraph {
  const { seed, n, mixing, degree = 15, maxDegree = 50, minCommunity = 20, maxCommunity = 100, tau1 = 2.5, tau2 = 1.5 } = spec;
  const rng = createRng(seed);
  // Minimum degree chosen so the power law has the wanted mean (bisection on the continuous mean).
  const mean = (lo: number) => {
    const a = 2 - tau1;
    const b = 1 - tau1;
    return ((hi: number) => ((hi ** a - lo ** a) / a) / ((hi ** b - lo ** b) / b))(maxDegree);
  };
  let lo = 1;
  let hi = maxDegree;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < degree) lo = mid;
    else hi = mid;
  }
  const degrees = Array.from({ length: n }, () => powerLaw(rng, lo, maxDegree, tau1));
  const sizes: number[] = [];
  for (let total = 0; total < n; ) {
    const s = Math.min(powerLaw(rng, minCommunity, maxCommunity, tau2), n - total);
    sizes.push(s);
    total += s;
  }
  if (sizes.length > 1 && sizes[sizes.length - 1] < minCommunity) sizes[sizes.length - 2] += sizes.pop()!;
  // Nodes to communities in random order; a node's inside degree must fit its community.
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const truth = new Int32Array(n);
  let at = 0;
  sizes.forEach((size, c) => {
    for (let k = 0; k < size; k++) truth[order[at++]] = c;
  });
  const members: number[][] = sizes.map(() => []);
  for (let u = 0; u < n; u++) members[truth[u]].push(u);
  const set = new TieSet(n);
  const outStubs: number[] = [];
  for (const group of members) {
    const stubs: number[] = [];
    for (const u of group) {
      const inside = Math.min(group.length - 1, Math.round(degrees[u] * (1 - mixing)));
      for (let k = 0; k < inside; k++) stubs.push(u);
      for (let k = inside; k < degrees[u]; k++) outStubs.push(u);
    }
    shuffle(stubs, rng);
    for (let k = 0; k + 1 < stubs.length; k += 2) set.add(stubs[k], stubs[k + 1]);
  }
  shuffle(outStubs, rng);
  for (let k = 0; k + 1 < outStubs.length; k += 2) {
    let v = k + 1;
    // A same-community pair: try a few later stubs to swap with.
    for (let t = 0; t < 5 && truth[outStubs[k]] === truth[outStubs[v]] && k + 2 + t < outStubs.length; t++) {
      const w = k + 2 + t;
      [outStubs[v], outStubs[w]] = [outStubs[w], outStubs[v]];
    }
    if (truth[outStubs[k]] !== truth[outStubs[v]]) set.add(outStubs[k], outStubs[v]);
  }
  return { n, ties: set.ties, truth };
}

function shuffle(a: number[], rng: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
}
