/**
 * Engagement rate: how much an audience responds per unit of exposure, smoothed by empirical Bayes.
 *   ERF = Σ w_p E_p / (followers · Σ w_p)      (engagement rate by followers)
 *   ERR = Σ w_p E_p / Σ w_p reach_p             (by reach; per-post: mean of E_p / reach_p)
 *   ERI = Σ w_p E_p / Σ w_p impressions_p       (by impressions)
 * with E_p the type-weighted engagements of post p and w_p its decay weight; the smoothed rate is the
 * beta-binomial posterior mean (E + α)/(X + α + β) (see smoothing.ts). Fitting the prior per follower
 * tier answers the "mega vs nano" comparison; ranking by it instead of by followers answers the
 * million-follower fallacy (Cha, Haddadi, Benevenuto & Gummadi 2010).
 */
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import { type RunOptions, runControl } from '../../core/run.js';
import type { Scorer } from '../scorer.js';
import { createScoreVector, type ScoreVector } from '../../core/score-vector.js';
import type { ScoringContext } from '../../context/context.js';
import { createScorer } from '../create-scorer.js';
import { aggregateEngagement } from './aggregate.js';
import { checkColumns, type EngagementColumns } from './columns.js';
import { columnsFromSource, contextSource } from './from-graph.js';
import { type EngagementRateOptions, engagementRateSchema, type ResolvedEngagementOptions, resolveWeights } from './options.js';
import { smoothRates } from './smoothing.js';
import { assignTiers, withinTierPercentile } from './tiers.js';
import { warning, type Warning } from '../../core/warnings.js';

/**
 * Per-account diagnostics in `meta.extra` of an engagement vector, index-aligned with `keys`.
 * (A type alias, so `v.meta.extra as EngagementExtra` needs no double cast.)
 *
 * @example
 * ```ts
 * const v = engagementRate().score(graph);
 * const { raw, smoothed, exposure } = v.meta.extra as EngagementExtra;
 * ```
 */
export type EngagementExtra = {
  /** Posts counted per account (in the window, dated no later than asOf, with exposure > 0). */
  readonly posts: Float64Array;
  /** Weighted, decayed engagements (the beta-binomial successes). */
  readonly engagements: Float64Array;
  /** Decayed exposure (the trials); 0 for an unrated account. */
  readonly exposure: Float64Array;
  /** Raw rate, engagements / exposure (0 when unrated). */
  readonly raw: Float64Array;
  /** Smoothed rate (equal to `raw` when smoothing is off). */
  readonly smoothed: Float64Array;
  /** Mean of the prior each account was shrunk toward (NaN when smoothing is off). */
  readonly priorMean: Float64Array;
  /** Tier index per account, into `tierNames` (all 0 when follower counts are unknown). */
  readonly tier: Uint8Array;
  readonly tierNames: readonly string[];
  /** The reference time used (ms), or null when the data has no times. */
  readonly asOf: number | null;
};

/** An engagement-rate {@link Scorer} that can also score columnar data without building a graph. */
export interface EngagementScorer extends Scorer {
  /**
   * Scores columnar data (the fast path: 10^6 posts and 10^7 interactions in seconds).
   * @example
   * ```ts
   * engagementRate().scoreColumns({ keys: ['a'], followers: [100], posts: { author: [0], counts: { like: [5] } } });
   * ```
   */
  scoreColumns(data: EngagementColumns, run?: RunOptions): ScoreVector;
}

/** Columns read from a graph, per context: a context is dropped when its graph changes, and so are they. */
const columnsOf = new WeakMap<ScoringContext, ReturnType<typeof columnsFromSource>>();

function computeEngagement(
  data: EngagementColumns,
  options: ResolvedEngagementOptions,
  control: ReturnType<typeof runControl>,
): { keys: readonly string[]; values: Float64Array; params: Record<string, unknown>; warnings: Warning[]; extra: EngagementExtra } {
  const checked = checkColumns(data);
  const totals = aggregateEngagement(checked, options, control);
  const warnings = [...totals.warnings];
  const needsTiers = options.prior === 'tier' || options.normalize === 'within-tier';
  if (needsTiers && !checked.followers) {
    throw new InfluenceScoreError('MISSING_DATA', 'Follower tiers need follower counts', [{ path: ['followers'], field: 'followers', message: 'no follower counts given' }]);
  }
  const tier = checked.followers ? assignTiers(checked.followers, options.tiers) : new Uint8Array(checked.n);
  let smoothed: Float64Array = totals.raw;
  let priorMean: Float64Array = new Float64Array(checked.n).fill(NaN);
  const params: Record<string, unknown> = { asOf: totals.asOf };
  if (options.smoothing) {
    const result = smoothRates(totals, needsTiers ? tier : null, options);
    smoothed = result.smoothed;
    priorMean = result.priorMean;
    params.prior = result.report;
    warnings.push(...result.warnings);
  }
  let unrated = 0;
  for (let a = 0; a < checked.n; a++) if (totals.exposure[a] === 0) unrated++;
  if (unrated > 0) {
    const fallback = options.smoothing && options.unrated === 'prior' ? 'their prior mean' : '0';
    warnings.push(warning('UNRATED', `${unrated} account(s) have no exposure (no rated posts) and score ${fallback}; meta.extra.exposure is 0 for them`));
  }
  control.check();
  const values = options.normalize === 'within-tier' ? withinTierPercentile(smoothed, tier, options.tiers.length) : smoothed;
  return {
    keys: checked.keys,
    values,
    params,
    warnings,
    extra: {
      posts: totals.posts,
      engagements: totals.engagements,
      exposure: totals.exposure,
      raw: totals.raw,
      smoothed,
      priorMean,
      tier,
      tierNames: options.tiers.map((t) => t.name),
      asOf: totals.asOf,
    },
  };
}

/**
 * The engagement-rate scorer. `score(graph)` reads accounts (`followers`), follow edges, interaction
 * edges and the graph's `posts`; `scoreColumns(data)` scores typed arrays directly.
 *
 * @example
 * ```ts
 * // Engagement by reach, per post, decayed with a 30-day half-life, shrunk toward each tier's prior.
 * const er = engagementRate({ denominator: 'reach', averaging: 'per-post', halfLife: 30 * DAY, prior: 'tier' });
 * const v = er.score(graph);
 * v.top(10);
 * v.meta.params.prior; // the fitted Beta(α, β) per tier
 * (v.meta.extra as EngagementExtra).raw; // the unsmoothed rates
 * ```
 */
export function engagementRate(options: EngagementRateOptions = {}): EngagementScorer {
  const parsed = parseOptions(engagementRateSchema, options, 'engagementRate');
  const resolved: ResolvedEngagementOptions = { ...parsed, weights: resolveWeights(parsed.weights) };
  const params = { ...parsed, weights: Object.fromEntries(resolved.weights) };
  const id = 'engagement-rate';
  const label = 'Engagement rate';
  const description =
    'Type-weighted engagements per unit of exposure (followers: ERF, reach: ERR, impressions: ERI), optionally decayed by post age, shrunk by an empirical-Bayes beta-binomial prior (E + α)/(X + α + β).';
  const range: [number, number] = resolved.normalize === 'within-tier' ? [0, 1] : [0, Infinity];
  const scorer = createScorer({
    id,
    label,
    description,
    range,
    higherIsBetter: true,
    params,
    compute(ctx, control) {
      let read = columnsOf.get(ctx);
      if (!read) {
        read = columnsFromSource(contextSource(ctx), ctx.keys, ctx.index);
        columnsOf.set(ctx, read);
      }
      const { columns, warnings } = read;
      const { values, params: fitted, warnings: more, extra } = computeEngagement(columns, resolved, control);
      return { values, params: fitted, warnings: [...warnings, ...more], extra: { ...extra } };
    },
  });
  return {
    ...scorer,
    scoreColumns(data, run) {
      const control = runControl(run, label);
      control.check();
      const started = performance.now();
      const result = computeEngagement(data, resolved, control);
      const elapsedMs = performance.now() - started;
      const { keys } = result;
      const bad = result.values.findIndex((v) => Number.isNaN(v));
      if (bad >= 0) throw new InfluenceScoreError('INTERNAL', `${label} produced NaN for account "${keys[bad]}"; please report this with the input`, [{ path: [keys[bad]], message: 'NaN score' }]);
      control.finish(result.values.length);
      return createScoreVector({
        keys,
        values: result.values,
        meta: { scorer: id, params: { ...params, ...result.params }, elapsedMs, warnings: result.warnings, higherIsBetter: true, range, extra: { ...result.extra } },
      });
    },
  };
}
