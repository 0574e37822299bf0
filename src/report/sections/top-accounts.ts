/**
 * The ranked table: the top accounts by the report's score, each composite part's normalized value
 * (a percentile in [0, 1] by default, drawn as a small bar) and one sentence saying why.
 */
import type { ScoreVector } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { z } from 'zod';

/** One part of one account's score. */
export interface PartValue {
  readonly name: string;
  /** The part's normalized value (what `combine` averaged). */
  readonly value: number;
}

/** One row of the ranked table. */
export interface TopAccountRow {
  readonly rank: number;
  readonly node: string;
  readonly label: string;
  readonly score: number;
  /** Share of accounts scoring strictly lower, in [0, 1). */
  readonly beats: number;
  readonly parts: readonly PartValue[];
  readonly explanation: string;
  /** Every part's numbers, one line each (when the options give `detail`). */
  readonly detail?: string;
}

/** Data of the ranked table. */
export interface TopAccountsData {
  /** Human name of the score. */
  readonly scorer: string;
  /** The score's declared bounds (for the bar of a plain scorer). */
  readonly range: readonly [number, number];
  readonly partNames: readonly string[];
  readonly rows: readonly TopAccountRow[];
  /** Accounts scored in all. */
  readonly total: number;
}

/** Inputs of {@link topAccountsData}. */
export interface TopAccountsOptions {
  /** Rows to keep. */
  top: number;
  label: LabelOf;
  /** One sentence per node, given its rank and the share of accounts it beats. */
  explanation: (node: string, standing: { rank: number; beats: number }) => string;
  /** Human name of the score. */
  scorer: string;
  /** Every part's numbers for a node, e.g. `formatExplanation(explain(vector, node))`. @defaultValue none */
  detail?: (node: string) => string;
}

/**
 * Builds the ranked table: the best `top` accounts of `vector` (its own order, ties by graph order),
 * their parts when `vector` is a composite, and their explanation.
 *
 * @example
 * ```ts
 * topAccountsData(vector, { top: 20, label: (n) => n, explanation: () => '', scorer: 'PageRank' });
 * ```
 */
export function topAccountsData(vector: ScoreVector, options: TopAccountsOptions): Section<TopAccountsData> {
  checkArguments('topAccountsData', [vector, options], [['vector', argument.vector], ['options', z.object({ top: argument.finite, label: argument.fn, explanation: argument.fn, scorer: argument.string }).loose()]]);
  if (vector.keys.length === 0) return skipped('the graph has no accounts');
  const partNames = Object.keys(vector.parts ?? {});
  const sorted = Float64Array.from(vector.values).sort();
  const below = (v: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const n = vector.keys.length;
  const rows = vector.top(options.top).map(({ key, value, rank }) => {
    const lower = below(value);
    const beats = (vector.meta.higherIsBetter ? lower : n - lower - countEqual(sorted, value, lower)) / n;
    return {
      rank,
      node: key,
      label: options.label(key),
      score: value,
      beats,
      parts: partNames.map((name) => ({ name, value: vector.parts![name].get(key)! })),
      explanation: options.explanation(key, { rank, beats }),
      ...(options.detail ? { detail: options.detail(key) } : {}),
    };
  });
  return shown({ scorer: options.scorer, range: vector.meta.range, partNames, rows, total: n });
}

function countEqual(sorted: Float64Array, v: number, from: number): number {
  let i = from;
  while (i < sorted.length && sorted[i] === v) i++;
  return i - from;
}
