/**
 * Post records: content published by an account, with the audience and reaction counts the
 * engagement scorers divide (engagements over impressions, reach or followers).
 */
import { z } from 'zod';
import { countSchema, idSchema, recordIdSchema, sentimentSchema, timeSchema, topicsSchema } from './fields.js';

/**
 * Schema of a post record. Every count is optional, finite and ≥ 0.
 *
 * @example
 * ```ts
 * postSchema.parse({ id: 'p1', author: 'ada', time: '2024-05-01T09:00:00Z', impressions: 5400, likes: 210 });
 * postSchema.parse({ id: 'p2', author: 'ada', time: '2024-05-02', topics: ['ai', 'ethics'], sentiment: 0.4, mentions: ['acme'] });
 * ```
 */
export const postSchema = z.strictObject({
  /** Post id, unique among posts (any non-empty string: post ids are not node keys). */
  id: recordIdSchema,
  /** Account that published it. */
  author: idSchema,
  /** Publication time (ms, Date or ISO string → ms). */
  time: timeSchema,
  /** Times the post was displayed. */
  impressions: countSchema.optional(),
  /** Distinct accounts that saw it. */
  reach: countSchema.optional(),
  /** Views (video or detail views). */
  views: countSchema.optional(),
  likes: countSchema.optional(),
  comments: countSchema.optional(),
  shares: countSchema.optional(),
  saves: countSchema.optional(),
  /** Hashtags, keywords or categories (compared case-insensitively); topical influence and advocacy read them. */
  topics: topicsSchema.optional(),
  /** Sentiment in [−1, 1], from any sentiment model; advocacy reads it. */
  sentiment: sentimentSchema.optional(),
  /** Account ids the post names (@-mentions); advocacy reads them. */
  mentions: z.array(idSchema).optional(),
});

/** A post as accepted by {@link postSchema}. */
export type PostInput = z.input<typeof postSchema>;
/** A validated post (time in ms); `graph.getAttribute('posts')` holds these. */
export type PostRecord = z.output<typeof postSchema>;
