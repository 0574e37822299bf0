/**
 * An independent family of topical worlds for topicalInfluence (issue #19): written without the
 * formula's assumptions, with the patterns that break volume-based scores. Each world plants 10
 * experts of the target topic `ai` (followed and engaged by the topic's fans, posting on it) among:
 * - enthusiasts: volume posters of the topic (many on-topic posts) that nobody follows;
 * - celebrities: followed by a large share of everyone, posting off-topic and now and then on the topic;
 * - other topics' communities and experts, of unequal sizes, and fans who mix across topics;
 * - sparse activity (most accounts post little or nothing) and a growing platform (late joiners).
 * Sizes 1k–20k. Only `createRng` is shared with the library.
 */
import { createRng, type Rng, type SocialRecordsInput } from '../../src/index.js';

/** The knobs of one world. */
export interface TopicalCase {
  readonly seed: number;
  readonly accounts: number;
  /** Share of accounts who are fans of the target topic. */
  readonly topicShare: number;
  /** Share of a fan's follows that go to other topics' experts (community mixing). */
  readonly mixing: number;
  readonly enthusiasts: number;
  /** On-topic posts per enthusiast. */
  readonly enthusiastPosts: number;
  readonly celebrities: number;
  /** On-topic posts per expert (sparse: 3). */
  readonly expertPosts: number;
  /** Whether enthusiasts follow the experts (readers with no audience) or nobody. */
  readonly enthusiastsFollow: boolean;
  /** Adversarial: the enthusiasts all follow each other (a ring of volume posters giving each other attention). */
  readonly ring?: boolean;
}

/** A generated world and who is who. */
export interface TopicalWorld {
  readonly records: SocialRecordsInput;
  readonly experts: readonly string[];
  readonly enthusiasts: readonly string[];
  readonly celebrities: readonly string[];
  readonly spec: TopicalCase;
}

const DAY = 86_400_000;
const OTHER_TOPICS = ['cooking', 'football', 'travel', 'music'];

const pick = (rng: Rng, n: number): number => rng.int(n);

/** One world of the family. */
export function topicalWorld(spec: TopicalCase): TopicalWorld {
  const rng = createRng(spec.seed);
  const follows: { follower: string; followee: string; since: number }[] = [];
  const posts: { id: string; author: string; time: number; topics: string[] }[] = [];
  const interactions: { from: string; to: string; type: string; time: number; topics?: string[] }[] = [];
  const accounts: { id: string; createdAt: number }[] = [];
  // Platform growth: account k joins at a time growing like sqrt, so later accounts have less history.
  const joined = (k: number): number => Math.floor(365 * Math.sqrt(k / spec.accounts)) * DAY;
  const ids: string[] = [];
  for (let k = 0; k < spec.accounts; k++) {
    const id = `u${k}`;
    ids.push(id);
    accounts.push({ id, createdAt: joined(k) });
  }
  let post = 0;
  const write = (author: number, count: number, topicOf: () => string): void => {
    for (let p = 0; p < count; p++) {
      const time = joined(author) + pick(rng, 30) * DAY + pick(rng, 400) * DAY;
      posts.push({ id: `p${post++}`, author: ids[author], time, topics: [topicOf()] });
    }
  };
  // Roles by index, taken from a shuffled order so roles do not follow join order.
  const order = ids.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = pick(rng, i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  let cursor = 0;
  const take = (count: number): number[] => order.slice(cursor, (cursor += count));
  const experts = take(10);
  const enthusiasts = take(spec.enthusiasts);
  const celebrities = take(spec.celebrities);
  // Other topics: unequal communities, each with 5 experts.
  const otherShares = OTHER_TOPICS.map((_, t) => spec.topicShare * [2.5, 1, 0.4, 0.15][t]);
  const otherExperts = OTHER_TOPICS.map(() => take(5));
  const fansOf = (share: number): number[] => take(Math.max(5, Math.round(share * spec.accounts)));
  const fans = fansOf(spec.topicShare);
  const otherFans = otherShares.map(fansOf);
  const rest = order.slice(cursor);

  const follow = (a: number, b: number): void => {
    if (a !== b) follows.push({ follower: ids[a], followee: ids[b], since: Math.max(joined(a), joined(b)) + pick(rng, 60) * DAY });
  };
  const reply = (a: number, b: number, topic: string | null): void => {
    interactions.push({ from: ids[a], to: ids[b], type: rng.next() < 0.5 ? 'reply' : 'like', time: Math.max(joined(a), joined(b)) + pick(rng, 300) * DAY, ...(topic ? { topics: [topic] } : {}) });
  };
  const fanBehaviour = (fan: number, own: number[], topic: string, others: number[][]): void => {
    // Each expert's popularity differs (a late or niche expert draws fewer fans).
    for (let e = 0; e < own.length; e++) {
      const popularity = 0.15 + 0.6 * ((e * 7919 + spec.seed) % own.length) / own.length;
      if (rng.next() < popularity * (1 - spec.mixing)) {
        follow(fan, own[e]);
        if (rng.next() < 0.3) reply(fan, own[e], rng.next() < 0.6 ? topic : null);
      }
    }
    const mixed = Math.round((spec.mixing * own.length * 0.45) / Math.max(1e-9, 1 - spec.mixing));
    for (let m = 0; m < mixed && others.length > 0; m++) {
      const group = others[pick(rng, others.length)];
      follow(fan, group[pick(rng, group.length)]);
    }
    for (const c of celebrities) if (rng.next() < 0.5) follow(fan, c);
    // Sparse activity: most fans write nothing; some write a little, on the topic or not.
    const written = rng.next() < 0.3 ? 1 + pick(rng, 3) : 0;
    write(fan, written, () => (rng.next() < 0.5 ? topic : OTHER_TOPICS[pick(rng, OTHER_TOPICS.length)]));
  };

  for (const f of fans) fanBehaviour(f, experts, 'ai', otherExperts);
  otherFans.forEach((group, t) => {
    for (const f of group) fanBehaviour(f, otherExperts[t], OTHER_TOPICS[t], [experts, ...otherExperts.filter((_, u) => u !== t)]);
  });
  // Fans follow a few fans of their own community, as communities do.
  const peers = (group: number[]): void => {
    for (const f of group) for (let k = 0; k < 2; k++) follow(f, group[pick(rng, group.length)]);
  };
  peers(fans);
  otherFans.forEach(peers);
  // The rest: background accounts following celebrities and a few random accounts.
  for (const r of rest) {
    for (const c of celebrities) if (rng.next() < 0.3) follow(r, c);
    for (let k = 0; k < 3; k++) follow(r, rest.length > 0 ? rest[pick(rng, rest.length)] : r);
    write(r, rng.next() < 0.2 ? 1 + pick(rng, 2) : 0, () => OTHER_TOPICS[pick(rng, OTHER_TOPICS.length)]);
    if (rng.next() < 0.2) reply(r, celebrities.length > 0 ? celebrities[pick(rng, celebrities.length)] : r, null);
  }
  // Experts write on their topic (and a little else) and follow each other sometimes.
  for (const e of experts) {
    write(e, spec.expertPosts, () => 'ai');
    write(e, pick(rng, 4), () => OTHER_TOPICS[pick(rng, OTHER_TOPICS.length)]);
    for (const o of experts) if (rng.next() < 0.2) follow(e, o);
  }
  otherExperts.forEach((group, t) => {
    for (const e of group) write(e, spec.expertPosts, () => OTHER_TOPICS[t]);
  });
  // Celebrities: prolific, mostly off-topic, sometimes on the target topic; they follow each other.
  for (const c of celebrities) {
    write(c, 60, () => (rng.next() < 0.05 ? 'ai' : OTHER_TOPICS[pick(rng, OTHER_TOPICS.length)]));
    for (const d of celebrities) follow(c, d);
  }
  // Enthusiasts: volume on the topic, no audience; they may read the experts.
  for (const v of enthusiasts) {
    write(v, spec.enthusiastPosts, () => 'ai');
    if (spec.enthusiastsFollow) for (const e of experts) follow(v, e);
    if (spec.ring) for (const w of enthusiasts) follow(v, w);
  }
  const key = (list: number[]): string[] => list.map((i) => ids[i]);
  return { records: { accounts, follows, posts, interactions }, experts: key(experts), enthusiasts: key(enthusiasts), celebrities: key(celebrities), spec };
}

/** The family: sizes 1k–20k, mixing 0.1–0.5, topic shares 2–20%, 5–50 enthusiasts, sparse experts. */
export function topicalFamily(seeds: number, sizes: readonly number[] = [1000, 20000]): TopicalCase[] {
  const cases: TopicalCase[] = [];
  for (const accounts of sizes) {
    for (let s = 0; s < seeds; s++) {
      const seed = accounts * 1000 + s;
      const rng = createRng(seed + 17);
      cases.push({
        seed,
        accounts,
        topicShare: [0.02, 0.05, 0.1, 0.2][s % 4],
        mixing: [0.1, 0.3, 0.5][s % 3],
        enthusiasts: [5, 20, 50][pick(rng, 3)],
        enthusiastPosts: 40 + pick(rng, 61),
        celebrities: [5, 10, 20][pick(rng, 3)],
        expertPosts: rng.next() < 0.25 ? 3 : 8 + pick(rng, 12),
        enthusiastsFollow: rng.next() < 0.5,
      });
    }
  }
  return cases;
}

/** The issue's case: 200 fans follow 10 experts (15 on-topic posts each) and 5 celebrities; 5 follower-less accounts post 40 on-topic posts each. */
export function issueCase(): { records: SocialRecordsInput; experts: string[]; enthusiasts: string[]; celebrities: string[] } {
  const experts = Array.from({ length: 10 }, (_, i) => `expert${i}`);
  const celebrities = Array.from({ length: 5 }, (_, i) => `celeb${i}`);
  const enthusiasts = Array.from({ length: 5 }, (_, i) => `poster${i}`);
  const fans = Array.from({ length: 200 }, (_, i) => `fan${i}`);
  const follows = fans.flatMap((f) => [...experts, ...celebrities].map((x) => ({ follower: f, followee: x })));
  let id = 0;
  const posts = [
    ...experts.flatMap((e) => Array.from({ length: 15 }, () => ({ id: `p${id++}`, author: e, time: 0, topics: ['ai'] }))),
    ...celebrities.flatMap((c) => Array.from({ length: 30 }, () => ({ id: `p${id++}`, author: c, time: 0, topics: ['music'] }))),
    ...enthusiasts.flatMap((v) => Array.from({ length: 40 }, () => ({ id: `p${id++}`, author: v, time: 0, topics: ['ai'] }))),
  ];
  return { records: { accounts: [...fans, ...experts, ...celebrities, ...enthusiasts].map((a) => ({ id: a })), follows, posts }, experts, enthusiasts, celebrities };
}
