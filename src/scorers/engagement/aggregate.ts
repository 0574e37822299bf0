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
import { type ErrorIssue, InfluenceScoreError } from '../../core/errors.js';
import type { RunControl } from '../../core/run.js';
import type { CheckedColumns } from './columns.js';
import type { ResolvedEngagementOptions } from './options.js';

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
  readonly warnings: string[];
}

const TICK = 1 << 16;

function typeWeights(names: readonly string[], options: ResolvedEngagementOptions, used: (code: number) => boolean, source: string, issues: ErrorIssue[]): Float64Array {
  const ignored = new Set(options.ignore);
  const weights = new Float64Array(names.length);
  for (let code = 0; code < names.length; code++) {
    const w = options.weights.get(names[code]);
    if (w !== undefined) weights[code] = w;
    else if (ignored.has(names[code])) weights[code] = -1;
    else if (used(code)) {
      const shown = names[code] === '' ? 'without a type' : `of type ${JSON.stringify(names[code])}`;
      issues.push({ path: [source, names[code]], field: 'type', message: `${source} ${shown} have no engagement weight; pass weights: { ${JSON.stringify(names[code] || 'type')}: w } or list the type in ignore` });
    }
  }
  return weights;
}

/** @internal The latest finite time in the data, or null. */
function latestTime(data: CheckedColumns): number | null {
  let latest = -Infinity;
  const scan = (column: ArrayLike<number> | undefined): void => {
    if (!column) return;
    for (let i = 0; i < column.length; i++) if (column[i] > latest) latest = column[i];
  };
  scan(data.posts?.time);
  scan(data.interactions?.time);
  return latest > -Infinity ? latest : null;
}

/** @internal Aggregates validated columns into per-account totals. */
export function aggregateEngagement(data: CheckedColumns, options: ResolvedEngagementOptions, control: RunControl): EngagementTotals {
  const { n, postCount: P, interactionCount: I, posts, interactions } = data;
  const warnings: string[] = [];
  const issues: ErrorIssue[] = [];
  const total = P * 2 + I * 2 + n;
  let done = 0;

  // Hot loops read these locals: property loads through optional objects do not get hoisted.
  const postAuthor = posts?.author ?? new Int32Array(0);
  const postTime = posts?.time;
  const postIds = posts?.ids;
  const iType = interactions?.type ?? new Int32Array(0);
  const iPost = interactions?.post;
  const iTarget = interactions?.target;
  const iTime = interactions?.time;
  const iWeight = interactions?.weight;
  const usedCodes = new Uint8Array(interactions?.typeNames.length ?? 0);
  for (let i = 0; i < I; i++) usedCodes[iType[i]] = 1;
  const interactionWeight = interactions ? typeWeights(interactions.typeNames, options, (c) => usedCodes[c] === 1, 'interactions', issues) : new Float64Array(0);
  const countNames = data.counts.map(([type]) => type);
  const countWeight = typeWeights(countNames, options, () => true, 'post counts', issues);
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'Engagement input has types with no weight', issues);

  const asOf = options.asOf ?? latestTime(data);
  const latestAllowed = asOf ?? Infinity;
  const decayRate = options.halfLife !== undefined && asOf !== null ? Math.LN2 / options.halfLife : 0;
  const needsTime = options.halfLife !== undefined || options.window !== undefined;
  const from = options.window?.from ?? -Infinity;
  const to = options.window?.to ?? Infinity;
  let undatedDropped = 0;
  let undatedKept = 0;
  let future = 0;
  // Weight of an event at time t: 0 when excluded, else its decay factor; NaN-time handled by `undated`.
  const timeWeight = (t: number, collection: 'posts' | 'interactions', record: number): number => {
    if (Number.isNaN(t)) {
      if (!needsTime) return 1;
      if (options.undated === 'error') {
        if (issues.length < 50) {
          const what = collection === 'interactions' ? `interaction #${record}` : postIds ? `post ${JSON.stringify(postIds[record])}` : `post #${record}`;
          const needs = options.halfLife !== undefined ? 'halfLife' : 'window';
          issues.push({ path: [collection, 'time', record], record, field: 'time', message: `${what} has no time, which ${needs} needs (or set undated: 'drop' | 'keep')` });
        }
        return 0;
      }
      if (options.undated === 'drop') {
        undatedDropped++;
        return 0;
      }
      undatedKept++;
      return 1;
    }
    if (t > latestAllowed) {
      future++;
      return 0;
    }
    if (t < from || t > to) return 0;
    return decayRate > 0 ? Math.exp(-decayRate * (asOf! - t)) : 1;
  };

  // Post weights and exposures.
  const postWeight = new Float64Array(P);
  const postExposure = new Float64Array(P);
  const followers = data.followers;
  const denominatorColumn = options.denominator === 'reach' ? posts?.reach : options.denominator === 'impressions' ? posts?.impressions : undefined;
  if (P > 0 && options.denominator === 'followers' && !followers) {
    throw new InfluenceScoreError('MISSING_DATA', 'The followers denominator needs follower counts', [{ path: ['followers'], field: 'followers', message: 'no follower counts given' }]);
  }
  const byFollowers = followers !== null && options.denominator === 'followers';
  let missingExposure = 0;
  let zeroExposure = 0;
  for (let p = 0; p < P; p++) {
    if (++done % TICK === 0) control.tick(done, total);
    const w = timeWeight(postTime ? postTime[p] : NaN, 'posts', p);
    if (w === 0) continue;
    const x = byFollowers ? followers![postAuthor[p]] : denominatorColumn ? denominatorColumn[p] : NaN;
    if (Number.isNaN(x)) missingExposure++;
    else if (x === 0) zeroExposure++;
    else {
      postWeight[p] = w;
      postExposure[p] = x;
    }
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'Undated engagement records under decay or window', issues);

  // E_p: counts and same-type interactions combine by max, so a platform total and the events seen are not double-counted.
  const postEngagement = new Float64Array(P);
  const postUnweighted = new Float64Array(P);
  const countSlot = new Int32Array(interactions?.typeNames.length ?? 0).fill(-1);
  interactions?.typeNames.forEach((name, code) => {
    countSlot[code] = countNames.indexOf(name);
  });
  const edgeSums = countNames.map(() => new Float64Array(0));
  const slotUsed = new Uint8Array(countNames.length);
  for (let code = 0; code < countSlot.length; code++) if (countSlot[code] >= 0 && usedCodes[code]) slotUsed[countSlot[code]] = 1;
  for (let s = 0; s < countNames.length; s++) if (slotUsed[s]) edgeSums[s] = new Float64Array(P);

  // Post-less interactions: decayed by their own time (for the per-period rate) and undecayed (to be
  // decayed as the account's exposure is).
  const authorDirected = new Float64Array(n);
  const authorDirectedUndecayed = new Float64Array(n);
  let mismatched = 0;
  let targetless = 0;
  for (let i = 0; i < I; i++) {
    if (++done % TICK === 0) control.tick(done, total);
    const code = iType[i];
    const tw = interactionWeight[code];
    if (tw < 0) continue;
    const rawWeight = iWeight ? iWeight[i] : 1;
    const ew = Number.isNaN(rawWeight) ? 1 : rawWeight;
    const p = iPost ? iPost[i] : -1;
    const t = iTime ? iTime[i] : NaN;
    const target = iTarget ? iTarget[i] : -1;
    if (p >= 0) {
      if (postWeight[p] === 0) continue;
      if (t > latestAllowed) continue;
      if (target >= 0 && target !== postAuthor[p]) mismatched++;
      const slot = countSlot[code];
      if (slot >= 0) edgeSums[slot][p] += ew;
      else {
        postEngagement[p] += tw * ew;
        if (tw > 0) postUnweighted[p] += ew;
      }
    } else {
      if (target < 0) {
        targetless++;
        continue;
      }
      const w = timeWeight(t, 'interactions', i);
      authorDirected[target] += w * tw * ew;
      if (w > 0) authorDirectedUndecayed[target] += tw * ew;
    }
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'Undated engagement records under decay or window', issues);

  for (let s = 0; s < countNames.length; s++) {
    const counts = data.counts[s][1];
    const sums = edgeSums[s];
    const tw = countWeight[s];
    if (tw < 0) continue;
    for (let p = 0; p < P; p++) {
      if (postWeight[p] === 0) continue;
      const c = counts[p];
      let v = Number.isNaN(c) ? 0 : c;
      if (sums.length > 0 && sums[p] > v) v = sums[p];
      postEngagement[p] += tw * v;
      if (tw > 0) postUnweighted[p] += v;
    }
  }

  // Per-account sums.
  const postsCounted = new Float64Array(n);
  const weightSum = new Float64Array(n);
  const exposure = new Float64Array(n);
  const undecayedExposure = new Float64Array(n);
  const engagements = new Float64Array(n);
  const perPostSum = new Float64Array(n);
  const impressions = posts?.impressions;
  const reach = posts?.reach;
  let overImpressions = 0;
  let overReach = 0;
  for (let p = 0; p < P; p++) {
    if (++done % TICK === 0) control.tick(done, total);
    const w = postWeight[p];
    if (w === 0) continue;
    const a = postAuthor[p];
    const e = postEngagement[p];
    if (impressions && postUnweighted[p] > impressions[p]) overImpressions++;
    if (reach && postUnweighted[p] > reach[p]) overReach++;
    postsCounted[a]++;
    weightSum[a] += w;
    exposure[a] += w * postExposure[p];
    undecayedExposure[a] += postExposure[p];
    engagements[a] += w * e;
    perPostSum[a] += (w * e) / postExposure[p];
  }

  const raw = new Float64Array(n);
  // Without any post record, each account's followers are its exposure over the observed period.
  const periodMode = P === 0 && options.denominator === 'followers' && followers !== null;
  let unratable = 0;
  for (let a = 0; a < n; a++) {
    if (periodMode) {
      exposure[a] = followers![a];
      engagements[a] = authorDirected[a];
      raw[a] = exposure[a] > 0 ? engagements[a] / exposure[a] : 0;
      continue;
    }
    const extra = postsCounted[a] > 0 ? authorDirectedUndecayed[a] * (exposure[a] / undecayedExposure[a]) : authorDirected[a];
    if (postsCounted[a] === 0) {
      if (extra > 0) unratable++;
    } else if (options.averaging === 'per-post') {
      engagements[a] = (perPostSum[a] / weightSum[a]) * exposure[a] + extra;
    } else engagements[a] += extra;
    raw[a] = exposure[a] > 0 ? engagements[a] / exposure[a] : 0;
  }
  control.tick(total, total);

  if (future > 0) warnings.push(`${future} post(s) or interaction(s) dated after asOf were left out`);
  if (undatedDropped > 0) warnings.push(`${undatedDropped} undated record(s) dropped (undated: 'drop')`);
  if (undatedKept > 0) warnings.push(`${undatedKept} undated record(s) counted without decay (undated: 'keep')`);
  if (missingExposure > 0) warnings.push(`${missingExposure} post(s) have no ${options.denominator} and were skipped`);
  if (zeroExposure > 0) warnings.push(`${zeroExposure} post(s) have zero ${options.denominator} (an account with 0 followers has no audience): skipped, the account is unrated unless it has other posts`);
  if (overImpressions > 0) warnings.push(`${overImpressions} post(s) have more engagements than impressions (counted as given; check the data)`);
  if (overReach > 0) warnings.push(`${overReach} post(s) have more engagements than reach (counted as given; check the data)`);
  if (mismatched > 0) warnings.push(`${mismatched} interaction(s) name a target other than their post's author; the post's author was credited`);
  if (targetless > 0) warnings.push(`${targetless} interaction(s) have neither a post nor a target and were skipped`);
  if (periodMode && I > 0) warnings.push('no post records: each account is rated as engagements received / followers over the whole period');
  if (unratable > 0) warnings.push(`${unratable} account(s) have engagement but no rated post to divide it by (unrated)`);
  return { posts: postsCounted, engagements, exposure, raw, asOf, warnings };
}
