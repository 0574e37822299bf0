/**
 * The weight of a dated engagement record: 0 when it is excluded (after `asOf`, outside `window`),
 * else its exponential decay 0.5^((asOf − t)/halfLife), or 1 without decay. Undated records follow
 * `undated` when decay or a window needs a time: an issue naming the record (`error`), 0 (`drop`),
 * or 1 (`keep`). Counts what it excluded, for the warnings.
 */
import { type ErrorIssue, InfluenceScoreError } from '../../core/errors.js';
import type { CheckedColumns } from './columns.js';
import type { ResolvedEngagementOptions } from './options.js';

const MAX_ISSUES = 50;

/** @internal A time weighting resolved against the data. */
export interface TimeWeights {
  /** "Now": `options.asOf`, else the latest time in the data, or null when nothing is dated. */
  readonly asOf: number | null;
  /** Records later than this are left out. */
  readonly latestAllowed: number;
  /** Weight of a record at time `t` (NaN: undated); `record` names it in an issue. */
  weigh(t: number, collection: 'posts' | 'interactions', record: number): number;
  /** Throws `INVALID_INPUT` naming the undated records, if `undated: 'error'` met any. */
  throwIfUndated(): void;
  /** What was left out or kept without decay, so far. */
  readonly counts: { undatedDropped: number; undatedKept: number; future: number };
}

/** The latest finite time in the data, or null. */
function latestTime(data: CheckedColumns): number | null {
  let latest = -Infinity;
  const scan = (column: ArrayLike<number> | undefined): void => {
    if (!column) return;
    for (let i = 0; i < column.length; i++) if (column[i] > latest) latest = column[i];
  };
  scan(data.posts?.time);
  scan(data.interactions?.time);
  return latest > -Infinity ? latest : null;
}

/** @internal The time weighting `options` asks for on `data`. */
export function timeWeights(data: CheckedColumns, options: ResolvedEngagementOptions): TimeWeights {
  const asOf = options.asOf ?? latestTime(data);
  const latestAllowed = asOf ?? Infinity;
  const decayRate = options.halfLife !== undefined && asOf !== null ? Math.LN2 / options.halfLife : 0;
  const needsTime = options.halfLife !== undefined || options.window !== undefined;
  const from = options.window?.from ?? -Infinity;
  const to = options.window?.to ?? Infinity;
  const postIds = data.posts?.ids;
  const issues: ErrorIssue[] = [];
  const counts = { undatedDropped: 0, undatedKept: 0, future: 0 };
  const undated = (collection: 'posts' | 'interactions', record: number): number => {
    if (!needsTime) return 1;
    if (options.undated === 'error') {
      if (issues.length < MAX_ISSUES) {
        const what = collection === 'interactions' ? `interaction #${record}` : postIds ? `post ${JSON.stringify(postIds[record])}` : `post #${record}`;
        const needs = options.halfLife !== undefined ? 'halfLife' : 'window';
        issues.push({ path: [collection, 'time', record], record, field: 'time', message: `${what} has no time, which ${needs} needs (or set undated: 'drop' | 'keep')` });
      }
      return 0;
    }
    if (options.undated === 'drop') {
      counts.undatedDropped++;
      return 0;
    }
    counts.undatedKept++;
    return 1;
  };
  return {
    asOf,
    latestAllowed,
    counts,
    weigh(t, collection, record) {
      if (Number.isNaN(t)) return undated(collection, record);
      if (t > latestAllowed) {
        counts.future++;
        return 0;
      }
      if (t < from || t > to) return 0;
      return decayRate > 0 ? Math.exp(-decayRate * (asOf! - t)) : 1;
    },
    throwIfUndated() {
      if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'Undated engagement records under decay or window', issues);
    },
  };
}
