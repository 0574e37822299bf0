/**
 * The score's distribution: every finite score (for the histogram), its quartiles, and where the
 * ranked table's cut lies, so a reader sees how far the top accounts stand from the crowd.
 */
import type { ScoreVector } from '../../index.js';
import { type Section, shown, skipped } from './section.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';

/** Data of the distribution chart. */
export interface DistributionData {
  readonly values: Float64Array;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  /** The score of the last row of the ranked table. */
  readonly cut: number;
  /** Rows in the ranked table. */
  readonly top: number;
}

/** Linear-interpolation quantile (numpy's default) of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Builds the distribution of `vector`'s scores; skipped when fewer than 3 accounts or every score is
 * equal (a histogram of one bar says nothing).
 *
 * @example
 * ```ts
 * distributionData(vector, 20); // { values, min, q1, median, q3, max, cut, top: 20 }
 * ```
 */
export function distributionData(vector: ScoreVector, top: number): Section<DistributionData> {
  checkArguments('distributionData', [vector, top], [['vector', argument.vector], ['top', argument.finite]]);
  const values = vector.values.filter(Number.isFinite);
  if (values.length < 3) return skipped(`${values.length} account(s) scored: too few for a distribution`);
  const sorted = Float64Array.from(values).sort();
  if (sorted[0] === sorted[sorted.length - 1]) return skipped(`every account scored ${sorted[0]}: nothing to tell apart`);
  const shownRows = vector.top(top);
  return shown({
    values,
    min: sorted[0],
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
    cut: shownRows[shownRows.length - 1].value,
    top: shownRows.length,
  });
}
