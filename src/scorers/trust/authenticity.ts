/**
 * Authenticity: audience quality, the share of an account's followers that look genuine, blended
 * with a follower-growth anomaly term.
 *   A follower u looks suspicious when any enabled rule fires:
 *     noPosts     u has authored no post (needs posts in the graph)
 *     massFollow  following(u) > minFollowing and following(u) > ratio · max(followers(u), 1)
 *     burst       ≥ minAccounts accounts (u included) were created within ±window of u's creation
 *     flagged     u carries one of the listed flags
 *   genuine(v) = 1 − suspicious followers / followers   (1 without followers: nothing to doubt)
 *   growth(v)  = 1, or zThreshold / z when the robust z of v's busiest period of new followers
 *                exceeds zThreshold and that period gained ≥ minSpike followers (bought followers
 *                arrive in bursts); z as in Iglewicz & Hoaglin 1993, over the periods from v's first
 *                follower to asOf
 *   score(v)   = (1 − growthWeight) · genuine(v) + growthWeight · growth(v)
 * Follower and following counts are the node attributes `followers` / `following` when present,
 * else the follow edges in the graph. The rules follow fake-follower audits (Cresci et al. 2015,
 * "Fame for sale", Decision Support Systems). A LOW SCORE IS A SIGNAL FOR REVIEW, NOT PROOF of fraud:
 * real audiences contain lurkers, new accounts and follow-back users.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ScoringContext } from '../../context/context.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { robustPeakZ } from './internal/robust-peak.js';
import { requireEdgeTimes, resolveAsOf } from './internal/shared.js';
import { rulesSchema, suspicion } from './internal/suspicion.js';
import { warning, type Warning } from '../../core/warnings.js';

const DAY = 86_400_000;
const positive = z.number().positive().refine(Number.isFinite, 'must be finite');

const schema = z
  .object({
    rules: rulesSchema,
    growthWeight: z.number().min(0).max(1).default(0.25),
    growth: z
      .object({
        period: positive.default(DAY),
        zThreshold: positive.default(3.5),
        minSpike: z.number().int().min(1).default(10),
        minPeriods: z.number().int().min(2).default(7),
      })
      .strict()
      .prefault({}),
    followRelation: z.string().min(1).default('follow'),
    asOf: z.number().refine(Number.isFinite, 'must be finite').optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link authenticity}. */
export interface AuthenticityOptions {
  /** Which follower rules apply; `false` disables one. A rule whose data is absent from the whole graph is skipped with a warning. */
  rules?: {
    /** Followers without posts are suspicious. @defaultValue `true` */
    noPosts?: boolean;
    /** Mass followers. @defaultValue `{ minFollowing: 1500, ratio: 10 }` */
    massFollow?: false | { minFollowing?: number; ratio?: number };
    /** Accounts created in a burst. @defaultValue `{ window: 10 minutes, minAccounts: 20 }` */
    burst?: false | { window?: number; minAccounts?: number };
    /** Flags that make a follower suspicious. @defaultValue `['bot', 'spam', 'fake', 'suspended', 'reported', 'revoked']` */
    flagged?: false | string[];
  };
  /** Weight of the follower-growth anomaly term; `0` drops it (and its need for follow times). @defaultValue `0.25` */
  growthWeight?: number;
  /** Growth anomaly settings: `period` (ms) of the new-follower counts, `zThreshold`, `minSpike` followers, `minPeriods` of history. @defaultValue `{ period: 1 day, zThreshold: 3.5, minSpike: 10, minPeriods: 7 }` */
  growth?: { period?: number; zThreshold?: number; minSpike?: number; minPeriods?: number };
  /** Relation type of follow edges. @defaultValue `'follow'` */
  followRelation?: string;
  /** End of the growth series (ms). @defaultValue the view's asOf, else the latest follow time */
  asOf?: number;
  /** Time window and other view settings (its relations are replaced by `followRelation`). @defaultValue every follow */
  view?: ViewOptions;
}

type Params = z.output<typeof schema>;

function growthScores(ctx: ScoringContext, p: Params, asOf: number): { score: Float64Array; z: Float64Array } {
  const { n, edges } = ctx;
  const { period, zThreshold, minSpike, minPeriods } = p.growth;
  const score = new Float64Array(n).fill(1);
  const z = new Float64Array(n);
  const byTarget: number[][] = Array.from({ length: n }, () => []);
  const { time } = edges;
  for (let e = 0; e < edges.length; e++) if (time[e] <= asOf && edges.src[e] !== edges.dst[e]) byTarget[edges.dst[e]].push(Math.floor(time[e] / period));
  const last = Math.floor(asOf / period);
  for (let v = 0; v < n; v++) {
    const days = byTarget[v].sort((a, b) => a - b);
    if (days.length === 0) continue;
    const periods = last - days[0] + 1;
    if (periods < minPeriods) continue;
    const counts: number[] = [];
    for (let i = 0; i < days.length; ) {
      let j = i + 1;
      while (j < days.length && days[j] === days[i]) j++;
      counts.push(j - i);
      i = j;
    }
    counts.sort((a, b) => a - b);
    z[v] = robustPeakZ(counts, periods - counts.length);
    if (z[v] > zThreshold && counts[counts.length - 1] >= minSpike) score[v] = zThreshold / z[v];
  }
  return { score, z };
}

/**
 * Authenticity of an account's audience, in [0, 1]. A low score is a signal for review, not proof.
 * With `growthWeight > 0` follow edges need times (`MISSING_DATA` otherwise).
 *
 * @example
 * ```ts
 * const a = authenticity({ rules: { noPosts: false, burst: { window: 60_000, minAccounts: 50 } } }).score(graph);
 * a.meta.extra?.suspiciousFollowers; // per account, to review by hand
 * ```
 */
export function authenticity(options: AuthenticityOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'authenticity');
  const scoped: ViewOptions = { ...view, relations: [params.followRelation] };
  return createScorer({
    id: 'authenticity',
    label: 'Authenticity',
    description: '(1 − g)·share of followers passing the genuineness rules + g·follower-growth anomaly term. Cresci et al. 2015. Low = review, not proof.',
    range: [0, 1],
    higherIsBetter: true,
    params,
    view: scoped,
    flatRemedy: 'authenticity separates accounts only by followers that trip a genuineness rule (rules lacking their data, such as posts, createdAt, flags or follow times, are skipped): give the graph that data, or leave authenticity out of a composite where it cannot separate accounts',
    compute(ctx, control) {
      const { n } = ctx;
      const warnings: Warning[] = [];
      const { bits, names } = suspicion(ctx, params.rules, warnings);
      const genuine = new Float64Array(n).fill(1);
      const suspicious = new Float64Array(n);
      const byRule = new Map(names.map((name) => [name, new Float64Array(n)]));
      const ruleArrays = [...byRule.values()];
      for (let v = 0; v < n; v++) {
        if ((v & 4095) === 0) control.tick(v, n);
        const { offsets, targets } = ctx.in;
        const count = offsets[v + 1] - offsets[v];
        for (let e = offsets[v]; e < offsets[v + 1]; e++) {
          const b = bits[targets[e]];
          if (b === 0) continue;
          suspicious[v]++;
          for (let r = 0; r < ruleArrays.length; r++) if (b & (1 << r)) ruleArrays[r][v]++;
        }
        if (count > 0) genuine[v] = 1 - suspicious[v] / count;
      }
      let growth: { score: Float64Array; z: Float64Array } = { score: new Float64Array(n).fill(1), z: new Float64Array(n) };
      let asOf: number | null = null;
      if (params.growthWeight > 0) {
        requireEdgeTimes(ctx, 'authenticity (follower growth)', () => true, `give every ${params.followRelation} a time (since), or pass growthWeight: 0`);
        if (ctx.edges.length > 0) {
          asOf = resolveAsOf(ctx, params.asOf, 'authenticity');
          growth = growthScores(ctx, params, asOf);
        }
      }
      const values = new Float64Array(n);
      for (let v = 0; v < n; v++) values[v] = (1 - params.growthWeight) * genuine[v] + params.growthWeight * growth.score[v];
      control.finish(n);
      return {
        values,
        warnings,
        params: { asOf },
        extra: { genuineShare: genuine, suspiciousFollowers: suspicious, suspiciousByRule: Object.fromEntries(byRule), growthScore: growth.score, growthZ: growth.z },
      };
    },
  });
}
