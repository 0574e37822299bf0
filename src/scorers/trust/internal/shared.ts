/**
 * Helpers shared by the trust scorers: which relations a scorer reads, the reference time, required
 * edge times and node flags, and order statistics. Internal; not exported from the package.
 */
import { showValue } from '../../../core/arguments.js';
import { type ErrorIssue, InfluenceScoreError } from '../../../core/errors.js';
import type { ScoringContext } from '../../../context/context.js';
import type { ViewOptions } from '../../../context/view.js';

const MAX_LISTED = 20;

/**
 * The view a trust scorer reads: its own `relations` option wins, then the view's relations, then
 * the scorer's default; `null` means every edge.
 */
export function scopedView(view: ViewOptions | undefined, relations: readonly string[] | null | undefined, fallback: readonly string[] | null): ViewOptions {
  const chosen = relations !== undefined ? relations : view?.relations !== undefined ? view.relations : fallback;
  const { relations: _ignored, ...rest } = view ?? {};
  return chosen === null ? rest : { ...rest, relations: [...chosen] };
}

/** Type codes of `names` in the context's edge columns (names absent from the view are skipped). */
export function typeCodes(ctx: ScoringContext, names: readonly string[] | null): Set<number> | null {
  if (names === null) return null;
  const codes = new Set<number>();
  ctx.edges.typeNames.forEach((name, code) => {
    if (names.includes(name)) codes.add(code);
  });
  return codes;
}

/** Whether edge `e` has one of `codes` (`null`: every edge). */
export function hasType(ctx: ScoringContext, e: number, codes: Set<number> | null): boolean {
  return codes === null || codes.has(ctx.edges.type[e]);
}

/**
 * Throws `MISSING_DATA` naming the first edges (among those `select` picks) that have no time,
 * because `owner` cannot be computed without them.
 */
export function requireEdgeTimes(ctx: ScoringContext, owner: string, select: (e: number) => boolean, hint: string): void {
  const { edges } = ctx;
  const { time } = edges;
  const issues: ErrorIssue[] = [];
  let missing = 0;
  for (let e = 0; e < edges.length; e++) {
    if (!Number.isNaN(time[e]) || !select(e)) continue;
    missing++;
    if (issues.length < MAX_LISTED) {
      const type = edges.type[e] >= 0 ? edges.typeNames[edges.type[e]] : 'untyped';
      issues.push({
        path: ['edges', e, ctx.view.timeAttribute],
        record: e,
        field: ctx.view.timeAttribute,
        message: `${type} edge ${ctx.keys[edges.src[e]]} → ${ctx.keys[edges.dst[e]]} has no ${ctx.view.timeAttribute}`,
      });
    }
  }
  if (missing > 0) {
    throw new InfluenceScoreError('MISSING_DATA', `${owner} needs interaction times, but ${missing} edge(s) have none; ${hint}`, issues);
  }
}

/** The reference time: the option, else the context's (view asOf or latest edge time); else `MISSING_DATA`. */
export function resolveAsOf(ctx: ScoringContext, asOf: number | undefined, owner: string): number {
  const t = asOf ?? ctx.asOf;
  if (t === null || !Number.isFinite(t)) {
    throw new InfluenceScoreError('MISSING_DATA', `${owner} needs a reference time: pass asOf (ms since the epoch), or use a graph whose edges have times`, [
      { path: ['asOf'], field: 'asOf', message: 'no asOf option and no edge times to infer it from' },
    ]);
  }
  return t;
}

/**
 * Each node's flags (node attribute `attribute`, an array of strings; absent = none). Throws
 * `INVALID_INPUT` naming every node whose attribute is not an array of strings.
 */
export function readFlags(ctx: ScoringContext, attribute: string): (readonly string[])[] {
  const out: (readonly string[])[] = new Array(ctx.n);
  const issues: ErrorIssue[] = [];
  for (let i = 0; i < ctx.n; i++) {
    const raw = ctx.nodeAttribute(i, attribute);
    if (raw === undefined || raw === null) out[i] = [];
    else if (Array.isArray(raw) && raw.every((f) => typeof f === 'string')) out[i] = raw as string[];
    else {
      out[i] = [];
      if (issues.length < MAX_LISTED) {
        issues.push({ path: ['nodes', ctx.keys[i], attribute], field: attribute, message: `node "${ctx.keys[i]}" has ${attribute} ${showValue(raw)}; expected an array of strings` });
      }
    }
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', `Node attribute "${attribute}" must be an array of strings`, issues);
  return out;
}

/** The q-quantile (0 ≤ q ≤ 1, linear interpolation) of an ascending array; NaN when empty. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
