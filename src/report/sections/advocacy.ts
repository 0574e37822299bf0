/**
 * Advocates and detractors of a brand: the accounts whose smoothed stance towards the brand, weighted
 * by how far their voice carries, is most positive and most negative (the signed vector `advocacy`
 * returns, with its `meta.extra.stance` labels). The brand's own people (`meta.extra.affiliated`) are
 * listed apart as ambassadors: an employee's praise is not independent advocacy.
 */
import type { ScoreVector } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { z } from 'zod';
import { vectorOrReason, labelFn } from './section-arguments.js';

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
  /** The brand's own people with any evidence, strongest first (empty without affiliation data). */
  readonly ambassadors: readonly AdvocacyRow[];
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
  checkArguments('advocacyData', [vector, options], [['vector', vectorOrReason], ['options', z.object({ brand: argument.string, top: argument.finite, label: labelFn }).loose()]]);
  if (typeof vector === 'string') return skipped(vector);
  const labels = vector.meta.extra?.stance as readonly string[] | undefined;
  const affiliated = vector.meta.extra?.affiliated as ArrayLike<number> | undefined;
  const evidence = vector.meta.extra?.evidence as ArrayLike<number> | undefined;
  const stanceAt = (i: number): string => labels?.[i] ?? (vector.values[i] > 0 ? 'advocate' : vector.values[i] < 0 ? 'detractor' : 'neutral');
  const counts = new Map<string, number>();
  const outside: AdvocacyRow[] = [];
  const own: AdvocacyRow[] = [];
  vector.keys.forEach((node, i) => {
    const stance = stanceAt(i);
    const row = { node, label: options.label(node), score: vector.values[i], stance };
    if (affiliated?.[i]) {
      if (evidence === undefined || evidence[i] > 0) own.push(row);
      return;
    }
    counts.set(stance, (counts.get(stance) ?? 0) + 1);
    outside.push(row);
  });
  const advocates = outside.filter((r) => r.stance === 'advocate').sort((a, b) => b.score - a.score).slice(0, options.top);
  const detractors = outside.filter((r) => r.stance === 'detractor').sort((a, b) => a.score - b.score).slice(0, options.top);
  const ambassadors = own.sort((a, b) => b.score - a.score).slice(0, options.top);
  if (advocates.length + detractors.length + ambassadors.length === 0) return skipped(`no account speaks for or against ${options.brand} in the data`);
  return shown({ brand: options.brand, advocates, detractors, ambassadors, counts });
}
