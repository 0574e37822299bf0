/**
 * Peer tiers by follower count, and the within-tier percentile rank (mid-rank, scaled to [0, 1]):
 * pct_i = (#{j in tier: s_j < s_i} + (#{j in tier: s_j = s_i} − 1) / 2) / (N_tier − 1), 0.5 for a tier of one.
 */
import type { EngagementTier } from './options.js';

/** @internal Tier index of every account: the last tier whose `minFollowers` ≤ followers. */
export function assignTiers(followers: ArrayLike<number>, tiers: readonly EngagementTier[]): Uint8Array {
  const out = new Uint8Array(followers.length);
  for (let i = 0; i < followers.length; i++) {
    let t = 0;
    while (t + 1 < tiers.length && followers[i] >= tiers[t + 1].minFollowers) t++;
    out[i] = t;
  }
  return out;
}

/** @internal Mid-rank percentile of `values` within each group of `tier`. */
export function withinTierPercentile(values: Float64Array, tier: Uint8Array, tierCount: number): Float64Array {
  const out = new Float64Array(values.length);
  const members: number[][] = Array.from({ length: tierCount }, () => []);
  for (let i = 0; i < values.length; i++) members[tier[i]].push(i);
  for (const group of members) {
    if (group.length === 1) out[group[0]] = 0.5;
    if (group.length < 2) continue;
    group.sort((a, b) => values[a] - values[b]);
    const scale = 1 / (group.length - 1);
    for (let start = 0; start < group.length; ) {
      let end = start + 1;
      while (end < group.length && values[group[end]] === values[group[start]]) end++;
      const midRank = (start + end - 1) / 2;
      for (let j = start; j < end; j++) out[group[j]] = midRank * scale;
      start = end;
    }
  }
  return out;
}
