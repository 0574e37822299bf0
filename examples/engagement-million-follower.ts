/**
 * The million-follower fallacy (Cha, Haddadi, Benevenuto & Gummadi 2010), in numbers. A labelled
 * SYNTHETIC population whose true engagement rate is independent of follower count is scored three
 * ways; Kendall's tau compares the rankings with each other and with the truth.
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/engagement-million-follower.ts
 */
import { buildSocialGraph, engagementRate, kendallTau, syntheticPopulation } from 'influence-score';

export interface FallacyFigures {
  accounts: number;
  posts: number;
  /** τ(followers, smoothed engagement rate): near 0. */
  followersVsSmoothed: number;
  /** τ(followers, total engagements): high: follower count predicts volume, not response. */
  followersVsVolume: number;
  /** τ(raw rate, true rate) and τ(smoothed rate, true rate): smoothing ranks closer to the truth. */
  rawVsTruth: number;
  smoothedVsTruth: number;
  /** The top account by followers and by smoothed rate, with their rates. */
  topByFollowers: { key: string; followers: number; smoothed: number };
  topBySmoothed: { key: string; followers: number; smoothed: number };
}

/** Scores a seeded synthetic population through a social graph and returns the figures. */
export function run(accounts = 5000, seed = 2010): FallacyFigures {
  const population = syntheticPopulation({ accounts, seed });
  const graph = buildSocialGraph(population.records());
  const scored = engagementRate().score(graph);
  const { raw, engagements } = scored.meta.extra as { raw: Float64Array; engagements: Float64Array };
  // The graph keeps the accounts in record order, so index i is population account i.
  const followers = population.followers;
  let topFollowed = 0;
  for (let i = 1; i < accounts; i++) if (followers[i] > followers[topFollowed]) topFollowed = i;
  const best = scored.top(1)[0];
  const describe = (i: number) => ({ key: scored.keys[i], followers: followers[i], smoothed: scored.values[i] });
  return {
    accounts,
    posts: population.size.posts,
    followersVsSmoothed: kendallTau(followers, scored.values),
    followersVsVolume: kendallTau(followers, engagements),
    rawVsTruth: kendallTau(raw, population.trueRate),
    smoothedVsTruth: kendallTau(scored.values, population.trueRate),
    topByFollowers: describe(topFollowed),
    topBySmoothed: describe(scored.keys.indexOf(best.key)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = run();
  const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
  console.log(`SYNTHETIC population: ${f.accounts} accounts, ${f.posts} posts (true rate independent of followers)`);
  console.log(`Kendall τ(followers, smoothed rate)    = ${f.followersVsSmoothed.toFixed(3)}   ← near 0: followers say little about response`);
  console.log(`Kendall τ(followers, total engagement) = ${f.followersVsVolume.toFixed(3)}   ← followers predict volume`);
  console.log(`Kendall τ(raw rate, true rate)         = ${f.rawVsTruth.toFixed(3)}`);
  console.log(`Kendall τ(smoothed rate, true rate)    = ${f.smoothedVsTruth.toFixed(3)}   ← smoothing ranks closer to the truth`);
  console.log(`Most followed: ${f.topByFollowers.key} (${f.topByFollowers.followers} followers, rate ${pct(f.topByFollowers.smoothed)})`);
  console.log(`Best smoothed rate: ${f.topBySmoothed.key} (${f.topBySmoothed.followers} followers, rate ${pct(f.topBySmoothed.smoothed)})`);
}
