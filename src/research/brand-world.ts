/**
 * SYNTHETIC DATA. A seeded generator of a small social world for the brand toolkit: topical
 * communities with their experts, popular off-topic celebrities, a brand with employees, advocates
 * and detractors, and accounts planted to rise or fade over time. Nothing here is real data; the
 * truth that generated it is returned beside the records, so tests and examples can check scorers.
 *
 * Model (defaults in brackets; every draw from the library's seeded PRNG):
 * - Per topic t: `experts` [10] and `fans` [40]. A fan follows each expert of t with probability 0.3,
 *   each other fan of t with 0.05, each celebrity with 0.5, anyone else with 0.005; an expert follows
 *   the other experts of t with 0.5, fans of t with 0.05, each celebrity with 0.3. Celebrities follow
 *   each other with 0.3. So celebrities have the most followers, everywhere.
 * - Posts: a fan writes 1 + Geometric(mean 6) posts, each on t with probability 0.6, on another
 *   community's topic with 0.25, on a pop topic (music, fashion, movies, lifestyle) otherwise; an expert
 *   writes 20 + Geometric(mean 10), on t with 0.85; a celebrity 60 + Geometric(mean 20), on each
 *   community topic with 0.015, pop topics otherwise. Accounts' `followers` = their follows in the world
 *   plus U{1..20} from outside; likes ~ Binomial(followers, rate), rate ~ U(0.02, 0.1).
 * - The brand (`acme`) is an account; `employees` [5] have `affiliation: 'acme'` and post about it
 *   warmly; `advocates` [6] fans mention it 4–7 times with sentiment in [0.5, 0.95]; `detractors` [4]
 *   4–7 times in [−0.95, −0.5]; `oneOffs` [6] fans mention it once with sentiment 1 (one enthusiastic
 *   mention: not an advocate). Advocates also share and reply to the brand.
 * - Replies and shares: each fan replies to or shares 1 + Geometric(mean 4) posts of accounts it
 *   follows (the brand aside), at uniform times; `rising` [4] fans receive 60 extra shares from other
 *   fans at times of density ∝ u² (u the fraction of the period elapsed: few early, many late),
 *   `fading` [4] receive 60 with density ∝ (1 − u)².
 * Times are spread over `days` [360] from `start` [2024-01-01].
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { createRng, type Rng } from '../core/rng.js';

const DAY = 86_400_000;

/** Options of {@link brandWorld}. */
export interface BrandWorldOptions {
  /** PRNG seed. @defaultValue `1` */
  seed?: number;
  /** Community topics. @defaultValue `['ai', 'cooking', 'football', 'travel']` */
  topics?: string[];
  /** Experts per topic. @defaultValue `10` */
  experts?: number;
  /** Fans per topic. @defaultValue `40` */
  fans?: number;
  /** Celebrities (popular, off-topic). @defaultValue `10` */
  celebrities?: number;
  /** The brand's account id (also its topic tag). @defaultValue `'acme'` */
  brand?: string;
  /** Brand employees (affiliated accounts). @defaultValue `5` */
  employees?: number;
  /** Fans who speak well of the brand repeatedly. @defaultValue `6` */
  advocates?: number;
  /** Fans who speak badly of the brand repeatedly. @defaultValue `4` */
  detractors?: number;
  /** Fans who mention the brand once, enthusiastically. @defaultValue `6` */
  oneOffs?: number;
  /** Fans planted to gain attention over time. @defaultValue `4` */
  rising?: number;
  /** Fans planted to lose attention over time. @defaultValue `4` */
  fading?: number;
  /** Mean posts per fan beyond the first. @defaultValue `6` */
  fanPosts?: number;
  /** First day (ms). @defaultValue `Date.UTC(2024, 0, 1)` */
  start?: number;
  /** Days covered. @defaultValue `360` */
  days?: number;
}

/** Records in the shape `buildSocialGraph` and the NDJSON loader read. */
export interface BrandWorldRecords {
  readonly accounts: { id: string; createdAt: number; followers?: number; affiliation?: string }[];
  readonly follows: { follower: string; followee: string; since: number }[];
  readonly posts: { id: string; author: string; time: number; topics: string[]; likes: number; impressions: number; sentiment?: number; mentions?: string[] }[];
  readonly interactions: { from: string; to: string; type: string; time: number; post?: string; sentiment?: number; topics?: string[] }[];
}

/** What generated the world, to check scorers against. */
export interface BrandWorldTruth {
  /** Experts of each topic. */
  readonly experts: ReadonlyMap<string, readonly string[]>;
  /** Fans of each topic. */
  readonly fans: ReadonlyMap<string, readonly string[]>;
  readonly celebrities: readonly string[];
  readonly brand: string;
  readonly employees: readonly string[];
  readonly advocates: readonly string[];
  readonly detractors: readonly string[];
  /** Fans with a single enthusiastic brand mention. */
  readonly oneOffs: readonly string[];
  readonly rising: readonly string[];
  readonly fading: readonly string[];
}

/** A generated world: records plus the truth behind them. */
export interface BrandWorld {
  /** Always `true`: this is generated data. */
  readonly synthetic: true;
  readonly seed: number;
  readonly records: BrandWorldRecords;
  readonly truth: BrandWorldTruth;
  /** The records as NDJSON lines (`kind` first), for files and the CLI. */
  toNdjson(): string;
}

const POP_TOPICS = ['music', 'fashion', 'movies', 'lifestyle'];

function geometric(rng: Rng, mean: number): number {
  let k = 0;
  const stay = mean / (1 + mean);
  while (rng.next() < stay) k++;
  return k;
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(list.length)];
}

/** Draws `k` distinct items (partial Fisher–Yates on a copy). */
function sample<T>(rng: Rng, list: readonly T[], k: number): T[] {
  const copy = [...list];
  const m = Math.min(k, copy.length);
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(copy.length - i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, m);
}

function count(value: number | undefined, fallback: number, name: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for brandWorld', [{ path: [name], field: name, message: `must be an integer ≥ 0, got ${v}` }]);
  }
  return v;
}

function number(value: number | undefined, fallback: number, name: string, min: number): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for brandWorld', [{ path: [name], field: name, message: `must be a finite number${min > -Infinity ? (min > 0 ? ' > 0' : ' ≥ 0') : ''}, got ${v}` }]);
  }
  return v;
}

/**
 * Generates a seeded synthetic brand world (see the file header for the model).
 *
 * @example
 * ```ts
 * const world = brandWorld({ seed: 3 });
 * const graph = buildSocialGraph(world.records);
 * topicalInfluence({ topic: 'ai', view: { relations: ['follow'] } }).score(graph).top(10); // ≈ world.truth.experts.get('ai')
 * ```
 */
const num = z.number();
/** Key set and types; the ranges are checked by count() and number() below, with their messages. */
const schema = z
  .object({
    seed: num.optional(),
    topics: z.array(z.string()).optional(),
    experts: num.optional(),
    fans: num.optional(),
    celebrities: num.optional(),
    brand: z.string().optional(),
    employees: num.optional(),
    advocates: num.optional(),
    detractors: num.optional(),
    oneOffs: num.optional(),
    rising: num.optional(),
    fading: num.optional(),
    fanPosts: num.optional(),
    start: z.number().finite().optional(),
    days: num.optional(),
  })
  .strict();

export function brandWorld(given: BrandWorldOptions = {}): BrandWorld {
  const options = parseOptions(schema, given, 'brandWorld');
  const seed = options.seed ?? 1;
  const topics = options.topics ?? ['ai', 'cooking', 'football', 'travel'];
  if (topics.length === 0 || new Set(topics).size !== topics.length || topics.some((t) => typeof t !== 'string' || t.length === 0)) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for brandWorld', [{ path: ['topics'], field: 'topics', message: 'topics must be distinct non-empty strings, at least one' }]);
  }
  const nExperts = count(options.experts, 10, 'experts');
  const nFans = count(options.fans, 40, 'fans');
  const nCelebs = count(options.celebrities, 10, 'celebrities');
  const nEmployees = count(options.employees, 5, 'employees');
  const nAdvocates = count(options.advocates, 6, 'advocates');
  const nDetractors = count(options.detractors, 4, 'detractors');
  const nOneOffs = count(options.oneOffs, 6, 'oneOffs');
  const nRising = count(options.rising, 4, 'rising');
  const nFading = count(options.fading, 4, 'fading');
  const fanPosts = number(options.fanPosts, 6, 'fanPosts', 0);
  const brand = options.brand ?? 'acme';
  const start = options.start ?? Date.UTC(2024, 0, 1);
  const span = number(options.days, 360, 'days', Number.MIN_VALUE) * DAY;
  number(seed, 1, 'seed', -Infinity);
  const rng = createRng(seed);
  const at = (u: number): number => start + Math.floor(u * span);
  const anyTime = (): number => at(rng.next());

  const experts = new Map(topics.map((t) => [t, Array.from({ length: nExperts }, (_, k) => `${t}-expert-${k + 1}`)]));
  const fans = new Map(topics.map((t) => [t, Array.from({ length: nFans }, (_, k) => `${t}-fan-${k + 1}`)]));
  const celebrities = Array.from({ length: nCelebs }, (_, k) => `celebrity-${k + 1}`);
  const employees = Array.from({ length: nEmployees }, (_, k) => `${brand}-staff-${k + 1}`);
  const allFans = topics.flatMap((t) => fans.get(t)!);
  const allExperts = topics.flatMap((t) => experts.get(t)!);
  const topicOf = new Map<string, string>();
  for (const t of topics) for (const id of [...experts.get(t)!, ...fans.get(t)!]) topicOf.set(id, t);

  const records: BrandWorldRecords = { accounts: [], follows: [], posts: [], interactions: [] };
  const everyone = [...allExperts, ...allFans, ...celebrities, brand, ...employees];
  for (const id of everyone) {
    records.accounts.push({
      id,
      createdAt: Date.UTC(2012, 0, 1) + Math.floor(rng.next() * 11 * 365 * DAY),
      ...(id === brand || employees.includes(id) ? { affiliation: brand } : {}),
    });
  }

  // Follows.
  const followees = new Map<string, string[]>(everyone.map((id) => [id, []]));
  const follow = (a: string, b: string): void => {
    if (a === b) return;
    followees.get(a)!.push(b);
    records.follows.push({ follower: a, followee: b, since: start - Math.floor(rng.next() * 3 * 365 * DAY) });
  };
  for (const t of topics) {
    for (const f of fans.get(t)!) {
      for (const e of experts.get(t)!) if (rng.next() < 0.3) follow(f, e);
      for (const g of fans.get(t)!) if (g !== f && rng.next() < 0.05) follow(f, g);
      for (const c of celebrities) if (rng.next() < 0.5) follow(f, c);
      for (const other of [...allExperts, ...allFans]) if (topicOf.get(other) !== t && rng.next() < 0.005) follow(f, other);
      if (rng.next() < 0.3) follow(f, brand);
    }
    for (const e of experts.get(t)!) {
      for (const x of experts.get(t)!) if (x !== e && rng.next() < 0.5) follow(e, x);
      for (const f of fans.get(t)!) if (rng.next() < 0.05) follow(e, f);
      for (const c of celebrities) if (rng.next() < 0.3) follow(e, c);
    }
  }
  for (const c of celebrities) for (const d of celebrities) if (c !== d && rng.next() < 0.3) follow(c, d);
  for (const s of employees) {
    follow(s, brand);
    follow(brand, s);
    for (const x of employees) if (x !== s && rng.next() < 0.5) follow(s, x);
  }

  // The platform's follower count: the follows in the world plus some from outside it.
  const followerCount = new Map<string, number>(everyone.map((id) => [id, 1 + rng.int(20)]));
  for (const f of records.follows) followerCount.set(f.followee, followerCount.get(f.followee)! + 1);
  for (const a of records.accounts) a.followers = followerCount.get(a.id)!;
  const rate = new Map(everyone.map((id) => [id, 0.02 + 0.08 * rng.next()]));

  // Posts.
  let postId = 0;
  const postsBy = new Map<string, string[]>(everyone.map((id) => [id, []]));
  const post = (author: string, postTopics: string[], extra: { sentiment?: number; mentions?: string[]; time?: number } = {}): void => {
    const id = `p${++postId}`;
    const followers = followerCount.get(author) ?? 0;
    let likes = 0;
    for (let i = 0; i < followers; i++) if (rng.next() < rate.get(author)!) likes++;
    const impressions = Math.round(followers * (1 + rng.next()) + 3 * likes + 20);
    records.posts.push({ id, author, time: extra.time ?? anyTime(), topics: postTopics, likes, impressions, ...(extra.sentiment !== undefined ? { sentiment: extra.sentiment } : {}), ...(extra.mentions ? { mentions: extra.mentions } : {}) });
    postsBy.get(author)!.push(id);
  };
  const otherTopic = (t: string): string => (topics.length > 1 ? pick(rng, topics.filter((x) => x !== t)) : pick(rng, POP_TOPICS));
  for (const t of topics) {
    for (const f of fans.get(t)!) {
      const k = 1 + geometric(rng, fanPosts);
      for (let i = 0; i < k; i++) {
        const u = rng.next();
        post(f, [u < 0.6 ? t : u < 0.85 ? otherTopic(t) : pick(rng, POP_TOPICS)]);
      }
    }
    for (const e of experts.get(t)!) {
      const k = 20 + geometric(rng, 10);
      for (let i = 0; i < k; i++) post(e, [rng.next() < 0.85 ? t : otherTopic(t)]);
    }
  }
  for (const c of celebrities) {
    const k = 60 + geometric(rng, 20);
    for (let i = 0; i < k; i++) {
      const onTopic = topics.find(() => rng.next() < 0.015);
      post(c, [onTopic ?? pick(rng, POP_TOPICS)]);
    }
  }
  for (let i = 0; i < 12; i++) post(brand, [brand, pick(rng, topics)], { sentiment: 0.5 });

  // Brand voices.
  const voices = sample(rng, allFans, nAdvocates + nDetractors + nOneOffs + nRising + nFading);
  const advocates = voices.slice(0, nAdvocates);
  const detractors = voices.slice(nAdvocates, nAdvocates + nDetractors);
  const oneOffs = voices.slice(nAdvocates + nDetractors, nAdvocates + nDetractors + nOneOffs);
  const rising = voices.slice(nAdvocates + nDetractors + nOneOffs, nAdvocates + nDetractors + nOneOffs + nRising);
  const fading = voices.slice(nAdvocates + nDetractors + nOneOffs + nRising);
  const brandPosts = postsBy.get(brand)!;
  const speak = (who: string, low: number, high: number, times: number): void => {
    for (let i = 0; i < times; i++) {
      const sentiment = Math.round((low + (high - low) * rng.next()) * 100) / 100;
      if (rng.next() < 0.5) post(who, [brand], { sentiment, mentions: [brand] });
      else records.interactions.push({ from: who, to: brand, type: 'reply', time: anyTime(), post: pick(rng, brandPosts), sentiment, topics: [brand] });
    }
  };
  for (const a of advocates) {
    speak(a, 0.5, 0.95, 4 + rng.int(4));
    records.interactions.push({ from: a, to: brand, type: 'share', time: anyTime(), post: pick(rng, brandPosts) });
  }
  for (const d of detractors) speak(d, -0.95, -0.5, 4 + rng.int(4));
  for (const o of oneOffs) post(o, [brand], { sentiment: 1, mentions: [brand] });
  for (const s of employees) {
    for (let i = 2 + rng.int(4); i > 0; i--) post(s, [brand], { sentiment: Math.round((0.5 + 0.5 * rng.next()) * 100) / 100, mentions: [brand] });
    records.interactions.push({ from: s, to: brand, type: 'share', time: anyTime(), post: pick(rng, brandPosts) });
  }

  // Replies and shares along follows, uniform in time; planted rising and fading accounts.
  for (const f of allFans) {
    // The brand hears only from its planted voices, so their stance is the one the truth names.
    const followed = followees.get(f)!.filter((x) => x !== brand && postsBy.get(x)!.length > 0);
    if (followed.length === 0) continue;
    for (let k = 1 + geometric(rng, 4); k > 0; k--) {
      const to = pick(rng, followed);
      records.interactions.push({ from: f, to, type: rng.next() < 0.5 ? 'share' : 'reply', time: anyTime(), post: pick(rng, postsBy.get(to)!) });
    }
  }
  const plant = (target: string, shape: (u: number) => number): void => {
    for (let k = 0; k < 60; k++) {
      const from = pick(rng, allFans.filter((x) => x !== target));
      records.interactions.push({ from, to: target, type: 'share', time: at(shape(rng.next())), post: postsBy.get(target)!.length > 0 ? pick(rng, postsBy.get(target)!) : undefined });
    }
  };
  for (const r of rising) plant(r, (u) => Math.cbrt(u));
  for (const f of fading) plant(f, (u) => 1 - Math.cbrt(u));
  for (const i of records.interactions) if (i.post === undefined) delete i.post;

  const truth: BrandWorldTruth = { experts, fans, celebrities, brand, employees, advocates, detractors, oneOffs, rising, fading };
  return {
    synthetic: true,
    seed,
    records,
    truth,
    toNdjson() {
      const lines: string[] = [];
      for (const a of records.accounts) lines.push(JSON.stringify({ kind: 'account', ...a }));
      for (const f of records.follows) lines.push(JSON.stringify({ kind: 'follow', ...f }));
      for (const p of records.posts) lines.push(JSON.stringify({ kind: 'post', ...p }));
      for (const i of records.interactions) lines.push(JSON.stringify({ kind: 'interaction', ...i }));
      return `${lines.join('\n')}\n`;
    },
  };
}
