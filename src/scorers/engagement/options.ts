/**
 * Options of the engagement-rate scorer: the zod schema is the one place where defaults live
 * (type weights, tiers, smoothing), so the TSDoc below and the resolved `meta.params` agree.
 */
import { z } from 'zod';
import { type Duration, positiveDurationSchema } from '../../core/duration.js';

/**
 * Default weight of each engagement type. A like is the cheapest signal; a comment, reply or save costs
 * the audience more; a share, quote or repost puts the post in front of a new audience. Views measure
 * exposure, not response, so they weigh 0. Weights you pass are merged over these.
 *
 * @example
 * ```ts
 * engagementRate({ typeWeights: { ...DEFAULT_ENGAGEMENT_WEIGHTS, save: 4 } }); // same as { save: 4 }
 * ```
 */
export const DEFAULT_ENGAGEMENT_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  like: 1,
  reaction: 1,
  comment: 2,
  reply: 2,
  save: 2,
  share: 3,
  quote: 3,
  repost: 3,
  view: 0,
});

/**
 * Edge types that are relations, not responses to a post: skipped by the engagement scorer.
 *
 * @example
 * ```ts
 * engagementRate({ ignore: [...DEFAULT_IGNORED_TYPES, 'bookmark'] });
 * ```
 */
export const DEFAULT_IGNORED_TYPES: readonly string[] = Object.freeze(['follow', 'mention', 'endorse']);

/** A follower tier: accounts with at least `minFollowers` followers (and fewer than the next tier's). */
export interface EngagementTier {
  readonly name: string;
  readonly minFollowers: number;
}

/**
 * Industry-style follower tiers: nano < 10k ≤ micro < 100k ≤ mid < 500k ≤ macro < 1M ≤ mega.
 *
 * @example
 * ```ts
 * // Split nano at 1k into nano and "tiny".
 * engagementRate({ tiers: [{ name: 'tiny', minFollowers: 0 }, { name: 'nano', minFollowers: 1_000 }, ...DEFAULT_TIERS.slice(1)] });
 * ```
 */
export const DEFAULT_TIERS: readonly EngagementTier[] = Object.freeze([
  { name: 'nano', minFollowers: 0 },
  { name: 'micro', minFollowers: 10_000 },
  { name: 'mid', minFollowers: 100_000 },
  { name: 'macro', minFollowers: 500_000 },
  { name: 'mega', minFollowers: 1_000_000 },
]);

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const nonNegative = finite.refine((x) => x >= 0, 'must be ≥ 0');
const positive = finite.refine((x) => x > 0, 'must be > 0');

const weightsSchema = z.union([
  z.record(z.string().min(1), nonNegative),
  z
    .instanceof(Map<string, number>)
    .refine((m) => [...m.values()].every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0), 'weights must be finite numbers ≥ 0'),
]);

const tiersSchema = z
  .array(z.object({ name: z.string().min(1), minFollowers: nonNegative }).strict())
  .min(1)
  .refine((tiers) => tiers[0].minFollowers === 0, 'the first tier must start at minFollowers 0')
  .refine((tiers) => tiers.every((t, i) => i === 0 || t.minFollowers > tiers[i - 1].minFollowers), 'tiers must be in increasing minFollowers order')
  .refine((tiers) => new Set(tiers.map((t) => t.name)).size === tiers.length, 'tier names must be unique');

/** @internal The schema of {@link EngagementRateOptions}; defaults are resolved here only. */
export const engagementRateSchema = z
  .object({
    denominator: z.enum(['followers', 'reach', 'impressions']).default('followers'),
    averaging: z.enum(['pooled', 'per-post']).default('pooled'),
    typeWeights: weightsSchema.default(() => ({})),
    ignore: z.array(z.string()).default(() => [...DEFAULT_IGNORED_TYPES]),
    smoothing: z.boolean().default(true),
    prior: z
      .union([z.enum(['population', 'tier']), z.object({ alpha: positive, beta: positive }).strict()])
      .default('population'),
    fit: z.enum(['moments', 'ml']).default('moments'),
    minFitExposure: finite.refine((x) => x >= 0 && x <= 1, 'must be in [0, 1]').default(0.1),
    minTierAccounts: z.number().int().min(2).default(10),
    asOf: finite.optional(),
    halfLife: positiveDurationSchema.optional(),
    window: z
      .object({ from: finite.optional(), to: finite.optional() })
      .strict()
      .refine((w) => w.from === undefined || w.to === undefined || w.from <= w.to, 'window.from must not be after window.to')
      .optional(),
    undated: z.enum(['error', 'drop', 'keep']).default('error'),
    tiers: tiersSchema.default(() => DEFAULT_TIERS.map((t) => ({ ...t }))),
    compareWithin: z.enum(['all', 'tier']).default('all'),
    unrated: z.enum(['prior', 'zero']).default('prior'),
    maxIterations: z.number().int().positive().default(100),
    tolerance: positive.default(1e-10),
  })
  .strict();

/** Options of {@link engagementRate}. */
export interface EngagementRateOptions {
  /**
   * Exposure each post is measured against: `followers` (ERF, the author's follower count per post),
   * `reach` (ERR, unique accounts that saw the post) or `impressions` (ERI, times it was shown).
   * @defaultValue `'followers'`
   */
  denominator?: 'followers' | 'reach' | 'impressions';
  /**
   * `pooled`: Σ engagements / Σ exposure over the account's posts. `per-post`: the mean of each post's
   * engagements / exposure. With `followers` the two coincide (every post has the same exposure).
   * @defaultValue `'pooled'`
   */
  averaging?: 'pooled' | 'per-post';
  /**
   * Weight of each engagement type, merged over {@link DEFAULT_ENGAGEMENT_WEIGHTS} (set a type to 0 to
   * drop it). Interactions or post counts of a type with no weight are rejected (unless the type is ignored).
   * @defaultValue `{}` (the defaults: like 1, reaction 1, comment 2, reply 2, save 2, share 3, quote 3, repost 3, view 0)
   */
  typeWeights?: Record<string, number> | Map<string, number>;
  /**
   * @deprecated Use `typeWeights` (same meaning). Accepted for one minor version, with a `DEPRECATED`
   * warning in `meta.warnings`.
   */
  weights?: Record<string, number> | Map<string, number>;
  /** Edge types that are not engagements (skipped). Follow edges still count followers. @defaultValue `['follow', 'mention', 'endorse']` */
  ignore?: string[];
  /** Empirical-Bayes beta-binomial shrinkage of each rate toward the prior. @defaultValue `true` */
  smoothing?: boolean;
  /**
   * The prior: fitted to the whole `population`, fitted per follower `tier` (tiers with fewer than
   * `minTierAccounts` rated accounts fall back to the population prior), or a fixed `{ alpha, beta }`.
   * @defaultValue `'population'`
   */
  prior?: 'population' | 'tier' | { alpha: number; beta: number };
  /** How the prior is fitted: method of `moments` or maximum likelihood (`ml`). @defaultValue `'moments'` */
  fit?: 'moments' | 'ml';
  /**
   * Accounts whose exposure is below this share of the median rated account's (in the population, or
   * in the tier for a tier prior) are left out of the prior fit; they are still smoothed. This keeps a
   * few tiny accounts with extreme rates (one post to 10 followers, 9 likes) from setting the prior.
   * `0` fits every rated account. `meta.params.prior` reports how many were left out (`excluded`).
   * @defaultValue `0.1`
   */
  minFitExposure?: number;
  /** Fewest rated accounts a tier needs for its own prior. @defaultValue `10` */
  minTierAccounts?: number;
  /** "Now" in ms since epoch: later posts and interactions are left out; ages are measured from it. @defaultValue the latest time in the data */
  asOf?: number;
  /** Exponential decay: a post of age a weighs 0.5^(a / halfLife), a {@link Duration} (ms or `'30d'`…). @defaultValue no decay */
  halfLife?: Duration;
  /** Keep only posts (and post-less interactions) with time in `[from, to]` (ms). @defaultValue every post */
  window?: { from?: number; to?: number };
  /**
   * What to do with a post (or post-less interaction) without a time when `halfLife` or `window` needs one:
   * `error` (throw, naming each record), `drop` (leave it out) or `keep` (count it undecayed).
   * @defaultValue `'error'`
   */
  undated?: 'error' | 'drop' | 'keep';
  /** Follower tiers for the tier prior and `compareWithin: 'tier'`. @defaultValue {@link DEFAULT_TIERS} */
  tiers?: EngagementTier[];
  /**
   * Whom each account is compared with: `all` (the score is the rate itself) or `tier` (the score is
   * the percentile rank of the rate among accounts of the same follower tier, in [0, 1]).
   * @defaultValue `'all'`
   */
  compareWithin?: 'all' | 'tier';
  /**
   * @deprecated Use `compareWithin` (`'none'` is `'all'`, `'within-tier'` is `'tier'`). Accepted for
   * one minor version, with a `DEPRECATED` warning in `meta.warnings`.
   */
  normalize?: 'none' | 'within-tier';
  /** Score of an account with no exposure (no posts, zero followers): the `prior` mean (when smoothing) or `zero`. @defaultValue `'prior'` */
  unrated?: 'prior' | 'zero';
  /** Newton iterations of the `ml` fit. @defaultValue `100` */
  maxIterations?: number;
  /** Convergence tolerance of the `ml` fit (step in ln α, ln β). @defaultValue `1e-10` */
  tolerance?: number;
}

/** @internal Options after parsing, with weights merged over the defaults. */
export type ResolvedEngagementOptions = Omit<z.output<typeof engagementRateSchema>, 'typeWeights'> & {
  typeWeights: ReadonlyMap<string, number>;
};

/** @internal The deprecated option names of {@link EngagementRateOptions} and their new names. */
export const ENGAGEMENT_RENAMES = {
  weights: { to: 'typeWeights' },
  normalize: { to: 'compareWithin', values: { none: 'all', 'within-tier': 'tier' } },
} as const;

/** @internal Merges user weights over the defaults. */
export function resolveWeights(weights: Record<string, number> | Map<string, number>): Map<string, number> {
  const merged = new Map(Object.entries(DEFAULT_ENGAGEMENT_WEIGHTS));
  const entries = weights instanceof Map ? [...weights] : Object.entries(weights);
  for (const [type, w] of entries) merged.set(type, w);
  return merged;
}
