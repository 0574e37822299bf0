/**
 * Audience overlap among the top accounts: for every pair, the overlap coefficient (shared people /
 * the smaller audience), the figure influencer platforms sell: two creators with 40% overlap reach 40%
 * of the smaller audience twice. Shown as a heat map with the unique reach of the whole slate.
 */
import type { AbstractGraph } from 'graphology-types';
import { audienceOverlap, uniqueReach } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';

/** Data of the overlap section. */
export interface OverlapData {
  /** The accounts, in the order of the top table. */
  readonly accounts: readonly { readonly node: string; readonly label: string; readonly audience: number }[];
  /** overlap[i][j]: overlap coefficient of accounts i and j (1 on the diagonal). */
  readonly overlap: readonly (readonly number[])[];
  /** Distinct people the accounts reach together, and the sum of their audiences. */
  readonly reach: number;
  readonly total: number;
  /** The pair with the largest overlap, when any pair shares someone. */
  readonly worst: { readonly a: string; readonly b: string; readonly overlap: number } | null;
}

/**
 * The overlap heat map of `nodes` (at most `max` of them); skipped with the reason when fewer than
 * two of them have followers.
 *
 * @example
 * ```ts
 * overlapData(graph, ['ada', 'bob', 'cy'], { label: (n) => n, max: 10 });
 * ```
 */
export function overlapData(graph: AbstractGraph, nodes: readonly string[], options: { label: LabelOf; max: number }): Section<OverlapData> {
  const picked = nodes.slice(0, options.max);
  if (picked.length < 2) return skipped('fewer than two accounts are ranked, so there is no pair to compare');
  const o = audienceOverlap(graph, picked);
  const withAudience = picked.filter((n) => (o.sizes.get(n) ?? 0) > 0);
  if (withAudience.length < 2) return skipped('fewer than two of the top accounts have followers, so their audiences cannot be compared');
  const reach = uniqueReach(graph, picked);
  const overlap = picked.map((a, i) => picked.map((b, j) => (i === j ? 1 : (o.pair(a, b)?.overlap ?? 0))));
  const best = [...o.pairs].sort((x, y) => y.overlap - x.overlap)[0];
  return shown({
    accounts: picked.map((node) => ({ node, label: options.label(node), audience: o.sizes.get(node) ?? 0 })),
    overlap,
    reach: reach.reach,
    total: reach.total,
    worst: best && best.overlap > 0 ? { a: options.label(best.a), b: options.label(best.b), overlap: best.overlap } : null,
  });
}
