/**
 * Advocates and detractors of a brand: the accounts whose smoothed stance towards the brand, weighted
 * by how far their voice carries, is most positive and most negative (the signed vector `advocacy`
 * returns, with its `meta.extra.stance` labels).
 */
import type { ScoreVector } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';

/** One advocate or detractor. */
export interface AdvocacyRow {
  readonly node: string;
  readonly label: string;
  /** Signed: higher is a stronger advocate. */
  readonly score: number;
  readonly stance: string;
}

/** Data of the advocacy section. */
export interface AdvocacyData {
  readonly brand: string;
  /** Strongest advocates first. */
  readonly advocates: readonly AdvocacyRow[];
  /** Strongest detractors first. */
  readonly detractors: readonly AdvocacyRow[];
  /** Accounts per stance over the whole graph. */
  readonly counts: ReadonlyMap<string, number>;
}

/**
 * Builds the advocacy section from the signed vector and its stance labels (`meta.extra.stance`,
 * aligned with `keys`; without them the sign decides); skipped with the reason when no brand was given
 * or advocacy could not be computed.
 *
 * @example
 * ```ts
 * advocacyData(advocacy({ brand: 'acme' }).score(graph), { brand: 'acme', top: 10, label });
 * ```
 */
export function advocacyData(vector: ScoreVector | string, options: { brand: string; top: number; label: LabelOf }): Section<AdvocacyData> {
  if (typeof vector === 'string') return skipped(vector);
  const labels = vector.meta.extra?.stance as readonly string[] | undefined;
  const stanceAt = (i: number): string => labels?.[i] ?? (vector.values[i] > 0 ? 'advocate' : vector.values[i] < 0 ? 'detractor' : 'neutral');
  const counts = new Map<string, number>();
  const rows: AdvocacyRow[] = vector.keys.map((node, i) => {
    const stance = stanceAt(i);
    counts.set(stance, (counts.get(stance) ?? 0) + 1);
    return { node, label: options.label(node), score: vector.values[i], stance };
  });
  const advocates = rows.filter((r) => r.stance === 'advocate').sort((a, b) => b.score - a.score).slice(0, options.top);
  const detractors = rows.filter((r) => r.stance === 'detractor').sort((a, b) => a.score - b.score).slice(0, options.top);
  if (advocates.length + detractors.length === 0) return skipped(`no account speaks for or against ${options.brand} in the data`);
  return shown({ brand: options.brand, advocates, detractors, counts });
}
