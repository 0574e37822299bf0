import { expect, it } from 'vitest';
import type { AttentionWorldOptions } from '../helpers/attention-world.js';
import { type TrendFamilyOutcome, trendFamilyCase } from '../helpers/trend-families.js';

// 64 worlds: activity dense (100k events a year) or sparse (10k), platform steady or growing ×8,
// planted accounts at the median or at the 80th percentile of shares, 1,000 or 3,000 accounts,
// 4 seeds. Each world has 20 risers and 20 faders (×16 over the year) and 10 starters and 10 stoppers.
// Both ways of measuring momentum run on every world; the rates are printed for docs/guide/time.md.
const worlds: AttentionWorldOptions[] = [];
for (const events of [100_000, 10_000])
  for (const growth of [1, 8])
    for (const at of [0.5, 0.8])
      for (const accounts of [1000, 3000])
        for (const seed of [1, 2, 3, 4]) worlds.push({ seed: seed + 10 * accounts, accounts, events: (events * accounts) / 2000, growth, at, starters: 10 });

const rate = (xs: TrendFamilyOutcome[], f: (o: TrendFamilyOutcome) => [number, number]) => {
  const [a, b] = xs.map(f).reduce(([x, y], [p, q]) => [x + p, y + q], [0, 0]);
  return { found: a, of: b, rate: b === 0 ? Number.NaN : a / b };
};
const pct = (r: { found: number; of: number; rate: number }) => `${(100 * r.rate).toFixed(1)}% (${r.found}/${r.of})`;

it('trend family: rate momentum finds mid-ranking changes and labels few steady accounts; rank momentum for comparison', () => {
  const outcomes = worlds.flatMap((w) => trendFamilyCase(w));
  const summary: Record<string, Record<string, string>> = {};
  for (const way of ['rate', 'rank'] as const) {
    const mine = outcomes.filter((o) => o.momentum === way);
    const groups: Record<string, TrendFamilyOutcome[]> = {
      all: mine,
      dense: mine.filter((o) => o.world.events! / o.world.accounts! >= 50),
      sparse: mine.filter((o) => o.world.events! / o.world.accounts! < 50),
      growing: mine.filter((o) => o.world.growth === 8),
    };
    for (const [name, xs] of Object.entries(groups)) {
      summary[`${way} ${name} (${xs.length} worlds)`] = {
        risers: pct(rate(xs, (o) => [o.risers, o.planted])),
        faders: pct(rate(xs, (o) => [o.faders, o.planted])),
        'risers ≥30 events': pct(rate(xs, (o) => o.denseRisers)),
        'faders ≥30 events': pct(rate(xs, (o) => o.denseFaders)),
        starters: pct(rate(xs, (o) => o.starters)),
        stoppers: pct(rate(xs, (o) => o.stoppers)),
        'steady labelled': pct(rate(xs, (o) => [o.steadyLabelled, o.steady])),
        'steady new': pct(rate(xs, (o) => [o.steadyNew, o.steady])),
      };
    }
  }
  console.table(summary);
  const mine = outcomes.filter((o) => o.momentum === 'rate');
  const dense = mine.filter((o) => o.world.events! / o.world.accounts! >= 50);
  expect(rate(dense, (o) => o.denseRisers).rate).toBeGreaterThan(0.8);
  expect(rate(mine, (o) => [o.steadyLabelled, o.steady]).rate).toBeLessThan(0.01);
  expect(rate(mine, (o) => [o.steadyNew, o.steady]).rate).toBeLessThan(0.005);
}, 3_600_000);
