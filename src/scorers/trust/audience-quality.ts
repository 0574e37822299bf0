/**
 * Audience quality: how much of an account's audience is real, in the manner of influencer audits
 * (HypeAuditor's audience types, Modash's follower credibility). Each member of the audience
 * (followers, or engagers) is typed, first match wins:
 *   suspicious     fails a fake-follower rule (no posts, created in a burst, flagged; Cresci et al.
 *                  2015, "Fame for sale")
 *   mass follower  follows more than `massFollowing` accounts (HypeAuditor: 1,500)
 *   influencer     has more than `influencerFollowers` followers (HypeAuditor: 5,000)
 *   real           the rest
 * authentic(v) = real + influencer members; the score is its share of the audience smoothed like the
 * engagement rate: the Beta(α, β) prior fitted to every account's (authentic, audience) counts by
 * beta-binomial maximum likelihood, and score(v) = (α + authentic) / (α + β + audience), so three
 * followers do not make a perfect or a worthless audience. `meta.extra` also carries, per account,
 * the share of its engagers who do not follow it (reach beyond the audience, or engagement bought
 * elsewhere). A LOW SCORE IS A SIGNAL FOR REVIEW, NOT PROOF.
 */
import { z } from 'zod';
import { getScoringContext } from '../../context/cache.js';
import type { ScoringContext } from '../../context/context.js';
import type { Csr } from '../../context/csr.js';
import type { ViewOptions } from '../../context/view.js';
import { parseOptions } from '../../core/options.js';
import { type BetaPrior, fitBetaBinomial } from '../engagement/beta-binomial.js';
import { createScorer } from '../create-scorer.js';
import type { Scorer } from '../scorer.js';
import { burstSchema, rulesSchema, suspicion } from './internal/suspicion.js';
import { warning, type Warning } from '../../core/warnings.js';

/** Relations read as engagement when the audience is engagers. */
const ENGAGEMENT = ['mention', 'reply', 'share', 'quote', 'comment', 'like'];

const schema = z
  .object({
    audience: z.enum(['followers', 'engagers']).default('followers'),
    massFollowing: z.number().nonnegative().default(1500),
    influencerFollowers: z.number().nonnegative().default(5000),
    rules: z
      .object({
        noPosts: z.boolean().default(true),
        burst: z.union([z.literal(false), burstSchema]).prefault({}),
        flagged: z.union([z.literal(false), z.array(z.string().min(1))]).optional(),
      })
      .strict()
      .prefault({}),
    followRelation: z.string().min(1).default('follow'),
    engagementRelations: z.array(z.string().min(1)).min(1).default(() => [...ENGAGEMENT]),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link audienceQuality}. */
export interface AudienceQualityOptions {
  /** Whose quality: the followers, or the engagers. @defaultValue `'followers'` */
  audience?: 'followers' | 'engagers';
  /** A member following more accounts than this is a mass follower (HypeAuditor's threshold). @defaultValue `1500` */
  massFollowing?: number;
  /** A member with more followers than this is an influencer (HypeAuditor's threshold). @defaultValue `5000` */
  influencerFollowers?: number;
  /** The fake-follower rules that make a member suspicious (as in authenticity; `false` disables one). @defaultValue every rule on */
  rules?: { noPosts?: boolean; burst?: false | { window?: number; minAccounts?: number }; flagged?: false | string[] };
  /** Relation type of follow edges. @defaultValue `'follow'` */
  followRelation?: string;
  /** Relation types read as engagement. @defaultValue mention, reply, share, quote, comment, like */
  engagementRelations?: string[];
  /** Time window and other view settings (its relations are replaced). @defaultValue every edge */
  view?: ViewOptions;
}

/** `meta.extra` of {@link audienceQuality}. */
export interface AudienceQualityExtra {
  /** Audience members per account, by type. */
  readonly types: { readonly real: Float64Array; readonly influencer: Float64Array; readonly massFollower: Float64Array; readonly suspicious: Float64Array };
  /** Raw authentic share (real + influencer) / audience; NaN without an audience. */
  readonly authenticShare: Float64Array;
  /** Engagers per account, and the share of them who do not follow it (NaN without engagers). */
  readonly engagers: Float64Array;
  readonly nonFollowerEngagement: Float64Array;
  /** The fitted prior of the smoothing. */
  readonly prior: BetaPrior;
}

/**
 * The share of an account's audience that looks real, smoothed; in [0, 1], higher is better.
 *
 * @example
 * ```ts
 * const q = audienceQuality({ audience: 'followers' }).score(graph);
 * (q.meta.extra as AudienceQualityExtra).types.suspicious; // members to review, per account
 * ```
 */
export function audienceQuality(options: AudienceQualityOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'audienceQuality');
  const follows: ViewOptions = { ...view, relations: [params.followRelation] };
  const engagement: ViewOptions = { ...view, relations: params.engagementRelations };
  return createScorer({
    id: 'audience-quality',
    label: 'Audience quality',
    description: 'Smoothed share of the audience that is real or influencers (not suspicious, not mass followers); HypeAuditor audience types, Cresci et al. 2015 rules.',
    range: [0, 1],
    higherIsBetter: true,
    params,
    view: params.audience === 'followers' ? follows : engagement,
    compute(ctx, control) {
      const warnings: Warning[] = [];
      const followCtx = params.audience === 'followers' ? ctx : getScoringContext(ctx.source, follows);
      const engageCtx = params.audience === 'engagers' ? ctx : getScoringContext(ctx.source, engagement);
      const rules = { ...rulesSchema.parse({ ...params.rules, massFollow: false }) };
      const { bits } = suspicion(followCtx, rules, warnings);
      const kind = memberTypes(followCtx, bits, params);
      const types = { real: new Float64Array(ctx.n), influencer: new Float64Array(ctx.n), massFollower: new Float64Array(ctx.n), suspicious: new Float64Array(ctx.n) };
      const byKind = [types.real, types.influencer, types.massFollower, types.suspicious];
      const audience = new Float64Array(ctx.n);
      const authentic = new Float64Array(ctx.n);
      for (let v = 0; v < ctx.n; v++) {
        if ((v & 4095) === 0) control.tick(v, ctx.n);
        for (let e = ctx.in.offsets[v]; e < ctx.in.offsets[v + 1]; e++) byKind[kind[ctx.in.targets[e]]][v]++;
        audience[v] = ctx.in.offsets[v + 1] - ctx.in.offsets[v];
        authentic[v] = types.real[v] + types.influencer[v];
      }
      const prior = fitBetaBinomial(authentic, audience);
      const values = new Float64Array(ctx.n);
      for (let v = 0; v < ctx.n; v++) values[v] = (prior.alpha + authentic[v]) / (prior.alpha + prior.beta + audience[v]);
      if (audience.every((a) => a === 0)) warnings.push(warning('NO_AUDIENCE', `audienceQuality: no account has ${params.audience} in this view, so every score is the prior mean; check followRelation / engagementRelations`));
      const { engagers, outside } = nonFollowerEngagement(engageCtx.in, followCtx.in, ctx.n);
      control.finish(ctx.n);
      const extra: AudienceQualityExtra = { types, authenticShare: authentic.map((k, v) => (audience[v] > 0 ? k / audience[v] : Number.NaN)), engagers, nonFollowerEngagement: outside, prior };
      return { values, warnings, extra: extra as unknown as Record<string, unknown> };
    },
  });
}

/** 0 real, 1 influencer, 2 mass follower, 3 suspicious, per node (first match from the top wins). */
function memberTypes(followCtx: ScoringContext, suspiciousBits: Uint8Array, p: { massFollowing: number; influencerFollowers: number }): Uint8Array {
  const followers = followCtx.column('followers');
  const following = followCtx.column('following');
  const degree = (csr: Csr, u: number): number => csr.offsets[u + 1] - csr.offsets[u];
  const kind = new Uint8Array(followCtx.n);
  for (let u = 0; u < followCtx.n; u++) {
    const out = Number.isNaN(following[u]) ? degree(followCtx.out, u) : following[u];
    const inn = Number.isNaN(followers[u]) ? degree(followCtx.in, u) : followers[u];
    kind[u] = suspiciousBits[u] !== 0 ? 3 : out > p.massFollowing ? 2 : inn > p.influencerFollowers ? 1 : 0;
  }
  return kind;
}

/** Per account: distinct engagers, and the share of them not among its followers (both rows ascending). */
function nonFollowerEngagement(engaged: Csr, followed: Csr, n: number): { engagers: Float64Array; outside: Float64Array } {
  const engagers = new Float64Array(n);
  const outside = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let i = engaged.offsets[v];
    let j = followed.offsets[v];
    const iEnd = engaged.offsets[v + 1];
    const jEnd = followed.offsets[v + 1];
    let strangers = 0;
    while (i < iEnd) {
      while (j < jEnd && followed.targets[j] < engaged.targets[i]) j++;
      if (j >= jEnd || followed.targets[j] !== engaged.targets[i]) strangers++;
      i++;
    }
    engagers[v] = iEnd - engaged.offsets[v];
    outside[v] = engagers[v] > 0 ? strangers / engagers[v] : Number.NaN;
  }
  return { engagers, outside };
}
