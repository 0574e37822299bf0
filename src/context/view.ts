/**
 * Views: which relations a scorer sees, over which time window, and how edge weights decay with age.
 * Defaults are resolved here and only here.
 */
import { z } from 'zod';
import { parseOptions } from '../core/options.js';

const finiteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

/** Schema of {@link ViewOptions}. */
export const viewSchema = z
  .object({
    relations: z.array(z.string().min(1)).min(1).optional(),
    window: z
      .object({ from: finiteNumber.optional(), to: finiteNumber.optional() })
      .refine((w) => w.from === undefined || w.to === undefined || w.from <= w.to, 'window.from must not be after window.to')
      .optional(),
    halfLife: z.number().positive().refine(Number.isFinite, 'must be finite').optional(),
    asOf: finiteNumber.optional(),
    weightAttribute: z.string().min(1).optional(),
    weight: z.union([z.string().min(1), z.null()]).optional(),
    typeAttribute: z.string().min(1).optional(),
    timeAttribute: z.string().min(1).optional(),
    directed: z.boolean().optional(),
    standing: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.weightAttribute !== undefined && v.weight !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['weight'], message: 'give weightAttribute only (weight is its deprecated name; weight: null is unit weights)' });
    }
  });

/**
 * What part of the graph a scorer sees.
 *
 * @example
 * ```ts
 * // The retweet graph of the last 30 days, older shares counting half per week.
 * const view = { relations: ['share'], window: { from: Date.now() - 30 * DAY }, halfLife: 7 * DAY };
 * pagerank({ view }).score(graph);
 * ```
 */
export interface ViewOptions {
  /** Edge `type` values to keep. Edges without a type are kept only when this is omitted. @defaultValue all edges */
  relations?: string[];
  /** Keep edges whose time lies in `[from, to]` (ms since epoch). Edges without a time are dropped when set, except those of `standing` relations. */
  window?: { from?: number; to?: number };
  /** Exponential decay of edge weights by age: weight × 0.5^(age / halfLife), in ms. Edges without a time are not decayed (a warning says how many). */
  halfLife?: number;
  /** The "now" that ages are measured from. @defaultValue the latest edge time in the view */
  asOf?: number;
  /** Edge attribute holding the weight (an edge without it weighs 1). @defaultValue `'weight'` */
  weightAttribute?: string;
  /**
   * Edge attribute holding the weight, or `null` to ignore weights. A string is the deprecated name of
   * `weightAttribute` (accepted for one minor version, with a `DEPRECATED` warning in `meta.warnings`).
   * `null` (unit weights for every scorer on this view) still works without a warning for now; the
   * per-scorer switch is each scorer's `weighted` option.
   * @deprecated Use `weightAttribute` (a string), or the scorer's `weighted: false` (instead of `null`).
   */
  weight?: string | null;
  /** Edge attribute holding the relation type. @defaultValue `'type'` */
  typeAttribute?: string;
  /** Edge attribute holding the time in ms since epoch. @defaultValue `'time'` */
  timeAttribute?: string;
  /** Read the graph as directed or undirected. @defaultValue the graph's own type (mixed → directed) */
  directed?: boolean;
  /**
   * Standing relations: edge types that hold from when they are made until undone, such as `follow`.
   * A time window keeps every edge of these types made by the window's end, and those without a time
   * (a follow export rarely dates them): a follow made last year still holds this month. Every other
   * edge, with or without a time (an event without a time belongs to no window), is windowed as
   * usual. Only matters with `window`; a window added to a context (as `trend` does) keeps the
   * context's standing relations.
   * @defaultValue none: a window keeps only edges timed inside it
   * @example
   * ```ts
   * // The last 30 days of shares and replies, and every follow made by now, dated or not.
   * const view = { window: { from: Date.now() - 30 * DAY }, standing: ['follow'] };
   * ```
   */
  standing?: string[];
}

/** A view with every default filled in. */
export interface ResolvedView {
  readonly relations: readonly string[] | null;
  readonly window: { readonly from: number; readonly to: number } | null;
  readonly halfLife: number | null;
  readonly asOf: number | null;
  readonly weight: string | null;
  /** The deprecated `weight: '<attribute>'` was used (a DEPRECATED warning goes into the context's warnings). */
  readonly weightRenamed: boolean;
  readonly typeAttribute: string;
  readonly timeAttribute: string;
  readonly directed: boolean | null;
  readonly standing: readonly string[] | null;
}

/** @internal Validates a view and fills in defaults. */
export function resolveView(view: ViewOptions | undefined): ResolvedView {
  const v = parseOptions(viewSchema, view ?? {}, 'view');
  return {
    relations: v.relations ? [...new Set(v.relations)].sort() : null,
    window: v.window ? { from: v.window.from ?? -Infinity, to: v.window.to ?? Infinity } : null,
    halfLife: v.halfLife ?? null,
    asOf: v.asOf ?? null,
    weight: v.weightAttribute ?? (v.weight === undefined ? 'weight' : v.weight),
    weightRenamed: typeof v.weight === 'string',
    typeAttribute: v.typeAttribute ?? 'type',
    timeAttribute: v.timeAttribute ?? 'time',
    directed: v.directed ?? null,
    // Without a window it changes nothing: left out, so it does not split the context cache.
    standing: v.window && v.standing ? [...new Set(v.standing)].sort() : null,
  };
}

/** @internal Stable cache key of a resolved view. */
export function viewKey(view: ResolvedView): string {
  return JSON.stringify(view, (_k, value) => (value === Infinity ? 'inf' : value === -Infinity ? '-inf' : value));
}

/**
 * @internal `view` with the time window `window` added: the two windows intersect, the standing
 * relations join `view`'s own, everything else of `view` is kept. This is how a window set on a
 * context reaches a scorer with a view of its own.
 */
export function withWindow(view: ViewOptions, window: { readonly from: number; readonly to: number }, standing?: readonly string[] | null): ViewOptions {
  const resolved = resolveView(view);
  const own = resolved.window ?? { from: -Infinity, to: Infinity };
  const from = Math.max(own.from, window.from);
  const to = Math.max(from, Math.min(own.to, window.to));
  const standingTypes = [...new Set([...(view.standing ?? []), ...(standing ?? [])])].sort();
  return {
    ...view,
    window: { ...(Number.isFinite(from) ? { from } : {}), ...(Number.isFinite(to) ? { to } : {}) },
    ...(standingTypes.length > 0 ? { standing: standingTypes } : {}),
  };
}
