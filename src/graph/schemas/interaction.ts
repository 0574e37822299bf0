/**
 * Interaction records: one event `from → to` (from mentions, replies to, shares, quotes, likes,
 * comments on or endorses `to`). Repeated interactions are kept as parallel edges.
 */
import { z } from 'zod';
import { idSchema, recordIdSchema, sentimentSchema, timeSchema, topicsSchema, weightSchema } from './fields.js';

/** The interaction types the library knows by name; any other non-empty string is a custom type. */
export const INTERACTION_TYPES = ['mention', 'reply', 'share', 'quote', 'like', 'comment', 'endorse'] as const;

/** A known interaction type, or a custom one. */
export type InteractionType = (typeof INTERACTION_TYPES)[number] | (string & {});

/**
 * Schema of an interaction record.
 *
 * @example
 * ```ts
 * interactionSchema.parse({ from: 'bob', to: 'ada', type: 'share', time: 1714550400000, post: 'p1' });
 * ```
 */
export const interactionSchema = z.strictObject({
  /** Who acts (pays attention). */
  from: idSchema,
  /** Who receives the attention. */
  to: idSchema,
  /** `mention | reply | share | quote | like | comment | endorse`, or a custom string. */
  type: z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }) as z.ZodType<InteractionType, string>,
  /** When it happened (ms, Date or ISO string → ms). */
  time: timeSchema.optional(),
  /** Strength of the interaction, finite and ≥ 0. @defaultValue 1 (read as 1 when absent) */
  weight: weightSchema.optional(),
  /** Id of the post interacted with (links engagement to posts). */
  post: recordIdSchema.optional(),
  /** Hashtags, keywords or categories of the interaction (a reply's or quote's own topics), compared case-insensitively. */
  topics: topicsSchema.optional(),
  /** Sentiment in [−1, 1] of the interaction (a reply's tone, say), from any sentiment model. */
  sentiment: sentimentSchema.optional(),
});

/** An interaction as accepted by {@link interactionSchema}. */
export type InteractionInput = z.input<typeof interactionSchema>;
/** A validated interaction (time in ms). */
export type InteractionRecord = z.output<typeof interactionSchema>;
