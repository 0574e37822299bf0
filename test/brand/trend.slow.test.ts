import { expect, it } from 'vitest';
import { trendExperiment } from '../helpers/trend-experiment.js';

// The README's figures for trend on planted rising and fading accounts (50 generated worlds).
it('trend finds planted rising and fading accounts over 50 generated worlds', () => {
  const outcomes = Array.from({ length: 50 }, (_, s) => trendExperiment(s + 1));
  const sum = (f: (o: (typeof outcomes)[number]) => number) => outcomes.reduce((s, o) => s + f(o), 0);
  const planted = sum((o) => o.planted);
  console.log(`rising labelled rising/new ${sum((o) => o.risingLabelled)}/${planted}, fading labelled fading/gone ${sum((o) => o.fadingLabelled)}/${planted}`);
  console.log(`rising among the 8 highest momenta ${sum((o) => o.risingTop8)}/${planted}, fading among the 8 lowest ${sum((o) => o.fadingBottom8)}/${planted}`);
  console.log(`unplanted accounts labelled rising or fading: ${sum((o) => o.falseAlarms)}/${sum((o) => o.accounts - 2 * o.planted)} (${((100 * sum((o) => o.falseAlarms)) / sum((o) => o.accounts - 2 * o.planted)).toFixed(1)}%)`);
  expect(sum((o) => o.risingLabelled)).toBeGreaterThanOrEqual(planted * 0.95);
});
