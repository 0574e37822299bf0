/**
 * influenceScore: a ready 0–100 influence score in the manner of Klout's (reach, amplification,
 * network impact; Rao, Spasojevic, Li & D'Souza 2015, "Klout score: Measuring influence across
 * multiple social networks"), built only from public scorers with `combine`:
 *   reach          PageRank on follows (attention received; Brin & Page 1998)
 *   amplification  smoothed engagement rate (how the audience responds; beta-binomial, see engagementRate)
 *   network        PageRank on the engagement graph (mentions, replies, shares, quotes, comments, likes):
 *                  engagement from influential accounts counts more (Klout's "network impact")
 *   trust          the trust() composite
 *   relevance      with `topic`: topicalInfluence (topical attention received, on follows)
 *   audience       optional (weight 0 by default): audienceQuality, the smoothed share of the audience
 *                  that is real (HypeAuditor's audience types; Cresci et al. 2015)
 *   score(v) = 100 · Σ_p w_p · percentile_p(v) / Σ_p w_p     (default weights 3, 2, 2, 2, relevance 3)
 * A part whose data is missing (no follows, no posts, no engagement edges, no times for trust's
 * signals, no content on the topic) is dropped with a warning and the other weights renormalize;
 * the score fails only when no part is left.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import type { Resumable, RunOptions } from '../core/run.js';
import { type Scorer, scoreSteps } from '../scorers/scorer.js';
import type { ScoreVector } from '../core/score-vector.js';
import type { ScoringContext } from '../context/context.js';
import { getScoringContext } from '../context/cache.js';
import { type ViewOptions, withWindow } from '../context/view.js';
import { combine, type CombinePart } from '../compose/combine.js';
import { type PageRankOptions, pagerank } from '../scorers/centrality/pagerank.js';
import { engagementRate } from '../scorers/engagement/engagement-rate.js';
import type { EngagementRateOptions } from '../scorers/engagement/options.js';
import { type TrustOptions, trust } from './trust.js';
import { type TopicalInfluenceOptions, topicalInfluence } from '../scorers/brand/topical-influence.js';
import { createScorer } from '../scorers/create-scorer.js';
import { type AudienceQualityExtra, type AudienceQualityOptions, audienceQuality } from '../scorers/trust/audience-quality.js';
import { warning, type Warning, withoutWarnings } from '../core/warnings.js';

/** The parts of {@link influenceScore}, in order. */
export const INFLUENCE_PARTS = ['reach', 'amplification', 'network', 'trust', 'relevance', 'audience'] as const;
/** A part of {@link influenceScore}. */
export type InfluencePart = (typeof INFLUENCE_PARTS)[number];

/**
 * Default weights: reach 3, amplification 2, network 2, trust 2, and relevance 3 when a topic is
 * given (shares 33/22/22/22% without a topic, 25/17/17/17/25% with one); audience 0 (opt in with
 * `weights: { audience: 2 }`).
 */
export const DEFAULT_INFLUENCE_WEIGHTS: Readonly<Record<InfluencePart, number>> = Object.freeze({ reach: 3, amplification: 2, network: 2, trust: 2, relevance: 3, audience: 0 });

/** Relations read as engagement by the `network` part. */
export const ENGAGEMENT_RELATIONS: readonly string[] = Object.freeze(['mention', 'reply', 'share', 'quote', 'comment', 'like']);

const weight = z.number().nonnegative().refine(Number.isFinite, 'must be finite');
/** A part's options: an object, checked by the part's own factory. */
const partOptions = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'must be an options object' });

const schema = z
  .object({
    topic: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    weights: z.object(Object.fromEntries(INFLUENCE_PARTS.map((p) => [p, weight.optional()]))).strict().default({}),
    parts: z
      .object({
        reach: partOptions<PageRankOptions>().optional(),
        amplification: partOptions<EngagementRateOptions>().optional(),
        network: partOptions<PageRankOptions>().optional(),
        trust: partOptions<TrustOptions>().optional(),
        relevance: partOptions<Omit<TopicalInfluenceOptions, 'topic' | 'topics'>>().optional(),
        audience: partOptions<AudienceQualityOptions>().optional(),
      })
      .strict()
      .default({}),
    engagementRelations: z.array(z.string().min(1)).min(1).default(() => [...ENGAGEMENT_RELATIONS]),
    scale: z.tuple([z.number(), z.number()]).refine(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a < b, 'scale must be [low, high] with low < high').default([0, 100]),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link influenceScore}. */
export interface InfluenceScoreOptions {
  /** A topic (or topics) to add the `relevance` part (topicalInfluence). @defaultValue none */
  topic?: string | string[];
  /** Weight of each part; `0` leaves a part out. @defaultValue {@link DEFAULT_INFLUENCE_WEIGHTS} */
  weights?: Partial<Record<InfluencePart, number>>;
  /** Options of each part's scorer (reach and network: PageRank; amplification: engagementRate; trust: trust; relevance: topicalInfluence without `topic`; audience: audienceQuality). @defaultValue each scorer's defaults */
  parts?: {
    reach?: PageRankOptions;
    amplification?: EngagementRateOptions;
    network?: PageRankOptions;
    trust?: TrustOptions;
    relevance?: Omit<TopicalInfluenceOptions, 'topic' | 'topics'>;
    audience?: AudienceQualityOptions;
  };
  /** Edge types the `network` part reads as engagement. @defaultValue {@link ENGAGEMENT_RELATIONS} */
  engagementRelations?: string[];
  /** Display scale. @defaultValue `[0, 100]` */
  scale?: readonly [number, number];
  /** View for the parts (the reach and network parts add their relations to it). @defaultValue every edge */
  view?: ViewOptions;
}

/** Why a part was left out, in `meta.extra.dropped`. */
export interface DroppedPart {
  readonly part: InfluencePart;
  readonly reason: string;
}

/**
 * The scorer's description, handing back a vector already computed (the availability probe's), so
 * nothing runs twice. Built field by field: a spread would copy the library's resumable form too,
 * which `combine` prefers and which would compute again.
 */
function memo(scorer: Scorer, vector: ScoreVector): Scorer {
  const { id, label, description, range, higherIsBetter, params } = scorer;
  return { id, label, description, range, higherIsBetter, params, score: () => vector, scoreAsync: async () => vector };
}

function missing(error: unknown): string | null {
  return error instanceof InfluenceScoreError && error.code === 'MISSING_DATA' ? error.message.split('\n')[0] : null;
}

/** Edges `view` keeps in `ctx`'s time window (the window `trend` sets on a context reaches the parts, so it must reach this count too). */
function countEdges(ctx: ScoringContext, view: ViewOptions): number {
  const windowed = ctx.view.window ? withWindow(view, ctx.view.window, ctx.view.standing) : view;
  return getScoringContext(ctx.source, windowed).edges.length;
}

const TRUST_SIGNALS = ['trustRank', 'eigenTrust', 'reciprocity', 'responsiveness', 'tenure', 'consistency', 'authenticity'] as const;

/** trust() on this context, leaving out (with a note) the signals whose data is missing. */
function* scoreTrust(ctx: ScoringContext, options: TrustOptions, notes: Warning[], run: RunOptions | undefined): Resumable<ScoreVector | null> {
  try {
    return yield* scoreSteps(trust(options), ctx, run);
  } catch (error) {
    if (missing(error) === null) throw error;
  }
  const weights: Record<string, number> = {};
  const kept: string[] = [];
  for (const s of TRUST_SIGNALS) {
    const w = options.weights?.[s] ?? (s === 'eigenTrust' ? 0 : 1);
    if (w === 0) continue;
    try {
      yield* scoreSteps(trust({ ...options, weights: Object.fromEntries(TRUST_SIGNALS.map((x) => [x, x === s ? 1 : 0])) }), ctx, run);
      weights[s] = w;
      kept.push(s);
    } catch (error) {
      const reason = missing(error);
      if (reason === null) throw error;
      weights[s] = 0;
      notes.push(warning('PART_DROPPED', `trust: ${s} left out (${reason})`));
    }
  }
  if (kept.length === 0) return null;
  return yield* scoreSteps(trust({ ...options, weights: { ...options.weights, ...weights } }), ctx, run);
}

/**
 * A Klout-style 0–100 influence score from public scorers (formula in the file header). Explain any
 * account's score with `explain(vector, id)` and `formatExplanation`. Dropped parts are listed in
 * `meta.warnings` and `meta.extra.dropped`.
 *
 * @example
 * ```ts
 * const v = influenceScore({ topic: 'ai' }).score(graph);
 * v.top(10);                                        // 0–100
 * console.log(formatExplanation(explain(v, 'ai-expert-1')));
 * influenceScore({ weights: { trust: 0 } });         // leave a part out
 * ```
 */
export function influenceScore(options: InfluenceScoreOptions = {}): Scorer {
  const opts = parseOptions(schema, options, 'influenceScore');
  const weights: Record<InfluencePart, number> = { ...DEFAULT_INFLUENCE_WEIGHTS, ...(opts.weights as Partial<Record<InfluencePart, number>>) };
  if (opts.topic === undefined) weights.relevance = 0;
  if (opts.topic === undefined && (opts.weights as Partial<Record<InfluencePart, number>>).relevance) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for influenceScore', [{ path: ['weights', 'relevance'], field: 'relevance', message: 'relevance needs a topic: set topic' }]);
  }
  if (!INFLUENCE_PARTS.some((p) => weights[p] > 0)) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for influenceScore', [{ path: ['weights'], field: 'weights', message: 'at least one part needs a positive weight' }]);
  }
  const parts = opts.parts as NonNullable<InfluenceScoreOptions['parts']>;
  const base = opts.view ?? {};
  const reachView: ViewOptions = { ...base, relations: ['follow'] };
  const networkView: ViewOptions = { ...base, relations: opts.engagementRelations };
  // Built now so a bad option fails at construction, not at the first score.
  const scorers = {
    reach: pagerank({ ...parts.reach, view: parts.reach?.view ?? reachView }),
    reachAllEdges: pagerank({ ...parts.reach, view: parts.reach?.view ?? base }),
    amplification: engagementRate(parts.amplification ?? {}),
    network: pagerank({ ...parts.network, view: parts.network?.view ?? networkView }),
    audience: audienceQuality(parts.audience ?? {}),
    relevance: opts.topic === undefined ? null : topicalInfluence({ ...parts.relevance, ...(Array.isArray(opts.topic) ? { topics: opts.topic } : { topic: opts.topic }), view: parts.relevance?.view ?? reachView }),
  };
  if (weights.trust > 0) trust(parts.trust ?? {});
  const scale = opts.scale as [number, number];
  return createScorer({
    id: 'influence-score',
    label: 'Influence score',
    description: `${scale[0]}–${scale[1]} composite of ${INFLUENCE_PARTS.filter((p) => weights[p] > 0).map((p) => `${p} (${weights[p]})`).join(', ')}, percentile-normalized. Klout-style (Rao et al. 2015).`,
    range: scale,
    higherIsBetter: true,
    params: { topic: opts.topic ?? null, weights, engagementRelations: opts.engagementRelations, scale },
    view: opts.view,
    *compute(ctx, _control, run) {
      const dropped: DroppedPart[] = [];
      const notes: Warning[] = [];
      const chosen = new Map<string, CombinePart>();
      const use = (part: InfluencePart, scorer: Scorer, vector: ScoreVector): void => {
        chosen.set(part, [memo(scorer, vector), weights[part]]);
      };
      const drop = (part: InfluencePart, reason: string): void => {
        dropped.push({ part, reason });
      };
      if (weights.reach > 0) {
        if (parts.reach?.view || countEdges(ctx, reachView) > 0) use('reach', scorers.reach, yield* scoreSteps(scorers.reach, ctx, run));
        else if (ctx.edges.length > 0 && ctx.edges.typeNames.length === 0) {
          notes.push(warning('FALLBACK', 'reach: the edges carry no type, so reach reads every edge as attention'));
          use('reach', scorers.reachAllEdges, yield* scoreSteps(scorers.reachAllEdges, ctx, run));
        } else drop('reach', 'no follow edges');
      }
      if (weights.amplification > 0) {
        const posts = ctx.graphAttribute('posts');
        if (!Array.isArray(posts) || posts.length === 0) drop('amplification', 'no posts');
        else {
          try {
            use('amplification', scorers.amplification, yield* scoreSteps(scorers.amplification, ctx, run));
          } catch (error) {
            const reason = missing(error);
            if (reason === null) throw error;
            drop('amplification', reason);
          }
        }
      }
      if (weights.network > 0) {
        // Only the engagement types the graph has: an absent type adds no edge, only a warning.
        const present = new Set(getScoringContext(ctx.source, { ...base, relations: undefined }).edges.typeNames);
        const relations = opts.engagementRelations.filter((r) => present.has(r));
        if (parts.network?.view) use('network', scorers.network, yield* scoreSteps(scorers.network, ctx, run));
        else if (relations.length > 0 && countEdges(ctx, { ...networkView, relations }) > 0) {
          const network = pagerank({ ...parts.network, view: { ...networkView, relations } });
          use('network', network, yield* scoreSteps(network, ctx, run));
        } else drop('network', `no engagement edges (${opts.engagementRelations.join(', ')})`);
      }
      if (weights.trust > 0) {
        const vector = yield* scoreTrust(ctx, (parts.trust ?? {}) as TrustOptions, notes, run);
        if (vector) use('trust', trust(parts.trust ?? {}), vector);
        else drop('trust', 'none of its signals has the data it needs');
      }
      if (weights.relevance > 0 && scorers.relevance) {
        try {
          use('relevance', scorers.relevance, yield* scoreSteps(scorers.relevance, ctx, run));
        } catch (error) {
          const reason = missing(error);
          if (reason === null) throw error;
          drop('relevance', reason);
        }
      }
      if (weights.audience > 0) {
        const vector = yield* scoreSteps(scorers.audience, ctx, run);
        // authenticShare is NaN for an account without an audience: all NaN means nothing to judge.
        const { authenticShare } = vector.meta.extra as unknown as AudienceQualityExtra;
        if (authenticShare.some((share) => !Number.isNaN(share))) use('audience', scorers.audience, vector);
        else drop('audience', `no account has ${parts.audience?.audience ?? 'followers'} to judge`);
      }
      if (chosen.size === 0) {
        throw new InfluenceScoreError('MISSING_DATA', 'influenceScore: no part has the data it needs', dropped.map((d) => ({ path: ['weights', d.part], field: d.part, message: d.reason })));
      }
      const composite = yield* scoreSteps(combine({ parts: chosen, normalize: 'percentile', aggregate: 'arithmetic', scale, id: 'influence-score', label: 'Influence score' }), ctx, run);
      const warnings = [...dropped.map((d) => warning('PART_DROPPED', `${d.part} left out: ${d.reason}`)), ...notes, ...withoutWarnings(composite.meta.warnings, ctx.warnings)];
      return { values: composite.values, parts: composite.parts as Record<string, ScoreVector>, warnings, extra: { ...composite.meta.extra, dropped }, params: { used: [...chosen.keys()] } };
    },
  });
}
