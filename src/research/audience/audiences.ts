/**
 * Audiences: who pays attention to an account. Under the library's u → v convention (u pays attention
 * to v) the audience of v is every u with an edge u → v in the view: its followers (`follow` edges) or
 * its engagers (mentions, replies, shares, quotes, comments, likes). A member counts once, however many
 * edges it sends; self-loops are not audience. On an undirected graph the audience is the neighbours.
 */
import { z } from 'zod';
import type { AbstractGraph } from 'graphology-types';
import { getScoringContext } from '../../context/cache.js';
import { ScoringContext } from '../../context/context.js';
import { ColumnarGraph } from '../../context/columnar-graph.js';
import type { ScoreInput } from '../../scorers/scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { expectGraph, describeValue } from '../../core/arguments.js';
import { ENGAGEMENT_RELATIONS } from '../../presets/influence-score.js';
import { warning, type Warning } from '../../core/warnings.js';

/** Whose attention makes an audience: followers (`follow` edges) or engagers (engagement edges). */
export type AudienceKind = 'followers' | 'engagers';

/** @internal Schema of {@link AudienceOptions}, shared by every audience analysis. */
export const audienceFields = {
  audience: z.enum(['followers', 'engagers']).default('followers'),
  relations: z.array(z.string().min(1)).min(1).optional(),
  view: z.custom<ViewOptions>((v) => v === undefined || (typeof v === 'object' && v !== null), 'expected a view object').optional(),
};

/** Which audience an analysis reads. */
export interface AudienceOptions {
  /** Followers, or engagers (every account that mentioned, replied to, shared, quoted, commented on or liked the account). @defaultValue `'followers'` */
  audience?: AudienceKind;
  /** The relation types that make an audience, overriding `audience`. @defaultValue `['follow']` for followers, {@link ENGAGEMENT_RELATIONS} for engagers */
  relations?: string[];
  /** Further view settings (a time window, …); its `relations` are replaced by the audience's. @defaultValue every edge of those relations */
  view?: ViewOptions;
}

/** @internal The relation types an audience is read from. */
export function audienceRelations(options: { audience: AudienceKind; relations?: string[] | undefined }): string[] {
  if (options.relations) return options.relations;
  return options.audience === 'followers' ? ['follow'] : [...ENGAGEMENT_RELATIONS];
}

/** @internal The context whose in-rows are the audiences, and what the reading changed without being asked. */
export interface AudienceContext {
  readonly ctx: ScoringContext;
  readonly warnings: Warning[];
}

/**
 * @internal The context whose in-rows are the audiences. A ScoringContext passed in is used as it is
 * (its view already chose the relations); a graph is read through the audience's relations, or whole,
 * with a warning, when its edges carry no relation type at all (a plain edge list of follows).
 */
export function audienceContext(input: ScoreInput, options: { audience: AudienceKind; relations?: string[] | undefined; view?: ViewOptions | undefined }, where: string): AudienceContext {
  if (input instanceof ScoringContext) return { ctx: input, warnings: [...input.warnings] };
  if (!(input instanceof ColumnarGraph)) expectGraph(input, where);
  const { relations: _ignored, ...view } = options.view ?? {};
  if (!hasRelationTypes(input, view)) {
    const ctx = getScoringContext(input, view);
    return { ctx, warnings: [...ctx.warnings, warning('FALLBACK', `${where}: the edges carry no relation type, so every edge counts as attention (the ${options.audience} audience could not be told apart)`)] };
  }
  const ctx = getScoringContext(input, { ...view, relations: audienceRelations(options) });
  return { ctx, warnings: [...ctx.warnings] };
}

function hasRelationTypes(input: AbstractGraph | ColumnarGraph, view: ViewOptions): boolean {
  if (input instanceof ColumnarGraph) return getScoringContext(input, view).edges.typeNames.length > 0;
  const attribute = view.typeAttribute ?? 'type';
  return input.someEdge((_e, attrs) => typeof (attrs as Record<string, unknown>)[attribute] === 'string');
}

/**
 * @internal The dense indices of `accounts`, validated: an array of distinct known ids. Throws
 * `INVALID_INPUT` for a malformed list and `UNKNOWN_NODE` naming every unknown id.
 */
export function accountIndices(ctx: ScoringContext, accounts: unknown, where: string, field = 'accounts'): Int32Array {
  if (!Array.isArray(accounts) || accounts.some((a) => typeof a !== 'string')) {
    throw new InfluenceScoreError('INVALID_INPUT', `${where}: ${field} must be an array of account ids, got ${describeValue(accounts)}`, [
      { path: [field], field, message: 'expected an array of strings' },
    ]);
  }
  const seen = new Set<string>();
  const unknown: string[] = [];
  const out = new Int32Array(accounts.length);
  accounts.forEach((key: string, i) => {
    if (seen.has(key)) {
      throw new InfluenceScoreError('INVALID_INPUT', `${where}: account "${key}" is listed twice`, [{ path: [field, i], field, message: `duplicate "${key}"` }]);
    }
    seen.add(key);
    const index = ctx.index.get(key);
    if (index === undefined) unknown.push(key);
    else out[i] = index;
  });
  if (unknown.length > 0) {
    throw new InfluenceScoreError(
      'UNKNOWN_NODE',
      `${where}: ${unknown.length} unknown account${unknown.length === 1 ? '' : 's'}: ${unknown.slice(0, 5).map((k) => `"${k}"`).join(', ')}`,
      unknown.map((key) => ({ path: [field, accounts.indexOf(key)], field, message: `"${key}" is not in the graph` })),
    );
  }
  return out;
}

/** @internal Account `i`'s audience: its in-row, member indices ascending, each once. */
export function audienceOf(ctx: ScoringContext, i: number): Int32Array {
  const { offsets, targets } = ctx.in;
  return targets.subarray(offsets[i], offsets[i + 1]);
}
