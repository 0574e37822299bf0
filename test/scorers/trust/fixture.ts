/** Small hand-checkable social graphs and helpers for the trust tests. */
import { buildSocialGraph, InfluenceScoreError } from '../../../src/index.js';
import { expectInRange } from '../../helpers/expect-range.js';
export { thrown as errorOf } from '../../helpers/errors.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Asserts every value is a finite number in [0, 1]. */
export function expectUnit(values: ArrayLike<number>): void {
  expectInRange(values, [0, 1]);
}

/**
 * A five-account community: ada (old, answers fast), bob (answers slowly), cy (never answers),
 * dee (reported), eve (new).
 */
export function community() {
  return buildSocialGraph({
    accounts: [
      { id: 'ada', createdAt: 0, followers: 3, following: 2 },
      { id: 'bob', createdAt: 100 * DAY, followers: 2, following: 2 },
      { id: 'cy', createdAt: 200 * DAY, followers: 1, following: 1 },
      { id: 'dee', createdAt: 300 * DAY, flags: ['reported'] },
      { id: 'eve', createdAt: 390 * DAY },
    ],
    follows: [
      { follower: 'bob', followee: 'ada', since: 101 * DAY },
      { follower: 'ada', followee: 'bob', since: 102 * DAY },
      { follower: 'cy', followee: 'ada', since: 201 * DAY },
      { follower: 'dee', followee: 'ada', since: 301 * DAY },
      { follower: 'eve', followee: 'bob', since: 391 * DAY },
      { follower: 'ada', followee: 'cy', since: 202 * DAY },
    ],
    interactions: [
      { from: 'bob', to: 'ada', type: 'mention', time: 380 * DAY },
      { from: 'ada', to: 'bob', type: 'reply', time: 380 * DAY + HOUR },
      { from: 'cy', to: 'ada', type: 'mention', time: 381 * DAY },
      { from: 'ada', to: 'cy', type: 'reply', time: 381 * DAY + 3 * HOUR },
      { from: 'ada', to: 'bob', type: 'mention', time: 382 * DAY },
      { from: 'bob', to: 'ada', type: 'reply', time: 384 * DAY },
      { from: 'eve', to: 'cy', type: 'mention', time: 383 * DAY },
      { from: 'dee', to: 'cy', type: 'mention', time: 399 * DAY },
    ],
  });
}
