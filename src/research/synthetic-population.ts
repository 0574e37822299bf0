/**
 * SYNTHETIC DATA. A seeded generator of accounts, posts and engagement whose true engagement rate is
 * known and drawn independently of the follower count, for testing engagement scorers and for the
 * million-follower fallacy demonstration (Cha, Haddadi, Benevenuto & Gummadi 2010: follower counts
 * say little about the response an account gets). Nothing here is real data.
 *
 * Model, per account a: followers F_a ~ round(LogNormal(ln median, σ)) ≥ 1; true rate p_a ~ Beta(μs, (1−μ)s);
 * posts ~ 1 + Geometric (mean `postsPerAccount`). Per post: engagements E ~ Binomial(F_a, p_a), split into
 * like/comment/share/save by `mix`; reach = max(E, round(F_a · U(0.2, 0.6))); impressions = round(reach · (1 + Exp(0.5))).
 */
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { parseOptions } from '../core/options.js';
import { createRng, type Rng } from '../core/rng.js';
import type { EngagementColumns } from '../scorers/engagement/columns.js';

/** Options of {@link syntheticPopulation}. */
export interface SyntheticPopulationOptions {
  /** Number of accounts. @defaultValue `1000` */
  accounts?: number;
  /** PRNG seed. @defaultValue `1` */
  seed?: number;
  /** Log-normal follower counts: median and σ of ln F (most accounts small, a long tail up to millions). @defaultValue `{ median: 400, sigma: 2 }` */
  followers?: { median?: number; sigma?: number };
  /** Beta distribution of the true rate: mean and strength (α + β). @defaultValue `{ mean: 0.03, strength: 60 }` */
  rate?: { mean?: number; strength?: number };
  /** Mean posts per account (at least one each, geometric tail). @defaultValue `4` */
  postsPerAccount?: number;
  /** Share of engagements of each type. @defaultValue `{ like: 0.8, comment: 0.12, share: 0.05, save: 0.03 }` */
  mix?: Record<string, number>;
  /** `counts`: engagements as post counts; `interactions`: one interaction row per engagement (posts carry no counts). @defaultValue `'counts'` */
  as?: 'counts' | 'interactions';
  /** First post time (ms). @defaultValue `Date.UTC(2024, 0, 1)` */
  start?: number;
  /** Posts are spread uniformly over this many ms. @defaultValue 90 days */
  span?: number;
}

/** A labelled synthetic population: data plus the true rates that generated it. */
export interface SyntheticPopulation {
  /** Always `true`: this is generated data. */
  readonly synthetic: true;
  readonly seed: number;
  /** Account keys `u0`, `u1`, … */
  readonly keys: readonly string[];
  readonly followers: Float64Array;
  /** The true per-follower, per-post engagement probability p_a (drawn independently of followers). */
  readonly trueRate: Float64Array;
  /** Posts (and, with `as: 'interactions'`, interactions) as engagement columns. */
  readonly columns: EngagementColumns;
  /** Number of posts and of interaction rows. */
  readonly size: { readonly posts: number; readonly interactions: number };
  /**
   * The same data as a social graph: accounts with `followers` and `createdAt`, interaction edges
   * engager → author with `type`, `time`, `post`, and the graph attribute `posts`. Meant for small populations.
   */
  toGraph(): AbstractGraph;
  /** The same data as records for `buildSocialGraph` (`accounts`, `posts`, `interactions` from engager to author). */
  records(): SyntheticRecords;
}

/** Plain records in the shape `buildSocialGraph` reads. */
export interface SyntheticRecords {
  readonly accounts: { id: string; followers: number; createdAt: number }[];
  readonly posts: { id: string; author: string; time: number; impressions: number; reach: number; likes?: number; comments?: number; shares?: number; saves?: number }[];
  readonly interactions: { from: string; to: string; type: string; time: number; post: string }[];
}

const DAY = 86_400_000;

function normal(rng: Rng): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1. */
function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng.next() || Number.MIN_VALUE, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Binomial(n, p): exact for small n or small mean (Bernoulli sum, inversion), normal approximation when np(1−p) ≥ 25. */
function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 64) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng.next() < p) k++;
    return k;
  }
  const variance = n * p * (1 - p);
  if (variance >= 25) return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(variance) * normal(rng))));
  let pmf = Math.exp(n * Math.log1p(-p));
  let cdf = pmf;
  const u = rng.next();
  const ratio = p / (1 - p);
  let k = 0;
  while (u > cdf && k < n) {
    pmf *= ((n - k) / (k + 1)) * ratio;
    cdf += pmf;
    k++;
    if (pmf < 1e-300 && cdf > 1 - 1e-12) break;
  }
  return k;
}

/**
 * Generates a labelled synthetic population (see the file header for the model).
 *
 * @example
 * ```ts
 * const pop = syntheticPopulation({ accounts: 2000, seed: 7 });
 * const v = engagementRate().scoreColumns(pop.columns);
 * kendallTau(v.values, pop.trueRate); // how well the scorer recovers the truth
 * ```
 */
const finite = z.number().finite();
const schema = z
  .object({
    accounts: z.number().int().min(1).optional(),
    seed: finite.optional(),
    followers: z.object({ median: finite.min(1).optional(), sigma: finite.min(0).optional() }).strict().optional(),
    rate: z.object({ mean: finite.gt(0).lt(1).optional(), strength: finite.gt(0).optional() }).strict().optional(),
    postsPerAccount: finite.min(1).optional(),
    mix: z.record(z.string(), finite.min(0)).optional(),
    as: z.enum(['counts', 'interactions']).optional(),
    start: finite.optional(),
    span: finite.gt(0).optional(),
  })
  .strict();

export function syntheticPopulation(given: SyntheticPopulationOptions = {}): SyntheticPopulation {
  const options = parseOptions(schema, given, 'syntheticPopulation');
  const n = options.accounts ?? 1000;
  const seed = options.seed ?? 1;
  const median = options.followers?.median ?? 400;
  const sigma = options.followers?.sigma ?? 2;
  const mean = options.rate?.mean ?? 0.03;
  const strength = options.rate?.strength ?? 60;
  const postsPerAccount = options.postsPerAccount ?? 4;
  const mix = Object.entries(options.mix ?? { like: 0.8, comment: 0.12, share: 0.05, save: 0.03 });
  const mode = options.as ?? 'counts';
  const start = options.start ?? Date.UTC(2024, 0, 1);
  const span = options.span ?? 90 * DAY;
  const mixTotal = mix.reduce((s, [, w]) => s + w, 0);
  const cumulative = mix.map(([, w], i) => mix.slice(0, i + 1).reduce((s, [, x]) => s + x, 0) / mixTotal);
  const rng = createRng(seed);

  const keys = Array.from({ length: n }, (_, i) => `u${i}`);
  const followers = new Float64Array(n);
  const trueRate = new Float64Array(n);
  const postsOf = new Int32Array(n);
  const stay = 1 - 1 / postsPerAccount;
  let P = 0;
  for (let a = 0; a < n; a++) {
    followers[a] = Math.max(1, Math.round(median * Math.exp(sigma * normal(rng))));
    const g1 = gamma(rng, mean * strength);
    trueRate[a] = g1 / (g1 + gamma(rng, (1 - mean) * strength));
    let k = 1;
    while (stay > 0 && rng.next() < stay) k++;
    postsOf[a] = k;
    P += k;
  }

  const author = new Int32Array(P);
  const time = new Float64Array(P);
  const reach = new Float64Array(P);
  const impressions = new Float64Array(P);
  const engagementsOf = new Float64Array(P);
  const counts = new Map(mix.map(([type]) => [type, new Float64Array(P)]));
  const countColumns = mix.map(([type]) => counts.get(type)!);
  let p = 0;
  let interactionTotal = 0;
  for (let a = 0; a < n; a++) {
    for (let j = 0; j < postsOf[a]; j++, p++) {
      author[p] = a;
      time[p] = start + Math.floor(rng.next() * span);
      const e = binomial(rng, followers[a], trueRate[a]);
      engagementsOf[p] = e;
      interactionTotal += e;
      reach[p] = Math.max(e, Math.round(followers[a] * (0.2 + 0.4 * rng.next())));
      impressions[p] = Math.round(reach[p] * (1 - 0.5 * Math.log(1 - rng.next())));
      if (mode === 'counts') {
        // Multinomial split by sequential binomials.
        let left = e;
        let massLeft = 1;
        for (let t = 0; t < mix.length; t++) {
          const share = (cumulative[t] - (t > 0 ? cumulative[t - 1] : 0)) / massLeft;
          const c = t === mix.length - 1 ? left : binomial(rng, left, Math.min(1, share));
          countColumns[t][p] = c;
          left -= c;
          massLeft -= cumulative[t] - (t > 0 ? cumulative[t - 1] : 0);
        }
      }
    }
  }

  let columns: EngagementColumns;
  let interactions = 0;
  if (mode === 'counts') {
    columns = { keys, followers, posts: { author, time, reach, impressions, counts } };
  } else {
    interactions = interactionTotal;
    const type = new Uint8Array(interactions);
    const post = new Int32Array(interactions);
    const target = new Int32Array(interactions);
    const itime = new Float64Array(interactions);
    let i = 0;
    for (let q = 0; q < P; q++) {
      for (let e = 0; e < engagementsOf[q]; e++, i++) {
        const u = rng.next();
        let t = 0;
        while (t < cumulative.length - 1 && u >= cumulative[t]) t++;
        type[i] = t;
        post[i] = q;
        target[i] = author[q];
        itime[i] = time[q] + Math.floor(-DAY * Math.log(1 - rng.next()));
      }
    }
    columns = { keys, followers, posts: { author, time, reach, impressions }, interactions: { type, typeNames: mix.map(([name]) => name), post, target, time: itime } };
  }

  const population: SyntheticPopulation = {
    synthetic: true,
    seed,
    keys,
    followers,
    trueRate,
    columns,
    size: { posts: P, interactions },
    records() {
      const ids = Array.from({ length: P }, (_, q) => `p${q}`);
      const posts = ids.map((id, q) => {
        const record: SyntheticRecords['posts'][number] = { id, author: keys[author[q]], time: time[q], impressions: impressions[q], reach: reach[q] };
        if (mode === 'counts') {
          for (const [field, type] of [['likes', 'like'], ['comments', 'comment'], ['shares', 'share'], ['saves', 'save']] as const) {
            const c = counts.get(type);
            if (c) record[field] = c[q];
          }
        }
        return record;
      });
      const ic = columns.interactions;
      // Engagers are drawn uniformly (own stream, so the engagement data do not depend on it): the network is not the point here.
      const engager = createRng(seed ^ 0x5eed);
      const list: SyntheticRecords['interactions'] = [];
      for (let i = 0; ic && i < interactions; i++) {
        const q = ic.post![i];
        list.push({ from: keys[engager.int(n)], to: keys[author[q]], type: ic.typeNames[ic.type[i]], time: ic.time![i], post: ids[q] });
      }
      return {
        accounts: keys.map((id, a) => ({ id, followers: followers[a], createdAt: start - 365 * DAY })),
        posts,
        interactions: list,
      };
    },
    toGraph() {
      const { accounts, posts, interactions: list } = population.records();
      const graph = new MultiDirectedGraph();
      for (const { id, ...attributes } of accounts) graph.addNode(id, { ...attributes, verified: false, flags: [], synthetic: true });
      graph.setAttribute('posts', posts);
      graph.setAttribute('synthetic', true);
      for (const { from, to, ...attributes } of list) graph.addEdge(from, to, attributes);
      return graph;
    },
  };
  return population;
}
