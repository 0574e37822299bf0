/**
 * Engagement aggregation: posts and interactions → per-account weighted engagements E, exposure X and
 * raw rate. For post p of account a with decay weight w_p = 0.5^((asOf − t_p)/halfLife) and exposure
 * x_p (followers of a, or p's reach or impressions):
 *   E_p = Σ_type weight(type) · max(count_p(type), Σ interactions of that type on p)
 *   pooled:   rate_a = (Σ_p w_p E_p + w̄_a A_a) / Σ_p w_p x_p
 *   per-post: rate_a = Σ_p w_p (E_p / x_p) / Σ_p w_p + w̄_a A_a / Σ_p w_p x_p
 * where A_a is the engagement of interactions aimed at a without a post and w̄_a = Σ_p w_p x_p / Σ_p x_p
 * the account's exposure-weighted post decay: a post-less interaction answers one of a's posts, which
 * one is unknown, so it is decayed as a's exposure is. Numerator and denominator then decay alike (with
 * each interaction's own decay instead, recent interactions over old posts' decayed exposure made
 * rates of 1e46). Counts and interaction edges describe the same engagements (a platform total and the
 * events seen), hence the max, not the sum. Input without any post record (interactions only) is rated
 * per period: rate_a = Σ_i w_i e_i / followers_a, each interaction decayed by its own time (the
 * follower count is a snapshot, not an exposure that decays).
 */
import { InfluenceScoreError } from '../../core/errors.js';
import type { RunControl } from '../../core/run.js';
import type { CheckedColumns } from './columns.js';
import type { ResolvedEngagementOptions } from './options.js';
import { timeWeights, type TimeWeights } from './time-weights.js';
import { resolveTypeWeights, type TypeWeights } from './type-weights.js';
import { warning, type Warning } from '../../core/warnings.js';

/** @internal Per-account totals, index-aligned with the accounts. */
export interface EngagementTotals {
  /** Posts counted (in the window, not in the future, with exposure > 0). */
  readonly posts: Float64Array;
  /** Weighted, decayed engagements: the "successes" k of the beta-binomial (raw × exposure). */
  readonly engagements: Float64Array;
  /** Decayed exposure Σ w_p x_p: the "trials" n. Zero means the account cannot be rated. */
  readonly exposure: Float64Array;
  /** Raw rate (0 where exposure is 0). */
  readonly raw: Float64Array;
  readonly asOf: number | null;
  readonly warnings: Warning[];
}

const TICK = 1 << 16;

/** Progress over the three passes (posts, interactions, posts again) plus the accounts. */
function progressOf(data: CheckedColumns, control: RunControl): { step(): void; finish(): void } {
  const total = data.postCount * 2 + data.interactionCount * 2 + data.n;
  let done = 0;
  return {
    step: () => {
      if (++done % TICK === 0) control.tick(done, total);
    },
    finish: () => control.tick(total, total),
  };
}

type Progress = ReturnType<typeof progressOf>;

/** Step 1. Each post's decay weight and exposure; 0 weight marks a post left out. */
interface WeighedPosts {
  readonly weight: Float64Array;
  readonly exposure: Float64Array;
  readonly missingExposure: number;
  readonly zeroExposure: number;
}

function weighPosts(data: CheckedColumns, options: ResolvedEngagementOptions, time: TimeWeights, progress: Progress): WeighedPosts {
  const { postCount: P, posts, followers } = data;
  const author = posts?.author ?? new Int32Array(0);
  const postTime = posts?.time;
  const weight = new Float64Array(P);
  const exposure = new Float64Array(P);
  const denominatorColumn = options.denominator === 'reach' ? posts?.reach : options.denominator === 'impressions' ? posts?.impressions : undefined;
  if (P > 0 && options.denominator === 'followers' && !followers) {
    throw new InfluenceScoreError('MISSING_DATA', 'The followers denominator needs follower counts', [{ path: ['followers'], field: 'followers', message: 'no follower counts given' }]);
  }
  const byFollowers = followers !== null && options.denominator === 'followers';
  let missingExposure = 0;
  let zeroExposure = 0;
  for (let p = 0; p < P; p++) {
    progress.step();
    const w = time.weigh(postTime ? postTime[p] : NaN, 'posts', p);
    if (w === 0) continue;
    const x = byFollowers ? followers![author[p]] : denominatorColumn ? denominatorColumn[p] : NaN;
    if (Number.isNaN(x)) missingExposure++;
    else if (x === 0) zeroExposure++;
    else {
      weight[p] = w;
      exposure[p] = x;
    }
  }
  time.throwIfUndated();
  return { weight, exposure, missingExposure, zeroExposure };
}

/** Step 2. Each post's type-weighted engagements E_p, and the engagement of post-less interactions per account. */
interface PostEngagements {
  /** E_p. */
  readonly engagement: Float64Array;
  /** Engagements with a positive weight, unweighted (to compare with impressions and reach). */
  readonly unweighted: Float64Array;
  /** Post-less interactions per target account, each decayed by its own time (for the per-period rate). */
  readonly postlessDecayed: Float64Array;
  /** The same, undecayed (to be decayed as the account's exposure is). */
  readonly postless: Float64Array;
  readonly mismatched: number;
  readonly targetless: number;
}

function postEngagements(data: CheckedColumns, weights: TypeWeights, posts: WeighedPosts, time: TimeWeights, progress: Progress): PostEngagements {
  const { n, postCount: P, interactionCount: I, interactions } = data;
  // Hot loops read these locals: property loads through optional objects do not get hoisted.
  const postAuthor = data.posts?.author ?? new Int32Array(0);
  const postWeight = posts.weight;
  const iType = interactions?.type ?? new Int32Array(0);
  const iPost = interactions?.post;
  const iTarget = interactions?.target;
  const iTime = interactions?.time;
  const iWeight = interactions?.weight;
  const countNames = data.counts.map(([type]) => type);

  // Interactions of a type that also has a count column are summed per post, to combine by max below.
  const engagement = new Float64Array(P);
  const unweighted = new Float64Array(P);
  const countSlot = new Int32Array(interactions?.typeNames.length ?? 0).fill(-1);
  interactions?.typeNames.forEach((name, code) => {
    countSlot[code] = countNames.indexOf(name);
  });
  const edgeSums = countNames.map(() => new Float64Array(0));
  for (let code = 0; code < countSlot.length; code++) if (countSlot[code] >= 0 && weights.usedCodes[code]) edgeSums[countSlot[code]] = new Float64Array(P);

  const postlessDecayed = new Float64Array(n);
  const postless = new Float64Array(n);
  let mismatched = 0;
  let targetless = 0;
  for (let i = 0; i < I; i++) {
    progress.step();
    const code = iType[i];
    const tw = weights.interaction[code];
    if (tw < 0) continue;
    const rawWeight = iWeight ? iWeight[i] : 1;
    const ew = Number.isNaN(rawWeight) ? 1 : rawWeight;
    const p = iPost ? iPost[i] : -1;
    const t = iTime ? iTime[i] : NaN;
    const target = iTarget ? iTarget[i] : -1;
    if (p >= 0) {
      if (postWeight[p] === 0) continue;
      if (t > time.latestAllowed) continue;
      if (target >= 0 && target !== postAuthor[p]) mismatched++;
      const slot = countSlot[code];
      if (slot >= 0) edgeSums[slot][p] += ew;
      else {
        engagement[p] += tw * ew;
        if (tw > 0) unweighted[p] += ew;
      }
    } else {
      if (target < 0) {
        targetless++;
        continue;
      }
      const w = time.weigh(t, 'interactions', i);
      postlessDecayed[target] += w * tw * ew;
      if (w > 0) postless[target] += tw * ew;
    }
  }
  time.throwIfUndated();

  // A post's count and the interactions of that type on it describe the same engagements: take the max.
  for (let s = 0; s < countNames.length; s++) {
    const counts = data.counts[s][1];
    const sums = edgeSums[s];
    const tw = weights.count[s];
    if (tw < 0) continue;
    for (let p = 0; p < P; p++) {
      if (postWeight[p] === 0) continue;
      const c = counts[p];
      let v = Number.isNaN(c) ? 0 : c;
      if (sums.length > 0 && sums[p] > v) v = sums[p];
      engagement[p] += tw * v;
      if (tw > 0) unweighted[p] += v;
    }
  }
  return { engagement, unweighted, postlessDecayed, postless, mismatched, targetless };
}

/** Step 3. Per-account sums over the counted posts. */
interface AccountSums {
  readonly posts: Float64Array;
  readonly weightSum: Float64Array;
  readonly exposure: Float64Array;
  readonly undecayedExposure: Float64Array;
  readonly engagements: Float64Array;
  /** Σ w_p E_p / x_p, for the per-post average. */
  readonly perPostSum: Float64Array;
  readonly overImpressions: number;
  readonly overReach: number;
}

function sumByAccount(data: CheckedColumns, posts: WeighedPosts, perPost: PostEngagements, progress: Progress): AccountSums {
  const { n, postCount: P } = data;
  const postAuthor = data.posts?.author ?? new Int32Array(0);
  const impressions = data.posts?.impressions;
  const reach = data.posts?.reach;
  const sums = {
    posts: new Float64Array(n),
    weightSum: new Float64Array(n),
    exposure: new Float64Array(n),
    undecayedExposure: new Float64Array(n),
    engagements: new Float64Array(n),
    perPostSum: new Float64Array(n),
    overImpressions: 0,
    overReach: 0,
  };
  for (let p = 0; p < P; p++) {
    progress.step();
    const w = posts.weight[p];
    if (w === 0) continue;
    const a = postAuthor[p];
    const e = perPost.engagement[p];
    if (impressions && perPost.unweighted[p] > impressions[p]) sums.overImpressions++;
    if (reach && perPost.unweighted[p] > reach[p]) sums.overReach++;
    sums.posts[a]++;
    sums.weightSum[a] += w;
    sums.exposure[a] += w * posts.exposure[p];
    sums.undecayedExposure[a] += posts.exposure[p];
    sums.engagements[a] += w * e;
    sums.perPostSum[a] += (w * e) / posts.exposure[p];
  }
  return sums;
}

/**
 * Step 4. Raw rates, in place on the sums' engagements and exposure. Without any post record each
 * account's followers are its exposure over the observed period.
 */
function rates(data: CheckedColumns, options: ResolvedEngagementOptions, sums: AccountSums, perPost: PostEngagements): { raw: Float64Array; periodMode: boolean; unratable: number } {
  const { n, followers } = data;
  const { exposure, engagements } = sums;
  const raw = new Float64Array(n);
  const periodMode = data.postCount === 0 && options.denominator === 'followers' && followers !== null;
  let unratable = 0;
  for (let a = 0; a < n; a++) {
    if (periodMode) {
      exposure[a] = followers![a];
      engagements[a] = perPost.postlessDecayed[a];
      raw[a] = exposure[a] > 0 ? engagements[a] / exposure[a] : 0;
      continue;
    }
    const extra = sums.posts[a] > 0 ? perPost.postless[a] * (exposure[a] / sums.undecayedExposure[a]) : perPost.postlessDecayed[a];
    if (sums.posts[a] === 0) {
      if (extra > 0) unratable++;
    } else if (options.averaging === 'per-post') {
      engagements[a] = (sums.perPostSum[a] / sums.weightSum[a]) * exposure[a] + extra;
    } else engagements[a] += extra;
    raw[a] = exposure[a] > 0 ? engagements[a] / exposure[a] : 0;
  }
  return { raw, periodMode, unratable };
}

/** @internal Aggregates validated columns into per-account totals: type weights, time weights, then steps 1–4. */
export function aggregateEngagement(data: CheckedColumns, options: ResolvedEngagementOptions, control: RunControl): EngagementTotals {
  const weights = resolveTypeWeights(data, options);
  const time = timeWeights(data, options);
  const progress = progressOf(data, control);
  const posts = weighPosts(data, options, time, progress);
  const perPost = postEngagements(data, weights, posts, time, progress);
  const sums = sumByAccount(data, posts, perPost, progress);
  const { raw, periodMode, unratable } = rates(data, options, sums, perPost);
  progress.finish();

  const warnings: Warning[] = [];
  const { future, undatedDropped, undatedKept } = time.counts;
  if (future > 0) warnings.push(warning('AFTER_AS_OF', `${future} post(s) or interaction(s) dated after asOf were left out`));
  if (undatedDropped > 0) warnings.push(warning('UNDATED_DROPPED', `${undatedDropped} undated record(s) dropped (undated: 'drop')`));
  if (undatedKept > 0) warnings.push(warning('UNDATED', `${undatedKept} undated record(s) counted without decay (undated: 'keep')`));
  if (posts.missingExposure > 0) warnings.push(warning('MISSING_DATA', `${posts.missingExposure} post(s) have no ${options.denominator} and were skipped`));
  if (posts.zeroExposure > 0) warnings.push(warning('MISSING_DATA', `${posts.zeroExposure} post(s) have zero ${options.denominator} (an account with 0 followers has no audience): skipped, the account is unrated unless it has other posts`));
  if (sums.overImpressions > 0) warnings.push(warning('INCONSISTENT_DATA', `${sums.overImpressions} post(s) have more engagements than impressions (counted as given; check the data)`));
  if (sums.overReach > 0) warnings.push(warning('INCONSISTENT_DATA', `${sums.overReach} post(s) have more engagements than reach (counted as given; check the data)`));
  if (perPost.mismatched > 0) warnings.push(warning('REASSIGNED', `${perPost.mismatched} interaction(s) name a target other than their post's author; the post's author was credited`));
  if (perPost.targetless > 0) warnings.push(warning('MISSING_DATA', `${perPost.targetless} interaction(s) have neither a post nor a target and were skipped`));
  if (periodMode && data.interactionCount > 0) warnings.push(warning('FALLBACK', 'no post records: each account is rated as engagements received / followers over the whole period'));
  if (unratable > 0) warnings.push(warning('UNRATED', `${unratable} account(s) have engagement but no rated post to divide it by (unrated)`));
  return { posts: sums.posts, engagements: sums.engagements, exposure: sums.exposure, raw, asOf: time.asOf, warnings };
}
