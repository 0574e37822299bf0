/**
 * Penalties: moderation flags lower trust by fixed, documented factors.
 *   penalty(v) = Π over the distinct flags f of v of factor(f)     (1 = no penalty)
 * Default factors: `revoked` 0 (a revoked key or credential vouches for nothing), `suspended` 0.2
 * (the platform itself stopped the account), `reported` 0.8 (a complaint, not a verdict). Flags
 * without a factor count 1. Used by {@link trust} as a multiplier on the combined signals.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { readFlags } from './internal/shared.js';

const DEFAULT_FACTORS: readonly (readonly [string, number])[] = [
  ['revoked', 0],
  ['suspended', 0.2],
  ['reported', 0.8],
];

const factor = z.number().min(0).max(1);

const schema = z
  .object({
    factors: z.union([z.record(z.string(), factor), z.instanceof(Map<string, number>)]).optional(),
    flagsAttribute: z.string().min(1).default('flags'),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.factors instanceof Map) {
      for (const [flag, f] of o.factors) {
        if (!(f >= 0 && f <= 1)) ctx.addIssue({ code: 'custom', path: ['factors', flag], message: `factor must be in [0, 1], got ${f}` });
      }
    }
  });

/** Options of {@link penalties}. */
export interface PenaltiesOptions {
  /** Flag → multiplier in [0, 1], merged over the defaults (set a default's flag to 1 to ignore it). @defaultValue `{ revoked: 0, suspended: 0.2, reported: 0.8 }` */
  factors?: Record<string, number> | Map<string, number>;
  /** Node attribute holding the flags (an array of strings). @defaultValue `'flags'` */
  flagsAttribute?: string;
  /** Unused by the computation (flags are node data); accepted so contexts can be shared. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Penalty multiplier from account flags, in [0, 1]: 1 for an unflagged account.
 *
 * @example
 * ```ts
 * const p = penalties({ factors: { reported: 0.5, 'spam-suspect': 0.6 } }).score(graph);
 * p.get('troll'); // 0.3 for flags ['reported', 'spam-suspect']
 * ```
 */
export function penalties(options: PenaltiesOptions = {}): Scorer {
  const { view, factors: given, flagsAttribute } = parseOptions(schema, options, 'penalties');
  const factors = new Map<string, number>(DEFAULT_FACTORS);
  for (const [flag, f] of given instanceof Map ? given : Object.entries(given ?? {})) factors.set(flag, f);
  return createScorer({
    id: 'penalties',
    label: 'Penalties',
    description: `Π factor(flag) over the account's distinct flags (${[...factors].map(([f, x]) => `${f} ${x}`).join(', ')}; others 1).`,
    range: [0, 1],
    higherIsBetter: true,
    params: { factors: Object.fromEntries(factors), flagsAttribute },
    view,
    compute(ctx) {
      const flags = readFlags(ctx, flagsAttribute);
      const values = new Float64Array(ctx.n);
      let flagged = 0;
      for (let v = 0; v < ctx.n; v++) {
        let product = 1;
        for (const flag of new Set(flags[v])) product *= factors.get(flag) ?? 1;
        values[v] = product;
        if (product < 1) flagged++;
      }
      return { values, extra: { penalized: flagged } };
    },
  });
}
