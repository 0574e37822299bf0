/**
 * Worlds with bought followers, written from how follower vendors operate (Cresci et al. 2015: fake
 * accounts are created in bulk, rarely post, and follow many accounts; Stringhini et al. 2013) and not
 * from audienceQuality's formula. Organic accounts have log-normal popularity, are created over five
 * years, and a share of them are lurkers who never post (noise against the no-posts rule). A few
 * buyers receive fake followers whose traits depend on the world's `fakes` kind; `camouflaged` fakes
 * carry none of the traits (post, spread-out creation, ordinary following): no rule can see them.
 */
import { createRng, type Rng } from '../../src/core/rng.js';
import type { SocialRecordsInput } from '../../src/index.js';

export type FakeKind = 'burst' | 'silent' | 'mass' | 'mixed' | 'camouflaged';

export interface BoughtWorldSpec {
  n: number;
  seed: number;
  fakes: FakeKind;
  /** Share of organic accounts that never post. */
  lurkers: number;
  /** Share of accounts that buy followers. */
  buyers: number;
  /** Bought followers per buyer, as a multiple of its organic audience (at least 20). */
  boughtRatio: number;
}

export interface BoughtWorld {
  records: SocialRecordsInput;
  buyers: Set<string>;
}

const YEAR = 365 * 86_400_000;
const START = Date.UTC(2019, 0, 1);

function logNormal(rng: Rng, sigma: number): number {
  const u = Math.max(rng.next(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  return Math.exp(sigma * z);
}

/** Picks an index with probability proportional to `weights` (cumulative, ascending). */
function pick(cumulative: Float64Array, rng: Rng): number {
  const x = rng.next() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function boughtWorld(spec: BoughtWorldSpec): BoughtWorld {
  const rng = createRng(spec.seed);
  const accounts: NonNullable<SocialRecordsInput['accounts']> = [];
  const follows: NonNullable<SocialRecordsInput['follows']> = [];
  const posts: NonNullable<SocialRecordsInput['posts']> = [];
  const popularity = new Float64Array(spec.n);
  let total = 0;
  for (let i = 0; i < spec.n; i++) popularity[i] = total += logNormal(rng, 1.2);
  const following = new Float64Array(spec.n);
  const audience = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    const out = 3 + Math.floor(logNormal(rng, 0.8) * 12);
    const seen = new Set<number>();
    for (let k = 0; k < out; k++) {
      const j = pick(popularity, rng);
      if (j === i || seen.has(j)) continue;
      seen.add(j);
      follows.push({ follower: `u${i}`, followee: `u${j}` });
      audience[j]++;
    }
    following[i] = seen.size;
    if (rng.next() >= spec.lurkers) {
      const count = 1 + rng.int(20);
      for (let p = 0; p < count; p++) posts.push({ id: `u${i}-p${p}`, author: `u${i}`, time: START + rng.next() * 5 * YEAR });
    }
  }
  const buyers = new Set<string>();
  let fake = 0;
  for (let i = 0; i < spec.n; i++) {
    if (rng.next() >= spec.buyers) continue;
    buyers.add(`u${i}`);
    const bought = Math.max(20, Math.round(spec.boughtRatio * audience[i]));
    // A vendor delivers an order from accounts it made together.
    const batchTime = START + rng.next() * 5 * YEAR;
    for (let k = 0; k < bought; k++, fake++) {
      const id = `f${fake}`;
      const traits = spec.fakes === 'mixed' ? (['burst', 'silent', 'mass'] as const).filter(() => rng.next() < 0.5) : [spec.fakes];
      if (spec.fakes === 'mixed' && traits.length === 0) traits.push((['burst', 'silent', 'mass'] as const)[rng.int(3)]);
      const created = traits.includes('burst' as never) ? batchTime + rng.next() * 120_000 : START + rng.next() * 5 * YEAR;
      const followingCount = traits.includes('mass' as never) ? 2000 + rng.int(5000) : 3 + rng.int(40);
      accounts.push({ id, createdAt: created, following: followingCount });
      follows.push({ follower: id, followee: `u${i}` });
      if (!traits.includes('silent' as never)) {
        const count = 1 + rng.int(5);
        for (let p = 0; p < count; p++) posts.push({ id: `${id}-p${p}`, author: id, time: START + rng.next() * 5 * YEAR });
      }
    }
  }
  for (let i = 0; i < spec.n; i++) accounts.push({ id: `u${i}`, createdAt: START + rng.next() * 5 * YEAR, following: following[i] });
  return { records: { accounts, follows, posts }, buyers };
}

/** Area under the ROC curve: the probability that a random organic account scores above a random buyer (ties count half). */
export function separation(scores: ReadonlyMap<string, number>, buyers: ReadonlySet<string>, eligible: (key: string) => boolean): number {
  const pos: number[] = [];
  const neg: number[] = [];
  for (const [key, s] of scores) {
    if (!eligible(key)) continue;
    (buyers.has(key) ? neg : pos).push(s);
  }
  neg.sort((a, b) => a - b);
  let wins = 0;
  for (const p of pos) {
    let lo = 0;
    let hi = neg.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (neg[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    let eq = lo;
    while (eq < neg.length && neg[eq] === p) eq++;
    wins += lo + (eq - lo) / 2;
  }
  return pos.length && neg.length ? wins / (pos.length * neg.length) : Number.NaN;
}
