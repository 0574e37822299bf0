/**
 * Slate picking as maximum coverage: choose accounts whose audiences together reach the most distinct
 * people. Greedy (each step the account adding the most people not yet reached) reaches at least
 * (1 − 1/e) ≈ 63% of the best possible slate of the same size (Nemhauser, Wolsey & Fisher 1978), and
 * no polynomial algorithm guarantees more unless P = NP (Feige 1998). Gains only shrink as the slate
 * grows (submodularity), so stale gains are upper bounds and are re-evaluated lazily, as CELF does
 * (Minoux 1978; Leskovec et al. 2007): same picks as plain greedy, far fewer audience scans.
 *
 * Under a budget with per-account costs, two lazy greedies run, one by gain and one by gain per unit
 * cost, and the better slate is returned: at least (1 − 1/e)/2 of the optimum within the budget
 * (Leskovec et al. 2007, after Khuller, Moss & Naor 1999).
 */
import { z } from 'zod';
import type { ScoreInput } from '../../scorers/scorer.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { MaxHeap } from '../../core/max-heap.js';
import { parseOptions } from '../../core/options.js';
import { accountIndices, audienceContext, audienceFields, audienceOf, type AudienceOptions } from './audiences.js';
import { warning, type Warning } from '../../core/warnings.js';

const costValue = z.number().positive().refine(Number.isFinite, 'must be finite');
const schema = z
  .object({
    ...audienceFields,
    k: z.number().int().positive().optional(),
    budget: z.number().positive().refine(Number.isFinite, 'must be finite').optional(),
    cost: z.union([z.record(z.string(), costValue), z.instanceof(Map<string, number>)]).optional(),
  })
  .strict()
  .refine((o) => o.k !== undefined || o.budget !== undefined, { message: 'give k, a budget, or both', path: ['k'] })
  .refine((o) => o.cost === undefined || o.budget !== undefined, { message: 'cost needs a budget', path: ['cost'] });

/** Options of {@link pickSlate}. */
export interface PickSlateOptions extends AudienceOptions {
  /** The most accounts to pick. @defaultValue no limit when a budget is given (one of the two is required) */
  k?: number;
  /** The most the slate may cost, in the units of `cost`. @defaultValue no budget */
  budget?: number;
  /** Cost of each candidate (positive). Candidates not listed cost 1. @defaultValue 1 each */
  cost?: Record<string, number> | Map<string, number>;
}

/** One pick of {@link pickSlate}. */
export interface SlatePick {
  readonly key: string;
  /** People this account adds that the accounts picked before it do not reach. */
  readonly marginal: number;
  /** Distinct people reached by the slate up to and including this pick. */
  readonly reach: number;
  readonly cost: number;
}

/** Result of {@link pickSlate}. */
export interface Slate {
  /** Picks in the order chosen. */
  readonly picks: readonly SlatePick[];
  /** Distinct people the slate reaches. */
  readonly reach: number;
  readonly cost: number;
  /** The share of the optimum the slate is guaranteed to reach: 1 − 1/e, or (1 − 1/e)/2 under a budget with costs. */
  readonly guarantee: number;
  /** Which greedy produced the slate (under a budget with costs, the better of the two). */
  readonly rule: 'gain' | 'gain-per-cost';
  /** How many audience scans the lazy evaluation did (plain greedy would do about k × candidates). */
  readonly evaluations: number;
  readonly warnings: readonly Warning[];
}

/**
 * Picks the slate of `candidates` that reaches the most distinct people (greedy maximum coverage).
 *
 * @example
 * ```ts
 * const slate = pickSlate(graph, ['ada', 'bob', 'cy', 'dee'], { k: 2 });
 * slate.picks.map((p) => `${p.key} +${p.marginal}`); // ['bob +120', 'dee +85']
 * ```
 */
export function pickSlate(graph: ScoreInput, candidates: readonly string[], options: PickSlateOptions): Slate {
  const opts = parseOptions(schema, options, 'pickSlate');
  const { ctx, warnings } = audienceContext(graph, opts, 'pickSlate');
  const index = accountIndices(ctx, candidates, 'pickSlate', 'candidates');
  const costs = candidates.map((key) => costOf(opts.cost, key));
  const limit = { k: opts.k ?? candidates.length, budget: opts.budget ?? Infinity };
  const rows = Array.from(index, (i) => audienceOf(ctx, i));
  const byGain = lazyGreedy(ctx.n, rows, costs, limit, false);
  const withCosts = opts.cost !== undefined;
  const byRatio = withCosts ? lazyGreedy(ctx.n, rows, costs, limit, true) : null;
  const best = byRatio && byRatio.reach > byGain.reach ? byRatio : byGain;
  if (best.reach === 0) warnings.push(warning('NO_AUDIENCE', `pickSlate: no candidate reaches anyone in this view (${opts.audience}); the slate is empty`));
  return {
    picks: best.picked.map((x, step) => ({ key: candidates[x], marginal: best.marginals[step], reach: best.cumulative[step], cost: costs[x] })),
    reach: best.reach,
    cost: best.picked.reduce((s, x) => s + costs[x], 0),
    guarantee: withCosts ? (1 - 1 / Math.E) / 2 : 1 - 1 / Math.E,
    rule: best === byRatio ? 'gain-per-cost' : 'gain',
    evaluations: byGain.evaluations + (byRatio?.evaluations ?? 0),
    warnings,
  };
}

function costOf(cost: Record<string, number> | Map<string, number> | undefined, key: string): number {
  if (cost === undefined) return 1;
  const value = cost instanceof Map ? cost.get(key) : Object.hasOwn(cost, key) ? cost[key] : undefined;
  if (value !== undefined && !(value > 0 && Number.isFinite(value))) {
    throw new InfluenceScoreError('INVALID_OPTION', `pickSlate: cost of "${key}" must be a positive finite number, got ${value}`, [{ path: ['cost', key], field: 'cost', message: 'not a positive finite number' }]);
  }
  return value ?? 1;
}

interface GreedyRun {
  picked: number[];
  marginals: number[];
  cumulative: number[];
  reach: number;
  evaluations: number;
}

/**
 * Lazy greedy: a max-heap of upper bounds on each candidate's priority (gain, or gain per cost); the top is
 * re-evaluated and picked if its fresh priority still tops the heap. Ties go to the earlier candidate.
 */
function lazyGreedy(n: number, rows: Int32Array[], costs: number[], limit: { k: number; budget: number }, perCost: boolean): GreedyRun {
  const covered = new Uint8Array(n);
  const heap = new MaxHeap(rows.length);
  const round = new Int32Array(rows.length);
  for (let x = 0; x < rows.length; x++) heap.push(priority(rows[x].length, costs[x], perCost), x);
  const run: GreedyRun = { picked: [], marginals: [], cumulative: [], reach: 0, evaluations: 0 };
  let spent = 0;
  while (run.picked.length < limit.k && heap.size > 0) {
    const x = heap.topId();
    if (spent + costs[x] > limit.budget) {
      heap.pop();
      continue;
    }
    if (round[x] !== run.picked.length) {
      heap.pop();
      let gain = 0;
      for (const v of rows[x]) if (covered[v] === 0) gain++;
      run.evaluations++;
      round[x] = run.picked.length;
      if (gain > 0) heap.push(priority(gain, costs[x], perCost), x);
      continue;
    }
    heap.pop();
    let gain = 0;
    for (const v of rows[x]) {
      if (covered[v] === 0) {
        covered[v] = 1;
        gain++;
      }
    }
    if (gain === 0) break;
    spent += costs[x];
    run.reach += gain;
    run.picked.push(x);
    run.marginals.push(gain);
    run.cumulative.push(run.reach);
  }
  return run;
}

function priority(gain: number, cost: number, perCost: boolean): number {
  return perCost ? gain / cost : gain;
}
