import { expect, it } from 'vitest';
import { type FamilyOutcome, runFamilyCase, weakTieFamily } from './block-families.js';

// Issue #19 item 5, weak ties: 132 graphs (2 seeds × 1k/5k/20k nodes × mixing 0.1/0.3/0.5 × one LFR-like
// graph and six SBMs (2 equal, 2 unequal 20/80, 3 unequal 10/30/60 blocks; mean degree 10 or 20)),
// plus one graph without groups per seed and size. Each graph runs the default communities
// (resolution 'auto') and the old fixed resolutions 0.5 (weakTieReach) and 1 (bridging).
const RULES = ['auto', 0.5, 1] as const;

it('weak-tie family: groups found, weak ties against the planted cross-group ties, and never an unexplained all-zero result', () => {
  const outcomes: FamilyOutcome[] = weakTieFamily([1, 2]).flatMap((c) => runFamilyCase(c, RULES));
  const table: Record<string, Record<string, string>> = {};
  const groups = new Map<string, FamilyOutcome[]>();
  for (const o of outcomes) {
    const key = o.kind === 'none' ? 'no groups' : `${o.kind} μ${o.mixing}`;
    for (const k of [key, 'all']) groups.set(`${k} | ${o.rule}`, [...(groups.get(`${k} | ${o.rule}`) ?? []), o]);
  }
  const mean = (xs: number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
  for (const [key, xs] of [...groups].sort()) {
    const found = xs.filter((o) => o.kind === 'none' ? o.communities === 1 : o.nmi >= 0.5).length;
    table[key] = {
      graphs: String(xs.length),
      'groups found (NMI ≥ 0.5; none: one community)': `${found}/${xs.length}`,
      'mean NMI': mean(xs.map((o) => o.nmi)).toFixed(2),
      'weak-tie recall': mean(xs.map((o) => o.recall).filter((x) => !Number.isNaN(x))).toFixed(2),
      'weak-tie precision': mean(xs.map((o) => o.precision).filter((x) => !Number.isNaN(x))).toFixed(2),
      'all zero (warned)': `${xs.filter((o) => o.allZero).length} (${xs.filter((o) => o.allZero && o.warned).length})`,
    };
  }
  console.table(table);
  // Never an all-zero result without the warning, whatever the rule.
  expect(outcomes.filter((o) => o.allZero && !o.warned).map((o) => `${o.name} ${o.rule}`)).toEqual([]);
  const auto = outcomes.filter((o) => o.rule === 'auto');
  const lfr = auto.filter((o) => o.kind === 'lfr');
  expect(lfr.filter((o) => o.nmi >= 0.9).length / lfr.length).toBeGreaterThanOrEqual(0.95);
  expect(auto.filter((o) => o.kind === 'none').every((o) => o.communities === 1)).toBe(true);
}, 3_600_000);
