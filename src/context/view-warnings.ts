/**
 * Loud views: a view whose filters keep no edge (a misspelt relation, a window after the data)
 * would score every node alike without a word. These warnings say which filter dropped what,
 * with the counts (`0 of 400 edges`) and, for a relation name near an existing type, a suggestion.
 */
import { closest } from '../core/suggest.js';
import type { ResolvedView } from './view.js';
import { warning, type Warning } from '../core/warnings.js';

/** How many edges each filter of a view dropped, in the order the filters apply. */
export interface ViewDrops {
  /** Edges in the graph. */
  total: number;
  /** Edges the view kept. */
  kept: number;
  /** Dropped because their type is not one of `view.relations` (`untyped` of them have no type). */
  relations: number;
  untyped: number;
  /** Dropped by `view.window` (`untimed` of them have no time). */
  window: number;
  untimed: number;
  /** Dropped because they are later than `view.asOf`. */
  afterAsOf: number;
}

const iso = (t: number): string => (Number.isFinite(t) ? new Date(t).toISOString() : t > 0 ? '∞' : '−∞');

/**
 * @internal The warnings for a view: a relation that names no edge type but is one slip from one
 * (`typeCounts` is computed only when needed), relations on a graph without types, and a view that
 * keeps no edge of a non-empty graph.
 */
export function viewWarnings(view: ResolvedView, drops: ViewDrops, keptTypes: readonly string[], typeCounts: () => ReadonlyMap<string, number>): Warning[] {
  const warnings: Warning[] = [];
  const unmatched = view.relations?.filter((r) => !keptTypes.includes(r)) ?? [];
  const counts = unmatched.length > 0 ? typeCounts() : new Map<string, number>();
  const present = [...counts].sort((a, b) => b[1] - a[1]);
  if (unmatched.length > 0 && present.length === 0 && drops.total > 0) {
    warnings.push(warning('NO_TYPE_ATTRIBUTE', `no edge has a "${view.typeAttribute}" attribute, so relations ${unmatched.join(', ')} match none (a scorer that takes relations counts every edge with relations: null)`));
  }
  const typesNote = `edge types present: ${present.slice(0, 8).map(([t, n]) => `${t} (${n})`).join(', ')}${present.length > 8 ? ', …' : ''}`;
  // A relation with no edge is named only when it looks like a slip for a type that exists: scorers'
  // default relations (reciprocity's follow, mention, reply) often include types a graph lacks.
  for (const relation of present.length === 0 ? [] : unmatched) {
    if (counts.has(relation)) continue; // its edges exist but the window or asOf dropped them
    const near = closest(relation, counts.keys());
    if (near !== undefined) warnings.push(warning('UNKNOWN_RELATION', `relation "${relation}" matches no edge (${typesNote}); did you mean "${near}"?`));
  }
  if (drops.kept === 0 && drops.total > 0) {
    const reasons: string[] = [];
    if (drops.relations > 0) {
      const types = present.length > 0 ? `; ${typesNote}` : '';
      reasons.push(`${drops.relations} not of relations ${view.relations!.join(', ')}${drops.untyped > 0 ? ` (${drops.untyped} have no type${types})` : types ? ` (${typesNote})` : ''}`);
    }
    if (drops.window > 0) reasons.push(`${drops.window} outside the window ${iso(view.window!.from)} … ${iso(view.window!.to)}${drops.untimed > 0 ? ` (${drops.untimed} have no time)` : ''}`);
    if (drops.afterAsOf > 0) reasons.push(`${drops.afterAsOf} after asOf ${iso(view.asOf!)}`);
    warnings.push(warning('EMPTY_VIEW', `the view keeps 0 of ${drops.total} edges (${reasons.join('; ')}): every score is computed on a graph without edges`));
  }
  return warnings;
}
