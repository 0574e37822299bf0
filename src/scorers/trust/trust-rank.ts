/**
 * TrustRank (Gyöngyi, Garcia-Molina & Pedersen 2004, "Combating Web Spam with TrustRank", VLDB):
 * PageRank whose teleport goes only to trusted seed accounts,
 *   t = α·(Wᵀ D⁻¹ t + (Σ_dangling t)·d) + (1 − α)·d,   d = the seeds' distribution
 * so trust flows along `u → v` (u endorses v) outward from the seeds and decays with distance. Without
 * given seeds, the paper's rule picks them: the `seedCount` accounts with the highest inverse PageRank
 * (PageRank on the reversed graph: accounts that reach many others), optionally kept only when an
 * oracle (`seedFilter`) approves them. A Sybil ring reached by few edges from honest accounts gets
 * little trust however densely it endorses itself.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import { orderIndices } from '../../core/score-vector.js';
import type { ScoringContext } from '../../context/context.js';
import type { ViewOptions } from '../../context/view.js';
import { distribution, type NodeWeights } from '../shared/node-weights.js';
import { solvePageRank } from '../shared/pagerank-solve.js';
import { createScorer } from '../create-scorer.js';

const seedsSchema = z
  .union([
    z.array(z.string()),
    z.record(z.string(), z.number().nonnegative().refine(Number.isFinite, 'must be finite')),
    z.instanceof(Map<string, number>),
  ])
  .refine(
    (s) => (Array.isArray(s) ? s.length > 0 : [...(s instanceof Map ? s.values() : Object.values(s))].some((w) => w > 0)),
    'the seed set is empty: name at least one account (with a positive weight)',
  );

const schema = z
  .object({
    seeds: seedsSchema.optional(),
    seedCount: z.number().int().positive().default(20),
    seedFilter: z.custom<(key: string) => boolean>((f) => typeof f === 'function', 'must be a function (key) => boolean').optional(),
    alpha: z.number().gt(0).lt(1).default(0.85),
    inverseAlpha: z.number().gt(0).lt(1).default(0.85),
    weighted: z.boolean().default(true),
    tolerance: z.number().positive().default(1e-10),
    maxIterations: z.number().int().positive().default(1000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link trustRank}. */
export interface TrustRankOptions {
  /** Trusted accounts: keys (equal trust) or key → trust weight. Unknown keys raise `UNKNOWN_NODE`. @defaultValue picked by inverse PageRank */
  seeds?: string[] | NodeWeights;
  /** Without `seeds`: how many top inverse-PageRank accounts become seeds. @defaultValue `20` */
  seedCount?: number;
  /** Without `seeds`: the oracle that vets each candidate (Gyöngyi et al.'s human check); candidates are taken in inverse-PageRank order until `seedCount` pass. @defaultValue accept all */
  seedFilter?: (key: string) => boolean;
  /** Probability of following an endorsement instead of jumping back to a seed. @defaultValue `0.85` */
  alpha?: number;
  /** Damping of the inverse PageRank that picks seeds. @defaultValue `0.85` */
  inverseAlpha?: number;
  /** Use edge weights. @defaultValue `true` */
  weighted?: boolean;
  /** L1 change below which the iteration stops. @defaultValue `1e-10` */
  tolerance?: number;
  /** Iteration cap (non-convergence is a warning). @defaultValue `1000` */
  maxIterations?: number;
  /** Which edges carry trust. @defaultValue every edge */
  view?: ViewOptions;
}

/** The context's graph with every edge reversed, as far as the PageRank iteration reads it. */
function reversed(ctx: ScoringContext): ScoringContext {
  // solvePageRank reads only n, in, out and directed; swapping in and out reverses every edge.
  return { n: ctx.n, in: ctx.out, out: ctx.in, directed: ctx.directed } as unknown as ScoringContext;
}

function pickSeeds(ctx: ScoringContext, p: z.output<typeof schema>, tick: (d: number, t: number) => void): { seeds: string[]; iterations: number } {
  const uniform = new Float64Array(ctx.n).fill(1 / ctx.n);
  const inverse = solvePageRank(
    reversed(ctx),
    { alpha: p.inverseAlpha, weighted: p.weighted, tolerance: p.tolerance, maxIterations: p.maxIterations, teleport: uniform, dangling: uniform },
    tick,
  );
  const order = orderIndices(inverse.values, true);
  const seeds: string[] = [];
  for (let r = 0; r < order.length && seeds.length < p.seedCount; r++) {
    const key = ctx.keys[order[r]];
    if (!p.seedFilter || p.seedFilter(key)) seeds.push(key);
  }
  if (seeds.length === 0) {
    throw new InfluenceScoreError('INVALID_INPUT', 'trustRank: seedFilter rejected every candidate seed', [
      { path: ['seedFilter'], field: 'seedFilter', message: `none of the ${ctx.n} accounts passed the filter` },
    ]);
  }
  return { seeds, iterations: inverse.iterations };
}

/**
 * TrustRank: trust propagated from seed accounts along endorsements; values sum to 1.
 *
 * @example
 * ```ts
 * const t = trustRank({ seeds: ['verified-newsroom', 'city-council'] }).score(graph);
 * t.top(10);
 * trustRank({ seedCount: 50, seedFilter: (k) => reviewed.has(k) }).score(graph).meta.extra?.seeds;
 * ```
 */
export function trustRank(options: TrustRankOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'trustRank');
  const { seedFilter: _filter, seeds: givenSeeds, ...reported } = params;
  return createScorer({
    id: 'trust-rank',
    label: 'TrustRank',
    description: 't = α(Wᵀ D⁻¹ t + dangling·d) + (1 − α)d, teleport d only to trusted seeds (given, or top inverse PageRank). Gyöngyi et al. 2004.',
    range: [0, 1],
    higherIsBetter: true,
    params: { ...reported, seeds: givenSeeds === undefined ? 'inverse-pagerank' : givenSeeds instanceof Map ? Object.fromEntries(givenSeeds) : givenSeeds },
    view,
    compute(ctx, control) {
      if (ctx.n === 0) return { values: new Float64Array(0), converged: true, iterations: 0 };
      let seeds: NodeWeights;
      let seedIterations = 0;
      if (givenSeeds === undefined) {
        const picked = pickSeeds(ctx, params, control.tick);
        seeds = new Map(picked.seeds.map((k) => [k, 1]));
        seedIterations = picked.iterations;
      } else seeds = Array.isArray(givenSeeds) ? new Map(givenSeeds.map((k) => [k, 1])) : givenSeeds;
      const teleport = distribution(ctx, seeds, 'seeds');
      const { solver, ...result } = solvePageRank(ctx, { ...params, teleport, dangling: teleport }, control.tick);
      // A distribution's entries can exceed 1 by an ulp when one account holds all the mass.
      for (let i = 0; i < ctx.n; i++) result.values[i] = Math.min(1, result.values[i]);
      const seedKeys = seeds instanceof Map ? [...seeds.keys()] : Object.keys(seeds);
      return { ...result, extra: { seeds: seedKeys, seedIterations, solver } };
    },
  });
}
