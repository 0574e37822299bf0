/**
 * Columnar engagement input: accounts, posts and interactions as parallel typed arrays. This is the
 * fast path (no graph is built; 10^7 interactions fit in a few hundred MB) and the graph path converts
 * to it, so both are scored by the same code. Validation is all-or-nothing: every bad record is named.
 */
import { type ErrorIssue, InfluenceScoreError } from '../../core/errors.js';

/** Posts as columns; `author[p]` is the index of post p's account. */
export interface EngagementPostColumns {
  /** Account index of each post's author (0 ≤ author < accounts). */
  readonly author: ArrayLike<number>;
  /** Post ids, for duplicate detection and error messages. @defaultValue none (posts named by index) */
  readonly ids?: readonly string[];
  /** Time in ms since epoch; NaN when unknown. @defaultValue every post undated */
  readonly time?: ArrayLike<number>;
  /** Times shown; NaN when unknown. */
  readonly impressions?: ArrayLike<number>;
  /** Unique accounts reached; NaN when unknown. */
  readonly reach?: ArrayLike<number>;
  /** Engagement counts by type (`like`, `comment`, `share`, `save`, `view`, ...); NaN when unknown. */
  readonly counts?: Readonly<Record<string, ArrayLike<number>>> | ReadonlyMap<string, ArrayLike<number>>;
}

/** Interaction events as columns: `type[i]` indexes `typeNames`; each points at a post or an account. */
export interface EngagementInteractionColumns {
  /** Code of each interaction's type, an index into `typeNames`. */
  readonly type: ArrayLike<number>;
  /** Type names (`like`, `comment`, ...). */
  readonly typeNames: readonly string[];
  /** Post index the interaction responds to, or −1 for none. @defaultValue none */
  readonly post?: ArrayLike<number>;
  /** Account index engaged with; used when there is no post (−1: unknown, the interaction is skipped). */
  readonly target?: ArrayLike<number>;
  /** Time in ms since epoch; NaN when unknown. */
  readonly time?: ArrayLike<number>;
  /** How many engagements the row stands for. @defaultValue 1 */
  readonly weight?: ArrayLike<number>;
}

/**
 * Engagement data in columns, the input of {@link EngagementScorer.scoreColumns}.
 *
 * @example
 * ```ts
 * const data: EngagementColumns = {
 *   keys: ['ana', 'bo'],
 *   followers: Float64Array.of(1200, 50),
 *   posts: { author: Int32Array.of(0, 0, 1), counts: { like: Float64Array.of(30, 12, 4) } },
 * };
 * engagementRate().scoreColumns(data).get('ana');
 * ```
 */
export interface EngagementColumns {
  /** Account keys, index-aligned. @defaultValue `'0'`, `'1'`, … */
  readonly keys?: readonly string[];
  /** Number of accounts, when `keys` is absent. */
  readonly accounts?: number;
  /** Follower count per account; required for the `followers` denominator and for tiers. */
  readonly followers?: ArrayLike<number>;
  readonly posts?: EngagementPostColumns;
  readonly interactions?: EngagementInteractionColumns;
}

/** @internal Columns after validation: lengths agree, indices are in range, counts are not negative. */
export interface CheckedColumns {
  readonly n: number;
  readonly keys: readonly string[];
  readonly followers: ArrayLike<number> | null;
  readonly postCount: number;
  readonly posts: EngagementPostColumns | null;
  readonly counts: [string, ArrayLike<number>][];
  readonly interactionCount: number;
  readonly interactions: EngagementInteractionColumns | null;
}

const MAX_ISSUES = 50;

class Issues {
  readonly list: ErrorIssue[] = [];
  add(issue: ErrorIssue): void {
    if (this.list.length < MAX_ISSUES) this.list.push(issue);
  }
  throwIfAny(message: string): void {
    if (this.list.length > 0) throw new InfluenceScoreError('INVALID_INPUT', message, this.list);
  }
}

function checkLength(issues: Issues, path: string[], column: ArrayLike<number> | readonly string[] | undefined, expected: number): void {
  if (column !== undefined && column.length !== expected) {
    issues.add({ path, field: path[path.length - 1], message: `has length ${column.length}; expected ${expected}` });
  }
}

function checkNonNegative(issues: Issues, collection: string, column: ArrayLike<number> | undefined, field: string, name: (i: number) => string, path: (string | number)[]): void {
  if (!column) return;
  for (let i = 0; i < column.length; i++) {
    const x = column[i];
    if (x < 0 || x === Infinity || x === -Infinity) {
      issues.add({ path: [...path, i], record: i, field, message: `${collection} ${name(i)} has ${field} ${x}; must be a finite number ≥ 0 (NaN means unknown)` });
    }
  }
}

/** @internal Validates columnar input; throws `INVALID_INPUT` naming every bad record. */
export function checkColumns(data: EngagementColumns): CheckedColumns {
  const issues = new Issues();
  const n = data.keys?.length ?? data.accounts;
  if (n === undefined || !Number.isInteger(n) || n < 0) {
    throw new InfluenceScoreError('INVALID_INPUT', 'Engagement columns need `keys` or a non-negative integer `accounts`', [{ path: ['accounts'], field: 'accounts', message: `got ${String(n)}` }]);
  }
  const keys = data.keys ?? Array.from({ length: n }, (_, i) => String(i));
  checkLength(issues, ['followers'], data.followers, n);
  const accountName = (i: number): string => JSON.stringify(keys[i]);
  if (data.followers) {
    for (let i = 0; i < n; i++) {
      const f = data.followers[i];
      if (!(f >= 0) || f === Infinity) issues.add({ path: ['followers', i], record: i, field: 'followers', message: `account ${accountName(i)} has followers ${f}; must be a finite number ≥ 0` });
    }
  }

  const posts = data.posts ?? null;
  const postCount = posts ? posts.author.length : 0;
  const counts: [string, ArrayLike<number>][] = posts?.counts ? (posts.counts instanceof Map ? [...posts.counts] : Object.entries(posts.counts)) : [];
  if (posts) {
    const postName = (p: number): string => (posts.ids ? JSON.stringify(posts.ids[p]) : `#${p}`);
    for (const field of ['ids', 'time', 'impressions', 'reach'] as const) checkLength(issues, ['posts', field], posts[field], postCount);
    for (const [type, column] of counts) checkLength(issues, ['posts', 'counts', type], column, postCount);
    issues.throwIfAny('Engagement post columns have inconsistent lengths');
    for (let p = 0; p < postCount; p++) {
      const a = posts.author[p];
      if (!(Number.isInteger(a) && a >= 0 && a < n)) {
        issues.add({ path: ['posts', 'author', p], record: p, field: 'author', message: `post ${postName(p)} has author ${a}, which is not an account index in [0, ${n})` });
      }
    }
    checkNonNegative(issues, 'post', posts.impressions, 'impressions', postName, ['posts', 'impressions']);
    checkNonNegative(issues, 'post', posts.reach, 'reach', postName, ['posts', 'reach']);
    for (const [type, column] of counts) checkNonNegative(issues, 'post', column, type, postName, ['posts', 'counts', type]);
    if (posts.ids) {
      const seen = new Map<string, number>();
      for (let p = 0; p < postCount; p++) {
        const first = seen.get(posts.ids[p]);
        if (first === undefined) seen.set(posts.ids[p], p);
        else issues.add({ path: ['posts', 'ids', p], record: p, field: 'id', message: `post id ${postName(p)} is a duplicate of post #${first}` });
      }
    }
  }

  const interactions = data.interactions ?? null;
  const interactionCount = interactions ? interactions.type.length : 0;
  if (interactions) {
    for (const field of ['post', 'target', 'time', 'weight'] as const) checkLength(issues, ['interactions', field], interactions[field], interactionCount);
    issues.throwIfAny('Engagement interaction columns have inconsistent lengths');
    const types = interactions.typeNames.length;
    for (let i = 0; i < interactionCount; i++) {
      const t = interactions.type[i];
      if (!(Number.isInteger(t) && t >= 0 && t < types)) issues.add({ path: ['interactions', 'type', i], record: i, field: 'type', message: `interaction ${i} has type code ${t}, not an index into typeNames` });
      const p = interactions.post ? interactions.post[i] : -1;
      if (!(Number.isInteger(p) && p >= -1 && p < postCount)) issues.add({ path: ['interactions', 'post', i], record: i, field: 'post', message: `interaction ${i} points at post ${p}, not a post index in [0, ${postCount}) or −1` });
      const target = interactions.target ? interactions.target[i] : -1;
      if (!(Number.isInteger(target) && target >= -1 && target < n)) issues.add({ path: ['interactions', 'target', i], record: i, field: 'target', message: `interaction ${i} points at account ${target}, not an account index in [0, ${n}) or −1` });
    }
    checkNonNegative(issues, 'interaction', interactions.weight, 'weight', (i) => `#${i}`, ['interactions', 'weight']);
  }
  issues.throwIfAny('Invalid engagement input');
  return { n, keys, followers: data.followers ?? null, postCount, posts, counts, interactionCount, interactions };
}
