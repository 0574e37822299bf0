/**
 * Brand stance: how an account speaks of a brand, from its posts naming or tagged with the brand and
 * its interactions with the brand's account, smoothed toward neutral by a Beta prior.
 *   evidence k of account u: a post mentioning the brand or tagged with one of its topics, or an
 *   interaction (mention, reply, share, quote, comment) to the brand's account or tagged with its topics,
 *   with sentiment s_k ∈ [−1, 1] (or the `implicit` sentiment of its kind when it has none) and weight
 *   w_k = 0.5^(age_k / halfLife) (1 without a half-life)
 *   stance(u) = Σ_k w_k s_k / (Σ_k w_k + κ)
 *   label(u)  = advocate when stance ≥ t and u has ≥ m pieces of evidence; detractor when ≤ −t and ≥ m; else neutral
 * The stance is the posterior mean of a Beta–Bernoulli model mapped to [−1, 1]: each piece of evidence
 * is (1 + s)/2 of a favourable vote and (1 − s)/2 of an unfavourable one, the prior is Beta(κ/2, κ/2)
 * centred on neutral, and 2·E[p] − 1 = (P − N)/(P + N + κ) = Σ w s / (Σ w + κ). It is the same
 * shrinkage as the engagement rate's beta-binomial smoothing (Cha et al. 2010's point that raw rates
 * of small counts mislead), with the prior centred on neutral rather than fitted: a brand's own
 * audience should not define what "neutral" means.
 * The defaults κ = 3, t = 0.25, m = 2 were chosen on data (issue #19; test/brand/advocacy-family.slow.test.ts):
 * over a family of planted stances (1–10 statements per account, mean sentiment ±0.3…±0.9, per-statement
 * noise sd 0.2–0.5, one third to two thirds of the accounts neutral) they keep precision ≥ 0.95 in
 * every cell of neutral share while finding most accounts with 4 or more statements; the previous
 * κ = 6 found about two thirds of them. A single statement never labels an account (m = 2): one
 * enthusiastic mention is weak evidence.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { commonTopics, contentOf, normalizeTopic } from './internal/content.js';
import { onTopic } from './internal/topic-counts.js';
import { warning, type Warning } from '../../core/warnings.js';

/** The label of an account's stance toward a brand. */
export type Stance = 'advocate' | 'neutral' | 'detractor';

/** The brand: its account id, its topics (hashtags, product names), or both. */
export type BrandRef = string | { id?: string; topics?: string[] };

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const brandSchema = z.union([
  z.string().min(1, { error: 'brand must be a non-empty account id' }),
  z
    .object({ id: z.string().min(1).optional(), topics: z.array(z.string({ error: 'topics must be strings' }).refine((t) => normalizeTopic(t).length > 0, 'a topic must not be empty')).min(1).optional() })
    .strict()
    .refine((b) => b.id !== undefined || b.topics !== undefined, 'give the brand an id, topics, or both'),
]);

const DEFAULT_KINDS = ['post', 'mention', 'reply', 'share', 'quote', 'comment'];
/** Defaults chosen on the planted-stance family (file header). */
const DEFAULT_PRIOR_STRENGTH = 3;
const DEFAULT_THRESHOLD = 0.25;
const DEFAULT_MIN_EVIDENCE = 2;

/** @internal Schema of the stance options (shared with `advocacy`). */
export const brandStanceSchema = z
  .object({
    brand: brandSchema,
    priorStrength: finite.refine((k) => k > 0, 'must be > 0').default(DEFAULT_PRIOR_STRENGTH),
    threshold: finite.refine((t) => t > 0 && t < 1, 'must be in (0, 1)').default(DEFAULT_THRESHOLD),
    minEvidence: z.number().int().min(1).default(DEFAULT_MIN_EVIDENCE),
    kinds: z.array(z.string().min(1)).min(1).default(() => [...DEFAULT_KINDS]),
    implicit: z.record(z.string(), finite.refine((s) => s >= -1 && s <= 1, 'must be in [−1, 1]')).default(() => ({ share: 0.5 })),
    halfLife: finite.refine((h) => h > 0, 'must be > 0').optional(),
    asOf: finite.optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link brandStance}. */
export interface BrandStanceOptions {
  /** The brand: its account id (`'acme'`), or `{ id?, topics? }` to also count posts tagged with its topics (`['acme', 'acmephone']`). */
  brand: BrandRef;
  /** κ, the Beta prior's strength in pieces of neutral evidence. @defaultValue `3` (chosen on data: see the guide's precision–recall table) */
  priorStrength?: number;
  /** |stance| at or above which an account is an advocate (positive) or a detractor (negative). @defaultValue `0.25` */
  threshold?: number;
  /** Pieces of evidence an account needs before it is labelled advocate or detractor. @defaultValue `2` */
  minEvidence?: number;
  /** Which items are evidence: `'post'` and interaction types. @defaultValue `['post', 'mention', 'reply', 'share', 'quote', 'comment']` */
  kinds?: string[];
  /** Sentiment assumed for evidence without one, by kind (other kinds count as neutral, 0). @defaultValue `{ share: 0.5 }` (a share endorses, mildly) */
  implicit?: Record<string, number>;
  /** Evidence of age a weighs 0.5^(a / halfLife) (ms). @defaultValue no decay */
  halfLife?: number;
  /** "Now" for the decay, in ms. @defaultValue the latest evidence time */
  asOf?: number;
  /** The time window of the evidence (its relations do not filter evidence). @defaultValue every item */
  view?: ViewOptions;
}

/** Per-account evidence in `meta.extra` of a stance or advocacy vector, index-aligned with `keys`. */
export type BrandStanceExtra = {
  /** `'advocate' | 'neutral' | 'detractor'` per account. */
  readonly stance: readonly Stance[];
  /** The smoothed stance in (−1, 1) (equal to the stance vector's values). */
  readonly smoothed: Float64Array;
  /** Pieces of evidence; with positive and with negative sentiment; their decayed weight. */
  readonly evidence: Float64Array;
  readonly positive: Float64Array;
  readonly negative: Float64Array;
  readonly weight: Float64Array;
  /** Latest evidence time per account (NaN when none or undated). */
  readonly lastSeen: Float64Array;
  /** The brand as read: account id (or null) and normalized topics. */
  readonly brand: { readonly id: string | null; readonly topics: readonly string[] };
  /** Totals: evidence items, accounts with evidence, advocates, detractors. */
  readonly totals: { readonly evidence: number; readonly voices: number; readonly advocates: number; readonly detractors: number };
};

/** @internal The brand normalized. */
export function resolveBrand(brand: BrandRef): { id: string | null; topics: string[] } {
  if (typeof brand === 'string') return { id: brand, topics: [] };
  return { id: brand.id ?? null, topics: [...new Set((brand.topics ?? []).map(normalizeTopic))] };
}

/**
 * Stance toward a brand in (−1, 1), smoothed toward neutral (formula in the file header); labels and
 * evidence counts in `meta.extra` ({@link BrandStanceExtra}). `advocacy` weights it by reach.
 *
 * @example
 * ```ts
 * const s = brandStance({ brand: { id: 'acme', topics: ['acme'] } }).score(graph);
 * (s.meta.extra as BrandStanceExtra).stance[s.keys.indexOf('ada')]; // 'advocate'
 * ```
 */
export function brandStance(options: BrandStanceOptions): Scorer {
  const { view, brand, ...params } = parseOptions(brandStanceSchema, options, 'brandStance');
  const target = resolveBrand(brand);
  const kinds = new Set(params.kinds);
  const brandTopics = new Set(target.topics);
  const implicit = new Map(Object.entries(params.implicit));
  return createScorer({
    id: 'brand-stance',
    label: 'Brand stance',
    description: 'Σ w·sentiment / (Σ w + κ) over posts and interactions naming the brand: Beta(κ/2, κ/2) shrinkage toward neutral.',
    range: [-1, 1],
    higherIsBetter: true,
    params: { ...params, brand: target },
    view,
    flatRemedy: 'check the brand id and topics (every account has the same stance, usually none): add brand topics, kinds, or a wider time window',
    compute(ctx) {
      const n = ctx.n;
      const brandIndex = target.id === null ? -1 : ctx.index.get(target.id);
      if (brandIndex === undefined) {
        throw new InfluenceScoreError('UNKNOWN_NODE', `brand "${target.id}" is not an account of the graph`, [{ path: ['brand'], field: 'brand', message: `no account "${target.id}"; give the brand's account id, or { topics } only` }]);
      }
      const items = contentOf(ctx);
      const isEvidence = (k: number): boolean => {
        if (items.author[k] === brandIndex || !kinds.has(items.kind[k])) return false;
        if (brandIndex >= 0 && items.target[k] === brandIndex) return true;
        if (target.id !== null && items.mentions[k]?.includes(target.id)) return true;
        return brandTopics.size > 0 && onTopic(items.topics[k], brandTopics);
      };
      const chosen: number[] = [];
      let latest = -Infinity;
      for (let k = 0; k < items.length; k++) {
        if (!isEvidence(k)) continue;
        chosen.push(k);
        if (items.time[k] > latest) latest = items.time[k];
      }
      if (chosen.length === 0) {
        throw new InfluenceScoreError('MISSING_DATA', 'No post or interaction names the brand or carries its topics', [
          { path: ['brand'], field: 'brand', message: `nothing mentions ${target.id ?? '(no id)'}${target.topics.length ? ` or is tagged ${target.topics.join(' | ')}` : ''}; most common topics: ${commonTopics(items)}` },
        ]);
      }
      const asOf = params.asOf ?? latest;
      const warnings: Warning[] = [];
      let undated = 0;
      const sum = new Float64Array(n);
      const weight = new Float64Array(n);
      const evidence = new Float64Array(n);
      const positive = new Float64Array(n);
      const negative = new Float64Array(n);
      const lastSeen = new Float64Array(n).fill(Number.NaN);
      for (const k of chosen) {
        const u = items.author[k];
        const s = Number.isNaN(items.sentiment[k]) ? (implicit.get(items.kind[k]) ?? 0) : items.sentiment[k];
        let w = 1;
        const t = items.time[k];
        if (params.halfLife !== undefined) {
          if (Number.isNaN(t)) undated++;
          else w = 0.5 ** (Math.max(0, asOf - t) / params.halfLife);
        }
        sum[u] += w * s;
        weight[u] += w;
        evidence[u]++;
        if (s > 0) positive[u]++;
        else if (s < 0) negative[u]++;
        if (!(lastSeen[u] >= t)) lastSeen[u] = t;
      }
      if (undated > 0) warnings.push(warning('UNDATED', `${undated} piece(s) of brand evidence have no time and were not decayed`));
      const values = new Float64Array(n);
      const stance: Stance[] = new Array<Stance>(n);
      let voices = 0;
      let advocates = 0;
      let detractors = 0;
      for (let u = 0; u < n; u++) {
        values[u] = sum[u] / (weight[u] + params.priorStrength);
        if (evidence[u] > 0) voices++;
        const enough = evidence[u] >= params.minEvidence;
        stance[u] = enough && values[u] >= params.threshold ? 'advocate' : enough && values[u] <= -params.threshold ? 'detractor' : 'neutral';
        if (stance[u] === 'advocate') advocates++;
        if (stance[u] === 'detractor') detractors++;
      }
      const extra: BrandStanceExtra = {
        stance,
        smoothed: values,
        evidence,
        positive,
        negative,
        weight,
        lastSeen,
        brand: target,
        totals: { evidence: chosen.length, voices, advocates, detractors },
      };
      return { values, warnings, extra, params: { asOf } };
    },
  });
}
