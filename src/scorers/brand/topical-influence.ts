/**
 * Topical influence: the attention an account receives from the people who care about a topic.
 * Influence is attention received, not output (Cha, Haddadi, Benevenuto & Gummadi, "Measuring user
 * influence in Twitter: the million follower fallacy", ICWSM 2010: in-degree, retweets and mentions
 * are all attention others pay); what an account writes on the topic is evidence that it is *about*
 * the topic, never a source of score. The walk is topic-sensitive PageRank (Haveliwala, WWW 2002)
 * whose teleport lands on the topic's readers, with TwitterRank's topic-weighted steps (Weng, Lim,
 * Jiang & He, WSDM 2010). With c_j all of j's content items, o_j those on the topic, A_ij the
 * attention edge i → j (1, or its weight: follows, and the engagement edges of the view):
 *   a_j  = o_j / (c_j + κ)                             aboutness, κ = aboutnessPrior (1): one post is weak evidence
 *   ρ_i  = (Σ_j A_ij a_j + o_i) / (Σ_j A_ij + c_i)     interest: share of i's attention and writing on the topic
 *   P_ij = A_ij a_j / Σ_k A_ik                         i's attention to on-topic accounts; the rest teleports
 *   E_i  = ρ_i / Σ_k ρ_k                                the topic's audience starts the walks
 *   x    = γ·(Pᵀ x + (Σ_i x_i (1 − Σ_j P_ij))·E) + (1 − γ)·E          γ = alpha
 *   TI_j = (Pᵀ x)_j / Σ_k (Pᵀ x)_k                     arrivals along edges: topical attention received
 * An account nobody attends to (no follower, no engager in the view) scores exactly 0 however much it
 * posts; an account followed by the topic's readers but writing nothing on it scores 0 too (a_j = 0).
 *
 * `formula: 'twitterrank'` keeps the previous formula, TwitterRank with these departures from the paper:
 *   P_ij = A_ij · o_j · (1 − |s_i − s_j|) / Σ_a A_ia · c_a,  s_j = o_j / c_j,  E_j = o_j / Σ_k o_k,  score = x
 * - Topics are the declared ones (hashtags, keywords, categories), not LDA's; an item is on the topic
 *   or not, so s_j is the on-topic share of j's content.
 * - The numerator uses o_j where the paper uses |T_j| (all of j's tweets; `contentWeight: 'all'`):
 *   with |T_j| a clique of prolific off-topic celebrities keeps the walk's mass and tops the ranking.
 * - What a row does not spend teleports to E (the paper's rows lose it), so scores stay a distribution.
 * - A_ij is the view's edge weight (1 per follow by default).
 * Its teleport goes to writers by volume, so an account nobody follows that posts a lot on the topic
 * outranks followed experts (issue #19): use it to compare formulas, not to find influencers.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { commonTopics, type ContentItems, contentOf, normalizeTopic } from './internal/content.js';
import { type TopicCounts, topicCounts } from './internal/topic-counts.js';
import { topicalAttention, topicalEvidence } from './internal/topical-attention.js';
import { twitterRank } from './internal/twitterrank.js';
import { warning, type Warning } from '../../core/warnings.js';

const topicString = z.string({ error: 'topics must be strings' }).refine((t) => normalizeTopic(t).length > 0, 'a topic must not be empty');

const schema = z
  .object({
    topic: topicString.optional(),
    topics: z.array(topicString, { error: 'must be an array of strings' }).min(1).optional(),
    formula: z.enum(['attention', 'twitterrank']).default('attention'),
    alpha: z.number().gt(0).lt(1).default(0.85),
    aboutnessPrior: z.number().min(0).refine(Number.isFinite, 'must be finite').optional(),
    contentWeight: z.enum(['topic', 'all']).optional(),
    weighted: z.boolean().default(true),
    tolerance: z.number().positive().default(1e-10),
    maxIterations: z.number().int().positive().default(1000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict()
  .refine((o) => (o.topic === undefined) !== (o.topics === undefined), { message: 'give exactly one of topic or topics', path: ['topic'] })
  .refine((o) => o.formula === 'twitterrank' || o.contentWeight === undefined, { message: "contentWeight applies to formula: 'twitterrank' only", path: ['contentWeight'] })
  .refine((o) => o.formula === 'attention' || o.aboutnessPrior === undefined, { message: "aboutnessPrior applies to formula: 'attention' only", path: ['aboutnessPrior'] });

/** Options of {@link topicalInfluence}. */
export interface TopicalInfluenceOptions {
  /** The topic (hashtag, keyword or category; case-insensitive, a leading `#` ignored). Give this or `topics`. */
  topic?: string;
  /** Several topics read as one: an item is on topic when it carries any of them. Give this or `topic`. */
  topics?: string[];
  /**
   * `'attention'`: topical attention received (formula in the file header). `'twitterrank'`: the
   * previous TwitterRank variant, for comparing formulas (it rewards posting volume). @defaultValue `'attention'`
   */
  formula?: 'attention' | 'twitterrank';
  /** γ, probability of following an edge rather than teleporting. @defaultValue `0.85` (TwitterRank's) */
  alpha?: number;
  /** κ of the aboutness a_j = o_j / (c_j + κ), in content items (`'attention'` only). @defaultValue `1` */
  aboutnessPrior?: number;
  /** TwitterRank's step weight of followee j: on-topic content (`'topic'`) or all of it (`'all'`, the paper's |T_j|); `'twitterrank'` only. @defaultValue `'topic'` */
  contentWeight?: 'topic' | 'all';
  /** Multiply steps by the view's edge weights. @defaultValue `true` */
  weighted?: boolean;
  /** Stop when the L1 change is below this. @defaultValue `1e-10` */
  tolerance?: number;
  /** Give up (with `meta.converged = false`) after this many iterations. @defaultValue `1000` */
  maxIterations?: number;
  /** Which edges are attention (follows, and engagement edges); content is read whatever the relations. @defaultValue every edge */
  view?: ViewOptions;
}

/** Per-account diagnostics in `meta.extra` of a topical-influence vector. */
export type TopicalInfluenceExtra = {
  /** The topics, normalized. */
  readonly topics: readonly string[];
  readonly formula: 'attention' | 'twitterrank';
  /** Share of all content items that are on the topic (0–1). */
  readonly onTopicShare: number;
  /** Content items counted (posts, plus interactions carrying topics) and how many are on the topic. */
  readonly items: number;
  readonly onTopicItems: number;
  /** Per account: on-topic items o_j and the on-topic share s_j, index-aligned with `keys`. */
  readonly onTopic: Float64Array;
  readonly share: Float64Array;
  /** `'attention'` only (null otherwise): aboutness a_j and reader interest ρ_i per account. */
  readonly aboutness: Float64Array | null;
  readonly interest: Float64Array | null;
};

/** Defaults resolved in one place. */
const DEFAULT_ABOUTNESS_PRIOR = 1;
const DEFAULT_CONTENT_WEIGHT = 'topic';

/** Throws `MISSING_DATA` when there is no content, or none on the topic (never a silent uniform score). */
function requireContent(counts: TopicCounts, wanted: string[], items: ContentItems, field: 'topic' | 'topics'): void {
  if (counts.counted === 0) {
    throw new InfluenceScoreError('MISSING_DATA', 'topicalInfluence needs content: posts, or interactions carrying topics', [
      { path: ['topics'], field: 'topics', message: "the graph has no posts and no interaction with topics (in this view's time window)" },
    ]);
  }
  if (counts.onTopicItems === 0) {
    throw new InfluenceScoreError('MISSING_DATA', `No content on ${wanted.join(' | ')}: ${counts.counted} item(s) read, none tagged with it`, [
      { path: ['topics'], field, message: `most common topics: ${commonTopics(items)}` },
    ]);
  }
}

/**
 * Topic-specific influence: the attention an account receives from the topic's audience (formula
 * and citations in the file header), or TwitterRank with `formula: 'twitterrank'`. Values sum to 1.
 * Throws `MISSING_DATA` when no content is on the topic (never a silent uniform score); warns
 * `ALL_ZERO` when no reader attends to an account that writes on it.
 *
 * @example
 * ```ts
 * const ai = topicalInfluence({ topic: 'ai' }).score(graph);
 * ai.top(10);                       // the accounts the AI audience pays attention to
 * ai.meta.extra?.onTopicShare;      // e.g. 0.18: 18% of the content is about AI
 * ```
 */
export function topicalInfluence(options: TopicalInfluenceOptions): Scorer {
  const { view, topic, topics, formula, aboutnessPrior, contentWeight, ...params } = parseOptions(schema, options, 'topicalInfluence');
  const wanted = [...new Set((topics ?? [topic!]).map(normalizeTopic))];
  const resolved = formula === 'attention' ? { aboutnessPrior: aboutnessPrior ?? DEFAULT_ABOUTNESS_PRIOR } : { contentWeight: contentWeight ?? DEFAULT_CONTENT_WEIGHT };
  const on = wanted.join(' | ');
  return createScorer({
    id: 'topical-influence',
    label: 'Topical influence',
    description:
      formula === 'attention'
        ? `Topical attention on ${on}: arrivals of a walk that starts at the topic's readers and follows their attention to accounts writing on it. Haveliwala 2002; Weng et al. 2010; Cha et al. 2010.`
        : `TwitterRank on topic ${on}: PageRank whose steps prefer on-topic, topically similar followees and whose teleport follows the topic's content. Weng, Lim, Jiang & He 2010.`,
    range: [0, 1],
    higherIsBetter: true,
    params: { ...params, formula, ...resolved, topics: wanted },
    view,
    flatRemedy: `give the view relations through which ${on} readers attend to accounts (follows, replies, shares), or check that accounts writing on ${on} have followers or engagers`,
    compute(ctx, control) {
      const n = ctx.n;
      const items = contentOf(ctx);
      const counts = topicCounts(items, n, new Set(wanted));
      requireContent(counts, wanted, items, topics ? 'topics' : 'topic');
      const { total, onTopic, counted, onTopicItems } = counts;
      const share = new Float64Array(n);
      for (let j = 0; j < n; j++) share[j] = total[j] > 0 ? onTopic[j] / total[j] : 0;
      const warnings: Warning[] = [];
      if (onTopicItems / counted < 0.01) warnings.push(warning('LITTLE_EVIDENCE', `only ${onTopicItems} of ${counted} content items (${((100 * onTopicItems) / counted).toFixed(2)}%) are on ${on}: the ranking rests on little evidence`));
      const base = { topics: wanted, formula, onTopicShare: onTopicItems / counted, items: counted, onTopicItems, onTopic, share };
      if (formula === 'twitterrank') {
        const walk = twitterRank(ctx.out, counts, share, contentWeight ?? DEFAULT_CONTENT_WEIGHT, params, control);
        const extra: TopicalInfluenceExtra = { ...base, aboutness: null, interest: null };
        return { values: walk.values, converged: walk.converged, iterations: walk.iterations, extra, warnings };
      }
      const evidence = topicalEvidence(ctx.out, counts, aboutnessPrior ?? DEFAULT_ABOUTNESS_PRIOR, params.weighted);
      const walk = topicalAttention(ctx.out, evidence, params, control);
      if (walk.values.every((v) => v === 0)) {
        // ALL_ZERO: the writers of the topic receive no attention in this view.
        warnings.push(
          warning(
            'ALL_ZERO',
            `all ${n} accounts score 0 on topical influence: no account writing on ${on} is followed or engaged by anyone in this view (${onTopicItems} on-topic item(s) read); remedy: add the relations through which readers attend (follows, replies, shares) to the view, or use formula: 'twitterrank' to score on-topic writing itself`,
          ),
        );
      }
      const extra: TopicalInfluenceExtra = { ...base, ...evidence };
      return { values: walk.values, converged: walk.converged, iterations: walk.iterations, extra, warnings };
    },
  });
}
