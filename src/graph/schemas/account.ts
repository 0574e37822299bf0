/**
 * Account records: one node of the social graph, with the profile signals trust and engagement
 * scorers read (followers, following, account age, verification, moderation flags).
 */
import { z } from 'zod';
import { attributesSchema, countSchema, idSchema, timeSchema } from './fields.js';

/**
 * Schema of an account record. Unknown fields are rejected (a typo such as `follower` must not be
 * silently ignored); put free-form data in `attributes`.
 *
 * @example
 * ```ts
 * accountSchema.parse({ id: 'ada', createdAt: '2019-03-01', followers: 1200, verified: true });
 * // → { id: 'ada', createdAt: 1551398400000, followers: 1200, verified: true }
 * ```
 */
export const accountSchema = z.strictObject({
  /** Node key. */
  id: idSchema,
  /** When the account was created (ms, Date or ISO string → ms). */
  createdAt: timeSchema.optional(),
  /** Follower count as reported by the platform (may exceed the follows in the graph). */
  followers: countSchema.optional(),
  /** Following count as reported by the platform. */
  following: countSchema.optional(),
  /** Platform verification badge. */
  verified: z.boolean().optional(),
  /** Moderation or quality flags, e.g. `['spam-suspect']`. */
  flags: z.array(z.string()).optional(),
  /** Organisation the account belongs to, e.g. the brand an employee works for (compared case-insensitively); advocacy ranks a brand's own people as ambassadors. */
  affiliation: z.string({ error: 'must be a non-empty string' }).trim().min(1, { error: 'must be a non-empty string' }).optional(),
  /** Any other node attributes (name, label, ...). The typed fields above win on a clash. */
  attributes: attributesSchema.optional(),
});

/** An account as accepted by {@link accountSchema} (times as ms, Date or ISO string). */
export type AccountInput = z.input<typeof accountSchema>;
/** A validated account (times in ms since the epoch). */
export type AccountRecord = z.output<typeof accountSchema>;
