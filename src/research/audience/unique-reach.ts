/**
 * Unique reach: how many distinct people a set of accounts reaches, |A₁ ∪ … ∪ A_k|, and how many of
 * them only one account of the set reaches. Exact: one pass over the audiences with a mark per node,
 * O(Σ|Aᵢ| + n) time and n bytes.
 */
import { z } from 'zod';
import type { ScoreInput } from '../../scorers/scorer.js';
import { parseOptions } from '../../core/options.js';
import { accountIndices, audienceContext, audienceFields, audienceOf, type AudienceOptions } from './audiences.js';
import { warning, type Warning } from '../../core/warnings.js';

const schema = z.object({ ...audienceFields }).strict();

/** Options of {@link uniqueReach}. */
export type UniqueReachOptions = AudienceOptions;

/** Result of {@link uniqueReach}. */
export interface UniqueReach {
  /** Distinct members reached by at least one account. */
  readonly reach: number;
  /** Σ audience sizes: what a budget pays for when every impression counts. */
  readonly total: number;
  /** reach / total: 1 when no one is reached twice; 0 when nobody is reached. */
  readonly efficiency: number;
  /** Per account, in the order given: its audience size and the members no other account of the set reaches. */
  readonly accounts: readonly { readonly key: string; readonly audience: number; readonly exclusive: number }[];
  readonly warnings: readonly Warning[];
}

/**
 * How many distinct people `accounts` reach together.
 *
 * @example
 * ```ts
 * const r = uniqueReach(graph, ['ada', 'bob']);
 * r.reach;      // distinct followers of ada or bob
 * r.efficiency; // 1 − the share of paid reach that is duplicated
 * ```
 */
export function uniqueReach(graph: ScoreInput, accounts: readonly string[], options: UniqueReachOptions = {}): UniqueReach {
  const opts = parseOptions(schema, options, 'uniqueReach');
  const { ctx, warnings } = audienceContext(graph, opts, 'uniqueReach');
  const index = accountIndices(ctx, accounts, 'uniqueReach');
  // seen[v]: how many accounts of the set reach v, saturating at 2 (only "once" matters).
  const seen = new Uint8Array(ctx.n);
  let reach = 0;
  let total = 0;
  for (const i of index) {
    const row = audienceOf(ctx, i);
    total += row.length;
    for (const v of row) {
      if (seen[v] === 0) reach++;
      if (seen[v] < 2) seen[v]++;
    }
  }
  const rows = Array.from(index, (i) => audienceOf(ctx, i));
  if (total === 0) warnings.push(warning('NO_AUDIENCE', `uniqueReach: none of the ${accounts.length} accounts has an audience in this view (${opts.audience}); reach is 0`));
  return {
    reach,
    total,
    efficiency: total > 0 ? reach / total : 0,
    accounts: accounts.map((key, x) => ({ key, audience: rows[x].length, exclusive: rows[x].reduce((s, v) => s + (seen[v] === 1 ? 1 : 0), 0) })),
    warnings,
  };
}
