/**
 * Precomputed scores: per-node values computed elsewhere (Neo4j Graph Data Science, Spark
 * GraphFrames, a warehouse job) brought in as a Scorer, so they normalize, combine, rank and
 * explain like any other part. See DESIGN.md, "Beyond one machine".
 */
import { z } from 'zod';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import type { Scorer } from '../scorers/scorer.js';
import { createScorer } from '../scorers/create-scorer.js';
import { quantileSorted } from './robust.js';
import { warning } from '../core/warnings.js';

/** Per-node values: by key (Map or object), or an array aligned with the graph's node order. */
export type PrecomputedValues = ReadonlyMap<string, number> | Readonly<Record<string, number>> | ArrayLike<number>;

/** What a node without a value gets. */
export type PrecomputedFill = number | 'worst' | 'median' | 'error';

/** Options of {@link precomputed}. */
export interface PrecomputedOptions {
  /**
   * Value for graph nodes missing from `values`: a number, `'worst'` (the weakest given value: the
   * minimum, or the maximum when lower is better), `'median'` of the given values, or `'error'` to
   * throw `MISSING_DATA`. With no given values at all, `'worst'` and `'median'` fill 0. A warning
   * counts the filled nodes.
   * @defaultValue `'worst'`
   */
  fill?: PrecomputedFill;
  /** Whether larger values mean more influence. @defaultValue `true` */
  higherIsBetter?: boolean;
  /**
   * Declared bounds of the values; every value must lie inside. Either end may be open: `[0, Infinity]`
   * for counts, `[-Infinity, 0]`. A range no finite value fits in (`[Infinity, Infinity]`) or a NaN
   * bound is an `INVALID_OPTION` error.
   * @defaultValue `[-Infinity, Infinity]`
   */
  range?: readonly [number, number];
  /** Human name. @defaultValue the name */
  label?: string;
  /** One-line description (say where the numbers come from). @defaultValue `'precomputed values'` */
  description?: string;
}

/** A range bound: a number, or ±Infinity for an open end (zod's `number()` refuses infinities). */
const bound = z.custom<number>((v) => typeof v === 'number' && !Number.isNaN(v), 'must be a number, or -Infinity / Infinity for an open end');

const schema = z
  .object({
    fill: z.union([z.number().refine(Number.isFinite, 'must be finite'), z.enum(['worst', 'median', 'error'])]).default('worst'),
    higherIsBetter: z.boolean().default(true),
    range: z
      .tuple([bound, bound])
      .superRefine(([lo, hi], ctx) => {
        // An open end is fine; a range no finite value fits in is not (every value must be finite).
        if (lo === Infinity) ctx.addIssue({ code: 'custom', message: 'the low bound is Infinity, so no finite value fits: use a finite low bound, or -Infinity for no low bound' });
        if (hi === -Infinity) ctx.addIssue({ code: 'custom', message: 'the high bound is -Infinity, so no finite value fits: use a finite high bound, or Infinity for no high bound' });
        if (lo > hi) ctx.addIssue({ code: 'custom', message: 'range must be [low, high] with low ≤ high' });
      })
      .default([-Infinity, Infinity]),
    label: z.string().min(1).optional(),
    description: z.string().optional(),
  })
  .strict();

const MAX_LISTED = 20;

function entriesOf(values: PrecomputedValues): [string, number][] | Float64Array {
  if (values instanceof Map) return [...values];
  if (ArrayBuffer.isView(values) || Array.isArray(values)) return Float64Array.from(values as ArrayLike<number>);
  if (typeof values === 'object' && values !== null) return Object.entries(values as Record<string, number>);
  throw new InfluenceScoreError('INVALID_OPTION', 'precomputed values must be a Map, an object or an array', [{ path: ['values'], message: 'wrong type' }]);
}

/**
 * A scorer that returns values computed elsewhere.
 *
 * @param name - the scorer's id, e.g. `'gds-betweenness'`.
 * @param values - per-node values; keys not in the graph raise `UNKNOWN_NODE` when scoring; an array
 *   must have one value per node, in graph order.
 * @example
 * ```ts
 * const btw = precomputed('gds-betweenness', new Map([['alice', 0.12], ['bob', 0.03]]), { fill: 0 });
 * const score = combine({ parts: { bridges: [btw, 1], reach: [pagerank(), 1] } });
 * rank(graph, score, { top: 10 });
 * ```
 */
export function precomputed(name: string, values: PrecomputedValues, options: PrecomputedOptions = {}): Scorer {
  if (typeof name !== 'string' || name.length === 0) {
    throw new InfluenceScoreError('INVALID_OPTION', 'precomputed needs a non-empty name', [{ path: ['name'], message: 'must be a non-empty string' }]);
  }
  const params = parseOptions(schema, options, `precomputed "${name}"`);
  const given = entriesOf(values);
  const [lo, hi] = params.range;
  const issues: ErrorIssue[] = [];
  const check = (key: string | number, v: unknown): void => {
    if (issues.length >= MAX_LISTED) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ path: ['values', key], message: `must be a finite number, got ${String(v)}` });
    else if (v < lo || v > hi) issues.push({ path: ['values', key], message: `${v} lies outside the declared range [${lo}, ${hi}]` });
  };
  if (given instanceof Float64Array) given.forEach((v, i) => check(i, v));
  else for (const [key, v] of given) check(key, v);
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_OPTION', `Invalid values for precomputed "${name}"`, issues);
  const byKey = given instanceof Float64Array ? null : new Map(given);
  const known = given instanceof Float64Array ? given : Float64Array.from(byKey!.values());
  const sorted = Float64Array.from(known).sort();

  let fill: number | 'error';
  if (typeof params.fill === 'number' || params.fill === 'error') fill = params.fill;
  else if (known.length === 0) fill = 0;
  else if (params.fill === 'median') fill = quantileSorted(sorted, 0.5);
  else fill = params.higherIsBetter ? sorted[0] : sorted[sorted.length - 1];
  if (typeof fill === 'number' && (fill < lo || fill > hi)) {
    throw new InfluenceScoreError('INVALID_OPTION', `Invalid options for precomputed "${name}"`, [
      { path: ['fill'], field: 'fill', message: `fill ${fill} lies outside the declared range [${lo}, ${hi}]` },
    ]);
  }

  return createScorer({
    id: name,
    label: params.label ?? name,
    description: params.description ?? 'precomputed values',
    range: params.range,
    higherIsBetter: params.higherIsBetter,
    params: { fill: params.fill, count: known.length },
    compute(ctx) {
      if (!byKey) {
        if (known.length !== ctx.n) {
          throw new InfluenceScoreError('INVALID_INPUT', `precomputed "${name}" has ${known.length} values but the graph has ${ctx.n} nodes`, [
            { path: ['values'], message: 'an array must hold one value per node, in graph order' },
          ]);
        }
        return { values: Float64Array.from(known) };
      }
      const unknown = [...byKey.keys()].filter((key) => !ctx.index.has(key));
      if (unknown.length > 0) {
        throw new InfluenceScoreError(
          'UNKNOWN_NODE',
          `precomputed "${name}" has values for ${unknown.length} node(s) not in the graph`,
          unknown.slice(0, MAX_LISTED).map((key) => ({ path: ['values', key], message: 'not in the graph' })),
        );
      }
      const out = new Float64Array(ctx.n);
      const missing: string[] = [];
      for (let i = 0; i < ctx.n; i++) {
        const v = byKey.get(ctx.keys[i]);
        if (v !== undefined) out[i] = v;
        else {
          missing.push(ctx.keys[i]);
          if (fill !== 'error') out[i] = fill;
        }
      }
      if (missing.length > 0 && fill === 'error') {
        throw new InfluenceScoreError(
          'MISSING_DATA',
          `precomputed "${name}" has no value for ${missing.length} node(s)`,
          missing.slice(0, MAX_LISTED).map((key) => ({ path: ['values', key], message: 'no value' })),
        );
      }
      const warnings = missing.length > 0 ? [warning('FILLED', `${missing.length} node(s) had no precomputed value and got ${fill}`)] : [];
      return { values: out, warnings };
    },
  });
}
