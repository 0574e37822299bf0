/**
 * Tenure: account age at `asOf` through a saturating curve (the Michaelis–Menten / hyperbolic form),
 *   tenure(v) = age / (age + halfSaturation),   age = asOf − createdAt(v)
 * 0 for a brand-new account, ½ at `halfSaturation`, → 1 for old accounts, with diminishing returns
 * (one more year matters less for a ten-year-old account). Account age as a credibility cue:
 * Castillo, Mendoza & Poblete 2011 (Information credibility on Twitter, WWW).
 */
import { z } from 'zod';
import { type ErrorIssue, InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { resolveAsOf } from './internal/shared.js';
import { warning, type Warning } from '../../core/warnings.js';

const DAY = 86_400_000;
const MAX_LISTED = 20;
/** Shown in the warning: the first few accounts left out. */
const MAX_NAMED = 3;
/**
 * A creation time this far after asOf is a unit error (µs or ns read as ms), not an account from the
 * future of a time window: refused.
 */
const IMPLAUSIBLE_AHEAD = 100 * 365 * DAY;

const schema = z
  .object({
    halfSaturation: z.number().positive().refine(Number.isFinite, 'must be finite').default(365 * DAY),
    asOf: z.number().refine(Number.isFinite, 'must be finite').optional(),
    createdAtAttribute: z.string().min(1).default('createdAt'),
    missing: z.enum(['error', 'zero']).default('error'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link tenure}. */
export interface TenureOptions {
  /** Age (ms) at which tenure is ½. @defaultValue 365 days */
  halfSaturation?: number;
  /** "Now" (ms since the epoch). @defaultValue the view's asOf, else the latest edge time */
  asOf?: number;
  /** Node attribute holding the creation time (ms or Date). @defaultValue `'createdAt'` */
  createdAtAttribute?: string;
  /** Accounts without a creation time: `'error'` (MISSING_DATA) or score `'zero'` (treated as new). @defaultValue `'error'` */
  missing?: 'error' | 'zero';
  /** Which edges fix the default asOf. @defaultValue every edge */
  view?: ViewOptions;
}

/** `t` as an ISO date, or as ms when it lies outside what a Date holds (±8.64e15 ms, e.g. nanosecond times). */
function showTime(t: number): string {
  return Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : `${t} ms`;
}

/**
 * Tenure: account age through a saturating curve, in [0, 1). An account created after `asOf` did not
 * exist yet then (a past time window of `trend`, say): it is left out, scored 0 like a brand-new
 * account, and `meta.warnings` says how many were. A creation time more than a century after
 * `asOf` is an `INVALID_INPUT` error: wrong units (µs or ns) are likelier than such an account.
 *
 * @example
 * ```ts
 * const t = tenure({ halfSaturation: 2 * 365 * 86_400_000, asOf: Date.UTC(2024, 0, 1) }).score(graph);
 * t.get('ada'); // 0.5 when ada's account is two years old
 * ```
 */
export function tenure(options: TenureOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'tenure');
  return createScorer({
    id: 'tenure',
    label: 'Tenure',
    description: 'age / (age + halfSaturation), age = asOf − createdAt: saturating account age. Castillo et al. 2011.',
    range: [0, 1],
    higherIsBetter: true,
    params,
    view,
    compute(ctx) {
      const asOf = resolveAsOf(ctx, params.asOf, 'tenure');
      const created = ctx.column(params.createdAtAttribute);
      const values = new Float64Array(ctx.n);
      const absent: ErrorIssue[] = [];
      const implausible: ErrorIssue[] = [];
      const notYet: string[] = [];
      let absentCount = 0;
      let implausibleCount = 0;
      let notYetCount = 0;
      for (let v = 0; v < ctx.n; v++) {
        const c = created[v];
        const path = ['nodes', ctx.keys[v], params.createdAtAttribute];
        if (Number.isNaN(c)) {
          absentCount++;
          if (absent.length < MAX_LISTED) absent.push({ path, field: params.createdAtAttribute, message: `account "${ctx.keys[v]}" has no ${params.createdAtAttribute}` });
          continue;
        }
        if (c - asOf > IMPLAUSIBLE_AHEAD) {
          implausibleCount++;
          if (implausible.length < MAX_LISTED) {
            implausible.push({ path, field: params.createdAtAttribute, message: `account "${ctx.keys[v]}" was created at ${c} ms, more than a century after asOf ${showTime(asOf)}` });
          }
          continue;
        }
        if (c > asOf) {
          // Not created yet at asOf: left out (0, as for an account created at asOf).
          notYetCount++;
          if (notYet.length < MAX_NAMED) notYet.push(`"${ctx.keys[v]}"`);
          continue;
        }
        const age = asOf - c;
        values[v] = age / (age + params.halfSaturation);
      }
      if (implausibleCount > 0) {
        throw new InfluenceScoreError(
          'INVALID_INPUT',
          `tenure: ${implausibleCount} account(s) were created more than a century after asOf; check the units (${params.createdAtAttribute} in ms since the epoch)`,
          implausible,
        );
      }
      const warnings: Warning[] = [];
      if (notYetCount > 0) {
        const named = `${notYet.join(', ')}${notYetCount > notYet.length ? ` and ${notYetCount - notYet.length} more` : ''}`;
        warnings.push(warning('AFTER_AS_OF', `${notYetCount} account(s) created after asOf ${showTime(asOf)} did not exist yet and were left out (scored 0): ${named}`));
      }
      if (absentCount > 0) {
        if (params.missing === 'error') {
          throw new InfluenceScoreError('MISSING_DATA', `tenure: ${absentCount} account(s) have no ${params.createdAtAttribute}; add it, or pass missing: 'zero'`, absent);
        }
        warnings.push(warning('MISSING_DATA', `${absentCount} account(s) without ${params.createdAtAttribute} scored 0`));
      }
      return { values, warnings, params: { asOf } };
    },
  });
}
