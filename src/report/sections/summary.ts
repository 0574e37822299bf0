/**
 * The input summary: what was scored, how, with which library version and when, and every warning,
 * so a reader can reproduce the report and knows what changed a result.
 */
import { distinctWarnings } from '../warnings.js';
import { type Warning } from '../../core/warnings.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { z } from 'zod';

/** Data of the summary section. */
export interface SummaryData {
  readonly title: string;
  readonly source: string | null;
  readonly nodes: number;
  readonly edges: number;
  readonly directed: boolean;
  /** The view as given (relations, window, decay, as-of), or null for every edge. */
  readonly view: Readonly<Record<string, unknown>> | null;
  /** The scorer's id and its resolved parameters. */
  readonly scorer: { readonly id: string; readonly label: string; readonly params: Readonly<Record<string, unknown>> };
  /** Each said once (a repeat with a `source: ` prefix added or removed counts as a repeat), in the order they arose. */
  readonly warnings: readonly Warning[];
  /** Sections left out, with why. */
  readonly skipped: readonly { readonly section: string; readonly reason: string }[];
  readonly version: string;
  /** ISO 8601. */
  readonly date: string;
  /** Edge time span, ms since the epoch; null when edges carry no times. */
  readonly timeSpan: readonly [number, number] | null;
}

/**
 * Assembles the summary; warnings are deduplicated keeping their first position, a warning that only
 * adds or drops a `source: ` prefix counting as a repeat (`amplification: x` and `x`).
 *
 * @example
 * ```ts
 * summaryData({ title: 'Report', source: 'x.csv', nodes: 3, edges: 2, directed: true, view: null, scorer, warnings: [], skipped: [], version: '0.1.0', date: new Date(), timeSpan: null });
 * ```
 */
export function summaryData(input: Omit<SummaryData, 'date'> & { date: Date }): SummaryData {
  checkArguments('summaryData', [input], [['input', z.object({ title: argument.string, nodes: argument.finite, edges: argument.finite, warnings: z.array(z.object({ code: argument.string, message: argument.string })), skipped: z.array(argument.object), date: z.date() }).loose()]]);
  return { ...input, warnings: distinctWarnings(input.warnings), date: input.date.toISOString() };
}
