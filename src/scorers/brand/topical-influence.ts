/**
 * Topical influence after TwitterRank (Weng, Lim, Jiang & He, WSDM 2010): PageRank on the attention
 * graph, where a step from follower i to followee j prefers followees who write on the topic and who
 * resemble i topically, and teleports land on accounts by their share of the topic's content.
 *   s_j   = o_j / c_j                               (j's on-topic share: on-topic items / all items)
 *   P_ij  = A_ij · o_j · (1 − |s_i − s_j|) / Σ_a A_ia · c_a
 *           (TwitterRank: |T_j| / Σ_a |T_a| · sim_t(i, j), with |T_j| = c_j in the numerator)
 *   E_j   = o_j / Σ_k o_k                               (TwitterRank's column-normalized DT)
 *   TR    = γ·(Pᵀ TR + (Σ_i TR_i (1 − Σ_j P_ij))·E) + (1 − γ)·E
 * o_j counts j's on-topic items, c_j all of them; A_ij is 1 per edge i → j (i follows j), or its weight.
 * Departures from the paper, each on purpose:
 * - Topics are the declared ones (hashtags, keywords, categories on posts and interactions), not
 *   LDA's. An item is on the topic when it carries any of the requested topics (1 or 0, not a
 *   fractional topic mixture), so s_j is the share of j's content that is on topic.
 * - The numerator uses o_j, j's on-topic content, where the paper uses |T_j|, all of j's tweets: the
 *   surfer reads j's content in proportion to its volume and walks on only through what is on topic;
 *   reading off-topic ends the walk, which teleports to E. With |T_j| (`contentWeight: 'all'`), a
 *   clique of prolific off-topic celebrities who follow each other (sim ≈ 1 between them: none is on
 *   the topic) keeps the walk's mass, and they top the topic's ranking.
 * - What a row does not spend (the paper's rows sum to less than 1 and lose it) teleports to E, as
 *   dangling mass does in PageRank, so the scores stay a probability distribution.
 * - A_ij is the view's edge weight (1 per follow by default), so repeated attention counts.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { commonTopics, contentOf, normalizeTopic } from './internal/content.js';
import { topicCounts } from './internal/topic-counts.js';
import { warning, type Warning } from '../../core/warnings.js';

const topicString = z.string({ error: 'topics must be strings' }).refine((t) => normalizeTopic(t).length > 0, 'a topic must not be empty');

const schema = z
  .object({
    topic: topicString.optional(),
    topics: z.array(topicString, { error: 'must be an array of strings' }).min(1).optional(),
    alpha: z.number().gt(0).lt(1).default(0.85),
    contentWeight: z.enum(['topic', 'all']).default('topic'),
    weighted: z.boolean().default(true),
    tolerance: z.number().positive().default(1e-10),
    maxIterations: z.number().int().positive().default(1000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict()
  .refine((o) => (o.topic === undefined) !== (o.topics === undefined), { message: 'give exactly one of topic or topics', path: ['topic'] });

/** Options of {@link topicalInfluence}. */
export interface TopicalInfluenceOptions {
  /** The topic (hashtag, keyword or category; case-insensitive, a leading `#` ignored). Give this or `topics`. */
  topic?: string;
  /** Several topics read as one: an item is on topic when it carries any of them. Give this or `topic`. */
  topics?: string[];
  /** γ, probability of following an edge rather than teleporting. @defaultValue `0.85` (the paper's) */
  alpha?: number;
  /** Step weight of followee j: its on-topic content (`'topic'`) or all its content (`'all'`, the paper's |T_j|). @defaultValue `'topic'` */
  contentWeight?: 'topic' | 'all';
  /** Multiply steps by the view's edge weights. @defaultValue `true` */
  weighted?: boolean;
  /** Stop when the L1 change is below this. @defaultValue `1e-10` */
  tolerance?: number;
  /** Give up (with `meta.converged = false`) after this many iterations. @defaultValue `1000` */
  maxIterations?: number;
  /** Which edges form the attention graph (content is read whatever the relations). @defaultValue every edge */
  view?: ViewOptions;
}

/** Per-account diagnostics in `meta.extra` of a topical-influence vector. */
export type TopicalInfluenceExtra = {
  /** The topics, normalized. */
  readonly topics: readonly string[];
  /** Share of all content items that are on the topic (0–1). */
  readonly onTopicShare: number;
  /** Content items counted (posts, plus interactions carrying topics) and how many are on the topic. */
  readonly items: number;
  readonly onTopicItems: number;
  /** Per account: on-topic items o_j and the on-topic share s_j, index-aligned with `keys`. */
  readonly onTopic: Float64Array;
  readonly share: Float64Array;
};

/**
 * Topic-specific influence (TwitterRank, Weng et al. 2010; departures in the file header). Values
 * sum to 1. Throws `MISSING_DATA` when no content is on the topic (never a silent uniform score).
 *
 * @example
 * ```ts
 * const ai = topicalInfluence({ topic: 'ai', view: { relations: ['follow'] } }).score(graph);
 * ai.top(10);                       // the accounts the AI audience listens to
 * ai.meta.extra?.onTopicShare;      // e.g. 0.18: 18% of the content is about AI
 * ```
 */
export function topicalInfluence(options: TopicalInfluenceOptions): Scorer {
  const { view, topic, topics, ...params } = parseOptions(schema, options, 'topicalInfluence');
  const wanted = [...new Set((topics ?? [topic!]).map(normalizeTopic))];
  return createScorer({
    id: 'topical-influence',
    label: 'Topical influence',
    description: `TwitterRank on topic ${wanted.join(' | ')}: PageRank whose steps prefer on-topic, topically similar followees and whose teleport follows the topic's content. Weng, Lim, Jiang & He 2010.`,
    range: [0, 1],
    higherIsBetter: true,
    params: { ...params, topics: wanted },
    view,
    compute(ctx, control) {
      const n = ctx.n;
      const items = contentOf(ctx);
      const { total, onTopic, counted, onTopicItems } = topicCounts(items, n, new Set(wanted));
      if (counted === 0) {
        throw new InfluenceScoreError('MISSING_DATA', 'topicalInfluence needs content: posts, or interactions carrying topics', [
          { path: ['topics'], field: 'topics', message: 'the graph has no posts and no interaction with topics (in this view\'s time window)' },
        ]);
      }
      if (onTopicItems === 0) {
        throw new InfluenceScoreError('MISSING_DATA', `No content on ${wanted.join(' | ')}: ${counted} item(s) read, none tagged with it`, [
          { path: ['topics'], field: topics ? 'topics' : 'topic', message: `most common topics: ${commonTopics(items)}` },
        ]);
      }
      const share = new Float64Array(n);
      for (let j = 0; j < n; j++) share[j] = total[j] > 0 ? onTopic[j] / total[j] : 0;
      const gain = params.contentWeight === 'topic' ? onTopic : total;
      const teleport = new Float64Array(n);
      for (let j = 0; j < n; j++) teleport[j] = onTopic[j] / onTopicItems;

      // Step probabilities on the out-CSR (u → v: u pays attention to v). The denominator is all the
      // content i's followees write, so what is left of a row (off-topic reading) teleports to E.
      const { offsets, targets, weights } = ctx.out;
      const step = new Float64Array(targets.length);
      const kept = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let read = 0;
        for (let e = offsets[i]; e < offsets[i + 1]; e++) read += (params.weighted ? weights[e] : 1) * total[targets[e]];
        if (!(read > 0)) continue;
        let sum = 0;
        for (let e = offsets[i]; e < offsets[i + 1]; e++) {
          const j = targets[e];
          step[e] = ((params.weighted ? weights[e] : 1) * gain[j] * (1 - Math.abs(share[i] - share[j]))) / read;
          sum += step[e];
        }
        kept[i] = sum;
      }

      const { alpha, tolerance, maxIterations } = params;
      let x = Float64Array.from(teleport);
      let next = new Float64Array(n);
      let iterations = 0;
      let converged = false;
      while (iterations < maxIterations) {
        iterations++;
        next.fill(0);
        let lost = 0;
        for (let i = 0; i < n; i++) {
          lost += x[i] * (1 - kept[i]);
          for (let e = offsets[i]; e < offsets[i + 1]; e++) next[targets[e]] += x[i] * step[e];
        }
        let change = 0;
        for (let j = 0; j < n; j++) {
          const value = alpha * (next[j] + lost * teleport[j]) + (1 - alpha) * teleport[j];
          change += Math.abs(value - x[j]);
          next[j] = value;
        }
        [x, next] = [next, x];
        control.tick(iterations, maxIterations);
        if (change < tolerance) {
          converged = true;
          break;
        }
      }
      const extra: TopicalInfluenceExtra = { topics: wanted, onTopicShare: onTopicItems / counted, items: counted, onTopicItems, onTopic, share };
      const warnings: Warning[] = [];
      if (onTopicItems / counted < 0.01) warnings.push(warning('LITTLE_EVIDENCE', `only ${onTopicItems} of ${counted} content items (${((100 * onTopicItems) / counted).toFixed(2)}%) are on ${wanted.join(' | ')}: the ranking rests on little evidence`));
      return { values: x, converged, iterations, extra, warnings };
    },
  });
}
