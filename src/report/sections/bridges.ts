/**
 * Bridges: the accounts whose weak ties reach the most people (Granovetter 1973: new information
 * travels through weak ties) or that span communities (participation coefficient, Guimerà & Amaral
 * 2005), shown beside their degree, so the reader sees brokers that a follower count hides.
 */
import type { ScoreVector } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { z } from 'zod';
import { vectorOrReason, labelFn } from './section-arguments.js';

/** One account of the bridges section. */
export interface BridgeRow {
  readonly node: string;
  readonly label: string;
  /** The bridge measure (weak-tie reach or bridging). */
  readonly bridge: number;
  /** Degree (neighbours, both directions). */
  readonly degree: number;
  /** 1-based rank by degree among all accounts (ties share the best rank). */
  readonly degreeRank: number;
}

/** Data of the bridges section. */
export interface BridgesData {
  /** Human name of the bridge measure. */
  readonly measure: string;
  /** The top bridges, best first. */
  readonly rows: readonly BridgeRow[];
  /** Every account as (degree, bridge) for the chart. */
  readonly all: readonly { readonly degree: number; readonly bridge: number }[];
}

/**
 * Builds the bridges section from a bridge vector and a degree vector (index-aligned or matched by
 * key); skipped with the reason when the measure could not be computed or is zero everywhere.
 *
 * @example
 * ```ts
 * bridgesData(weakTieReach().score(g), degree({ mode: 'all', normalized: false }).score(g), { top: 10, label, measure: 'Weak-tie reach' });
 * ```
 */
export function bridgesData(bridge: ScoreVector | string, degree: ScoreVector, options: { top: number; label: LabelOf; measure: string }): Section<BridgesData> {
  checkArguments('bridgesData', [bridge, degree, options], [['bridge', vectorOrReason], ['degree', argument.vector], ['options', z.object({ top: argument.finite, label: labelFn, measure: argument.string }).loose()]]);
  if (typeof bridge === 'string') return skipped(bridge);
  if (!bridge.values.some((v) => v > 0)) return skipped(`${options.measure} is 0 for every account: the graph has no weak ties that reach anyone new`);
  const degrees = Float64Array.from(degree.values).sort().reverse();
  const rankOf = (d: number): number => degrees.indexOf(d) + 1;
  const rows = bridge
    .top(options.top)
    .filter((e) => e.value > 0)
    .map(({ key, value }) => {
      const d = degree.get(key) ?? 0;
      return { node: key, label: options.label(key), bridge: value, degree: d, degreeRank: rankOf(d) };
    });
  const all = bridge.keys.map((key, i) => ({ degree: degree.get(key) ?? 0, bridge: bridge.values[i] }));
  return shown({ measure: options.measure, rows, all });
}
