/**
 * Follow records: `follower → followee`, the follower pays attention to the followee (DESIGN.md
 * edge convention), so influence flows to the followee.
 */
import { z } from 'zod';
import { idSchema, timeSchema } from './fields.js';

/**
 * Schema of a follow record.
 *
 * @example
 * ```ts
 * followSchema.parse({ follower: 'bob', followee: 'ada', since: '2023-01-15' });
 * ```
 */
export const followSchema = z.strictObject({
  /** The account that follows. */
  follower: idSchema,
  /** The account followed. */
  followee: idSchema,
  /** When the follow started (ms, Date or ISO string → ms); stored as the edge's `time`. */
  since: timeSchema.optional(),
});

/** A follow as accepted by {@link followSchema}. */
export type FollowInput = z.input<typeof followSchema>;
/** A validated follow (time in ms). */
export type FollowRecord = z.output<typeof followSchema>;
