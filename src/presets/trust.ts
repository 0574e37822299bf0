/**
 * Trust: the trust signals combined into one explainable score, lowered by account penalties.
 *   signals(v) = combine(trustRank, eigenTrust, reciprocity, responsiveness, tenure, consistency,
 *                authenticity; weights, normalize, aggregate)          (see compose/combine)
 *   trust(v)   = low + penalty(v) · (signals(v) − low)                  ([low, high] = scale, or [0, 1])
 * The penalty multiplies every part's normalized value as well, so `explain()` stays exact: the
 * parts' contributions still add up (arithmetic) or multiply (geometric, harmonic) to the score,
 * and a zero-weight part `penalties` shows each account's penalty factor.
 * A preset, not a measure: it composes the public trust scorers with compose's `combine`, so it lives
 * above both (src/presets).
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { type Scorer, scoreSteps } from '../scorers/scorer.js';
import { createScoreVector, type ScoreVector } from '../core/score-vector.js';
import type { ViewOptions } from '../context/view.js';
import type { Aggregate } from '../compose/aggregate.js';
import { type CombinePart, type Composition, combine } from '../compose/combine.js';
import { NORMALIZERS, type NormalizerName } from '../compose/normalize.js';
import { createScorer } from '../scorers/create-scorer.js';
import { type AuthenticityOptions, authenticity } from '../scorers/trust/authenticity.js';
import { type ConsistencyOptions, consistency } from '../scorers/trust/consistency.js';
import { type EigenTrustOptions, eigenTrust } from '../scorers/trust/eigen-trust.js';
import { type PenaltiesOptions, penalties } from '../scorers/trust/penalties.js';
import { type ReciprocityOptions, reciprocity } from '../scorers/trust/reciprocity.js';
import { type ResponsivenessOptions, responsiveness } from '../scorers/trust/responsiveness.js';
import { type TenureOptions, tenure } from '../scorers/trust/tenure.js';
import { type TrustRankOptions, trustRank } from '../scorers/trust/trust-rank.js';
import { withoutWarnings } from '../core/warnings.js';

const SIGNALS = ['trustRank', 'eigenTrust', 'reciprocity', 'responsiveness', 'tenure', 'consistency', 'authenticity'] as const;
type Signal = (typeof SIGNALS)[number];

const DEFAULT_WEIGHTS: Record<Signal, number> = { trustRank: 2, eigenTrust: 0, reciprocity: 1, responsiveness: 1, tenure: 1, consistency: 1, authenticity: 1 };

const weight = z.number().nonnegative().refine(Number.isFinite, 'must be finite');
/** A signal's options object, typed as its factory's options; the factory validates its fields. */
const optionsObject = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'must be an options object');

const schema = z
  .object({
    weights: z.object(Object.fromEntries(SIGNALS.map((s) => [s, weight.default(DEFAULT_WEIGHTS[s])])) as Record<Signal, z.ZodDefault<typeof weight>>).strict().prefault({}),
    signals: z
      .object({
        trustRank: optionsObject<TrustRankOptions>().optional(),
        eigenTrust: optionsObject<EigenTrustOptions>().optional(),
        reciprocity: optionsObject<ReciprocityOptions>().optional(),
        responsiveness: optionsObject<ResponsivenessOptions>().optional(),
        tenure: optionsObject<TenureOptions>().optional(),
        consistency: optionsObject<ConsistencyOptions>().optional(),
        authenticity: optionsObject<AuthenticityOptions>().optional(),
      })
      .strict()
      .default({}),
    penalties: z.union([z.literal(false), optionsObject<PenaltiesOptions>()]).default({}),
    normalize: z.enum(NORMALIZERS).default('percentile'),
    aggregate: z.enum(['arithmetic', 'geometric', 'harmonic']).default('arithmetic'),
    scale: z.tuple([z.number(), z.number()]).optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (!SIGNALS.some((s) => o.weights[s] > 0)) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'at least one signal needs a positive weight' });
  });

/** Options of {@link trust}. */
export interface TrustOptions {
  /** Weight of each signal; `0` leaves it out (and frees you from its data needs). @defaultValue `{ trustRank: 2, eigenTrust: 0, reciprocity: 1, responsiveness: 1, tenure: 1, consistency: 1, authenticity: 1 }` */
  weights?: Partial<Record<Signal, number>>;
  /** Options of each signal's scorer. @defaultValue each scorer's defaults */
  signals?: {
    trustRank?: TrustRankOptions;
    eigenTrust?: EigenTrustOptions;
    reciprocity?: ReciprocityOptions;
    responsiveness?: ResponsivenessOptions;
    tenure?: TenureOptions;
    consistency?: ConsistencyOptions;
    authenticity?: AuthenticityOptions;
  };
  /** Penalty factors, or `false` for none. @defaultValue {@link penalties}' defaults */
  penalties?: PenaltiesOptions | false;
  /** How each signal is normalized before averaging (see `combine`). @defaultValue `'percentile'` */
  normalize?: NormalizerName;
  /** Weighted mean of the normalized signals (see `combine`). @defaultValue `'arithmetic'` */
  aggregate?: Aggregate;
  /** Display scale, e.g. `[0, 100]` (see `combine`). @defaultValue none ([0, 1]) */
  scale?: readonly [number, number];
  /** View for signals that have none of their own. @defaultValue every edge */
  view?: ViewOptions;
}

const FACTORIES: Record<Signal, (o: never) => Scorer> = { trustRank, eigenTrust, reciprocity, responsiveness, tenure, consistency, authenticity };

/** The part vector with every value multiplied by the node's penalty (its source kept for `raw`). */
function penalized(part: ScoreVector, factor: Float64Array): ScoreVector {
  return createScoreVector({
    keys: part.keys,
    values: part.values.map((x, i) => x * factor[i]),
    meta: { ...part.meta, params: { ...part.meta.params, penalized: true } },
  });
}

/**
 * Trust: a composite of the trust signals, multiplied by account penalties; explain it with `explain`.
 *
 * @example
 * ```ts
 * const t = trust({ weights: { responsiveness: 0, consistency: 0 }, signals: { trustRank: { seeds: ['newsroom'] } }, scale: [0, 100] });
 * const v = t.score(graph);
 * explain(v, 'ada').parts; // trustRank, reciprocity, tenure, authenticity contributions; penalties factor
 * ```
 */
export function trust(options: TrustOptions = {}): Scorer {
  const { weights, signals, penalties: penaltyOptions, view, ...params } = parseOptions(schema, options, 'trust');
  const parts = new Map<string, CombinePart>();
  for (const s of SIGNALS) {
    // Options given for a left-out signal are still validated, so a typo never hides.
    if (weights[s] === 0 && signals[s] === undefined) continue;
    const scorer = FACTORIES[s]((signals[s] ?? {}) as never);
    if (weights[s] > 0) parts.set(s, [scorer, weights[s]]);
  }
  const signalScorer = combine({ parts, ...params, id: 'trust-signals', label: 'Trust signals', view });
  const penaltyScorer = penaltyOptions === false ? null : penalties(penaltyOptions as PenaltiesOptions);
  const [low] = params.scale ?? [0, 1];
  return createScorer({
    id: 'trust',
    label: 'Trust',
    description: `penalty × (${signalScorer.description})`,
    range: signalScorer.range,
    higherIsBetter: true,
    params: { ...signalScorer.params, weights, penalties: penaltyScorer?.params ?? false },
    view,
    *compute(ctx, _control, run) {
      let signalVector: ScoreVector;
      try {
        signalVector = yield* scoreSteps(signalScorer, ctx, run);
      } catch (error) {
        if (error instanceof InfluenceScoreError && error.code === 'MISSING_DATA') {
          throw new InfluenceScoreError('MISSING_DATA', `trust: ${error.message.split('\n')[0]}; or leave that signal out with weights: { <signal>: 0 }`, error.issues);
        }
        throw error;
      }
      const penaltyVector = penaltyScorer ? yield* scoreSteps(penaltyScorer, ctx, { ...run, onProgress: undefined }) : undefined;
      const factor = penaltyVector?.values ?? new Float64Array(ctx.n).fill(1);
      const values = signalVector.values.map((x, i) => low + factor[i] * (x - low));
      const composition = signalVector.meta.extra?.composition as Composition;
      const partVectors: Record<string, ScoreVector> = {};
      for (const [name, part] of Object.entries(signalVector.parts ?? {})) partVectors[name] = penalized(part, factor);
      let withPenalty = composition;
      if (penaltyVector) {
        const source = penaltyVector;
        partVectors.penalties = createScoreVector({ keys: source.keys, values: source.values, meta: { ...source.meta, extra: { ...source.meta.extra, source } } });
        withPenalty = { ...composition, names: [...composition.names, 'penalties'], weights: [...composition.weights, 0] };
      }
      return {
        values,
        warnings: withoutWarnings(signalVector.meta.warnings, ctx.warnings),
        converged: signalVector.meta.converged,
        parts: partVectors,
        extra: { composition: withPenalty },
      };
    },
  });
}
