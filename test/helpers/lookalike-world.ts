/**
 * Worlds of planted lookalike clusters: `clusters` groups of `size` creators. Creators of a group share
 * topics (their posts draw 70% from the group's three topics, the rest from 40 general ones), an
 * audience (60% of their followers come from the group's pool of fans, the rest from everyone), or
 * both, as `shares` says; what a group does not share is drawn from the whole population.
 */
import { createRng } from '../../src/core/rng.js';
import type { SocialRecordsInput } from '../../src/index.js';

export interface LookalikeWorldSpec {
  clusters: number;
  size: number;
  fans: number;
  seed: number;
  shares: 'topics' | 'audience' | 'both';
}

export function lookalikeWorld(spec: LookalikeWorldSpec): { records: SocialRecordsInput; cluster: Map<string, number> } {
  const rng = createRng(spec.seed);
  const follows: NonNullable<SocialRecordsInput['follows']> = [];
  const posts: NonNullable<SocialRecordsInput['posts']> = [];
  const cluster = new Map<string, number>();
  const pool = spec.fans;
  const poolPerCluster = Math.floor(pool / spec.clusters);
  const general = Array.from({ length: 40 }, (_, i) => `general-${i}`);
  for (let c = 0; c < spec.clusters; c++) {
    const own = [0, 1, 2].map((t) => `topic-${c}-${t}`);
    for (let s = 0; s < spec.size; s++) {
      const id = `c${c}-${s}`;
      cluster.set(id, c);
      for (let p = 0; p < 4 + rng.int(12); p++) {
        const shared = spec.shares !== 'audience' && rng.next() < 0.7;
        const topic = shared ? own[rng.int(3)] : rng.next() < 0.5 ? general[rng.int(40)] : `topic-${rng.int(spec.clusters)}-${rng.int(3)}`;
        posts.push({ id: `${id}-p${p}`, author: id, time: p, topics: [topic] });
      }
      const followers = new Set<number>();
      for (let f = 0; f < 20 + rng.int(60); f++) {
        const fromPool = spec.shares !== 'topics' && rng.next() < 0.6;
        followers.add(fromPool ? c * poolPerCluster + rng.int(poolPerCluster) : rng.int(pool));
      }
      for (const f of followers) follows.push({ follower: `fan${f}`, followee: id });
    }
  }
  return { records: { follows, posts }, cluster };
}
