/**
 * Composite scores: each part scorer runs on the same graph (through its own view), its vector is
 * normalized so that higher means more influence, and the normalized parts are averaged with
 * weights (arithmetic, geometric or harmonic mean), optionally mapped onto a display scale such as
 * [0, 100]. This is the weighted-aggregation model of composite indicators (OECD/JRC 2008,
 * Handbook on Constructing Composite Indicators, ch. 6). A composite is a Scorer, so it nests.
 */
import { z } from 'zod';
import { scorerProblem } from '../core/arguments.js';
import { parseOptions } from '../core/options.js';
import type { RunOptions } from '../core/run.js';
import { type Scorer, scoreSteps } from '../scorers/scorer.js';
import type { ScoreVector } from '../core/score-vector.js';
import type { ViewOptions } from '../context/view.js';
import { createScorer } from '../scorers/create-scorer.js';
import { type Aggregate, aggregateParts } from './aggregate.js';
import { BOUNDED_NORMALIZERS, normalize, NORMALIZERS, type NormalizerName } from './normalize.js';
import { prefixWarning, withoutWarnings } from '../core/warnings.js';

/** One part: the scorer and its weight (any finite number ≥ 0; weights are divided by their sum). */
export type CombinePart = readonly [scorer: Scorer, weight: number];

/** Parts by name, as an object or a Map (use a Map for names such as `__proto__`). */
export type CombineParts = Record<string, CombinePart> | ReadonlyMap<string, CombinePart>;

/** Options of {@link combine}. */
export interface CombineOptions {
  /** The parts by name, each `[scorer, weight]`. At least one, with a positive total weight. */
  parts: CombineParts;
  /**
   * How each part's vector is normalized before averaging. Lower-is-better parts are flipped.
   * @defaultValue `'percentile'`
   */
  normalize?: NormalizerName;
  /**
   * The weighted mean. `geometric` and `harmonic` need a normalizer with output in [0, 1]
   * (`percentile` or `minmax`); a 0 on any weighted part makes the composite 0.
   * @defaultValue `'arithmetic'`
   */
  aggregate?: Aggregate;
  /**
   * Maps the [0, 1] composite linearly onto `[low, high]`, e.g. `[0, 100]`. Needs `percentile` or
   * `minmax` (for unbounded normalizers, nest the composite in a `minmax` one). @defaultValue none
   */
  scale?: readonly [number, number];
  /** Id of the composite's vectors. @defaultValue `'composite'` */
  id?: string;
  /** Human name. @defaultValue `'Composite'` */
  label?: string;
  /** One-line description. @defaultValue generated from the parts */
  description?: string;
  /** View for parts that have none of their own. @defaultValue the input's view (every edge for a graph) */
  view?: ViewOptions;
}

/** @internal What {@link explain} needs, stored in `meta.extra.composition` of a composite's vectors. */
export interface Composition {
  readonly names: readonly string[];
  /** Weight shares, summing to 1, in the order of `names`. */
  readonly weights: readonly number[];
  readonly normalize: NormalizerName;
  readonly aggregate: Aggregate;
  readonly scale: readonly [number, number] | null;
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

function partEntries(parts: unknown): [string, unknown][] {
  if (parts instanceof Map) return [...parts];
  return typeof parts === 'object' && parts !== null && !Array.isArray(parts) ? Object.entries(parts) : [];
}

// Parts are checked by hand (inside the schema, so all issues come together) because zod's record
// parser would drop a part named `__proto__`; the original object is kept as is.
const partsSchema = z.custom<CombineParts>().superRefine((parts, ctx) => {
  if (!(parts instanceof Map) && (typeof parts !== 'object' || parts === null || Array.isArray(parts))) {
    ctx.addIssue({ code: 'custom', message: 'must be an object (or Map) of name → [scorer, weight]' });
    return;
  }
  const entries = partEntries(parts);
  if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'needs at least one part' });
  let total = 0;
  // The all-zero check needs every weight: after a malformed part it would only add noise.
  let weightsKnown = true;
  for (const [name, part] of entries) {
    if (name.length === 0) ctx.addIssue({ code: 'custom', path: [name], message: 'part names must not be empty' });
    if (!Array.isArray(part) || part.length !== 2) {
      ctx.addIssue({ code: 'custom', path: [name], message: 'must be [scorer, weight], e.g. [pagerank(), 1]' });
      weightsKnown = false;
      continue;
    }
    const problem = scorerProblem(part[0]);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [name, 0], message: `must be a Scorer, ${problem}` });
    const w: unknown = part[1];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      ctx.addIssue({ code: 'custom', path: [name, 1], message: `weight must be a finite number ≥ 0, got ${String(w)}` });
      weightsKnown = false;
    } else total += w;
  }
  if (entries.length > 0 && weightsKnown && !(total > 0)) ctx.addIssue({ code: 'custom', message: 'the weights must not all be 0' });
  // Each weight is finite, but their sum can overflow; then every share would be 0.
  if (total === Infinity) ctx.addIssue({ code: 'custom', message: 'the weights sum to more than the largest number (1.8e308): scale them down' });
});

const schema = z
  .object({
    parts: partsSchema,
    normalize: z.enum(NORMALIZERS).default('percentile'),
    aggregate: z.enum(['arithmetic', 'geometric', 'harmonic']).default('arithmetic'),
    scale: z
      .tuple([finite, finite])
      .refine(([low, high]) => low < high, 'scale must be [low, high] with low < high')
      .optional(),
    id: z.string().min(1).default('composite'),
    label: z.string().min(1).default('Composite'),
    description: z.string().optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const bounded = BOUNDED_NORMALIZERS.includes(o.normalize);
    if (o.aggregate !== 'arithmetic' && !bounded) {
      ctx.addIssue({ code: 'custom', path: ['aggregate'], message: `a ${o.aggregate} mean needs values ≥ 0: use normalize 'percentile' or 'minmax', not '${o.normalize}'` });
    }
    if (o.scale && !bounded) {
      ctx.addIssue({ code: 'custom', path: ['scale'], message: `scale maps [0, 1] and needs normalize 'percentile' or 'minmax', not '${o.normalize}'` });
    }
  });

/**
 * Combines scorers into one composite scorer. Each part is scored on the same graph, normalized
 * (`percentile` by default, flipped when lower is better), and averaged with its weight. The result's
 * vector carries every part's normalized vector in `parts`, which {@link rank} and {@link explain} read.
 *
 * @example
 * ```ts
 * const influence = combine({
 *   parts: { reach: [pagerank(), 2], audience: [degree({ mode: 'in' }), 1] },
 *   normalize: 'percentile',
 *   aggregate: 'arithmetic',
 *   scale: [0, 100],
 * });
 * const v = influence.score(graph);
 * v.get('alice');              // 0–100
 * v.parts?.reach.get('alice'); // alice's PageRank percentile
 * ```
 */
export function combine(options: CombineOptions): Scorer {
  const { parts, view, id, label, description, ...params } = parseOptions(schema, options, 'combine');
  const entries = partEntries(parts) as [string, CombinePart][];
  const names = entries.map(([name]) => name);
  const scorers = entries.map(([, [scorer]]) => scorer);
  const total = entries.reduce((s, [, [, w]]) => s + w, 0);
  const weights = entries.map(([, [, w]]) => w / total);
  const scale = params.scale ?? null;
  const bounded = BOUNDED_NORMALIZERS.includes(params.normalize);
  const composition: Composition = { names, weights, normalize: params.normalize, aggregate: params.aggregate, scale };
  const formula = names.map((name, i) => `${+weights[i].toFixed(3)}·${params.normalize}(${scorers[i].id})`).join(', ');
  return createScorer({
    id,
    label,
    description: description ?? `${params.aggregate} mean of ${formula}${scale ? `, scaled to [${scale.join(', ')}]` : ''}`,
    range: scale ?? (bounded ? [0, 1] : [-Infinity, Infinity]),
    higherIsBetter: true,
    params: { ...params, scale, parts: entries.map(([name, [scorer, weight]]) => ({ name, scorer: scorer.id, weight, params: scorer.params })) },
    view,
    *compute(ctx, control, run) {
      const k = scorers.length;
      const onProgress = run?.onProgress;
      const vectors: ScoreVector[] = [];
      for (let i = 0; i < k; i++) {
        if (control.tick(i, k)) yield;
        const sub: RunOptions = {
          ...run,
          onProgress: onProgress && ((done, all) => onProgress(i + (all > 0 ? Math.min(1, done / all) : 1), k)),
        };
        vectors.push(normalize(yield* scoreSteps(scorers[i], ctx, sub), params.normalize));
      }
      const values = aggregateParts(
        vectors.map((v) => v.values),
        weights,
        params.aggregate,
        ctx.n,
      );
      // Weighted means of [0, 1] values can exceed 1 by an ulp; clamp so the declared range holds.
      if (bounded) for (let v = 0; v < ctx.n; v++) values[v] = Math.min(1, Math.max(0, values[v]));
      if (scale) for (let v = 0; v < ctx.n; v++) values[v] = scale[0] + (scale[1] - scale[0]) * values[v];
      const warnings = vectors.flatMap((v, i) => withoutWarnings(v.meta.warnings, ctx.warnings).map((w) => prefixWarning(names[i], w)));
      control.finish(k);
      return {
        values,
        warnings,
        converged: vectors.some((v) => v.meta.converged === false) ? false : undefined,
        parts: Object.fromEntries(names.map((name, i) => [name, vectors[i]])),
        extra: { composition },
      };
    },
  });
}
