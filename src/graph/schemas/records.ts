/**
 * The records a social graph is built from: four optional collections.
 */
import { z } from 'zod';
import { accountSchema } from './account.js';
import { followSchema } from './follow.js';
import { interactionSchema } from './interaction.js';
import { postSchema } from './post.js';

/**
 * Schema of the input of `buildSocialGraph`.
 *
 * @example
 * ```ts
 * const records = socialRecordsSchema.parse({ accounts: [{ id: 'ada' }], follows: [{ follower: 'bob', followee: 'ada' }] });
 * ```
 */
export const socialRecordsSchema = z.strictObject({
  accounts: z.array(accountSchema).optional(),
  follows: z.array(followSchema).optional(),
  interactions: z.array(interactionSchema).optional(),
  posts: z.array(postSchema).optional(),
});

/** Records as accepted by {@link socialRecordsSchema} (times as ms, Date or ISO strings). */
export type SocialRecordsInput = z.input<typeof socialRecordsSchema>;
/** Validated records. */
export type SocialRecords = z.output<typeof socialRecordsSchema>;
