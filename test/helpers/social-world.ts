/**
 * SYNTHETIC DATA for the report tests: a seeded social world with everything a report can show.
 * Two communities that mostly follow inside themselves (a few bridge accounts follow both), follower
 * counts drawn log-normal and independent of the engagement rate (plus three planted celebrities
 * with huge audiences and weak response: the million-follower fallacy), posts with impressions and
 * engagement counts, and mentions/replies/shares with times over 120 days (two planted accounts rise,
 * two fade). Nothing here is real data.
 */
import { createRng, type Rng } from '../../src/core/rng.js';
import type { SocialRecordsInput } from '../../src/index.js';

/** Options of {@link socialWorld}. */
export interface SocialWorldOptions {
  /** Accounts. @defaultValue 300 */
  accounts?: number;
  /** Seed. @defaultValue 1 */
  seed?: number;
  /** Follows per account. @defaultValue 6 */
  follows?: number;
  /** Interactions per account. @defaultValue 4 */
  interactions?: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const SPAN = 120 * DAY;
const NAMES = ['ada', 'bo', 'cy', 'di', 'eli', 'fay', 'gus', 'hal', 'ivy', 'jo', 'kai', 'lu', 'mo', 'nia', 'ola', 'pia', 'quin', 'rex', 'sam', 'tao'];

function normal(rng: Rng): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** Picks an index with probability proportional to `weights` (cumulative sums, binary search). */
function sampler(weights: readonly number[], rng: Rng): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cumulative[i] = total += w));
  return () => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Account `i`'s id: readable handles (`@ada_0`) so screenshots read like a real report. */
export const worldId = (i: number): string => `${NAMES[i % NAMES.length]}_${i}`;

/**
 * Generates the records of a synthetic world (see the file header). Accounts 0–2 are the celebrities,
 * 3–4 rise (their mentions come late), 5–6 fade (early), and every 25th account is a bridge.
 */
export function socialWorld(options: SocialWorldOptions = {}): SocialRecordsInput {
  const n = options.accounts ?? 300;
  const rng = createRng(options.seed ?? 1);
  const community = (i: number): number => (i < 7 ? i % 2 : rng.int(2));
  const groups = Array.from({ length: n }, (_, i) => community(i));
  const bridge = (i: number): boolean => i % 25 === 12;
  const followers = groups.map((_, i) => (i < 3 ? 1_000_000 * (1 + i) : Math.max(1, Math.round(Math.exp(Math.log(800) + 1.8 * normal(rng))))));
  const rate = groups.map((_, i) => (i < 3 ? 0.001 : 0.005 + 0.08 * rng.next()));
  const accounts = groups.map((_, i) => ({ id: worldId(i), followers: followers[i], createdAt: START - (30 + rng.int(2000)) * DAY }));

  // Followees are drawn by √followers within a community, so audience and in-degree agree roughly.
  const members = [0, 1].map((g) => groups.flatMap((c, i) => (c === g ? [i] : [])));
  const pick = members.map((m) => sampler(m.map((i) => Math.sqrt(followers[i])), rng));
  const follows: SocialRecordsInput['follows'] & object = [];
  const seen = new Set<string>();
  const addFollow = (a: number, b: number): void => {
    const key = `${a}>${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    follows.push({ follower: worldId(a), followee: worldId(b), since: START - rng.int(400) * DAY });
  };
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < (options.follows ?? 6); k++) {
      const g = bridge(a) || rng.next() < 0.03 ? rng.int(2) : groups[a];
      addFollow(a, members[g][pick[g]()]);
    }
    if (bridge(a)) for (let k = 0; k < 6; k++) addFollow(members[k % 2][rng.int(members[k % 2].length)], a);
  }

  const posts: SocialRecordsInput['posts'] & object = [];
  for (let a = 0; a < n; a++) {
    const count = 1 + rng.int(5);
    for (let p = 0; p < count; p++) {
      const impressions = Math.round(followers[a] * (0.2 + 0.4 * rng.next()));
      const engaged = Math.min(impressions, Math.round(impressions * rate[a] * (0.6 + 0.8 * rng.next())));
      posts.push({
        id: `${worldId(a)}/p${p}`,
        author: worldId(a),
        time: START + rng.int(SPAN),
        impressions,
        likes: Math.round(engaged * 0.8),
        comments: Math.round(engaged * 0.12),
        shares: Math.round(engaged * 0.08),
      });
    }
  }

  // Mentions, replies and shares follow follows; rising accounts get theirs late, fading ones early.
  const interactions: SocialRecordsInput['interactions'] & object = [];
  const types = ['mention', 'reply', 'share'];
  const when = (target: number): number => {
    if (target === 3 || target === 4) return START + SPAN * Math.sqrt(rng.next());
    if (target === 5 || target === 6) return START + SPAN * (1 - Math.sqrt(rng.next()));
    return START + rng.int(SPAN);
  };
  for (let a = 0; a < n; a++) {
    for (let k = 0; k < (options.interactions ?? 4); k++) {
      const planted = rng.next() < 0.08 ? 3 + rng.int(4) : -1;
      const g = groups[a];
      const target = planted >= 0 ? planted : members[g][pick[g]()];
      if (target === a) continue;
      interactions.push({ from: worldId(a), to: worldId(target), type: types[rng.int(3)], time: when(target) });
    }
  }
  return { accounts, follows, posts, interactions };
}
