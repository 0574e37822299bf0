import { expect, it } from 'vitest';
import { topicalExperiment } from '../helpers/topical-experiment.js';

const TOPICS = ['ai', 'cooking', 'football', 'travel'];
const SEEDS = 100;

// The figures of the brand guide's brandWorld table (docs/guide/brand.md) (100 seeds × 4 topics = 400 rankings).
it('topicalInfluence vs plain and personalized PageRank over 100 generated worlds', () => {
  const outcomes = Array.from({ length: SEEDS }, (_, s) => topicalExperiment(s + 1, TOPICS)).flat();
  const rate = (f: (o: (typeof outcomes)[number]) => boolean): string => `${outcomes.filter(f).length}/${outcomes.length}`;
  const mean = (f: (o: (typeof outcomes)[number]) => number): string => (outcomes.reduce((s, o) => s + f(o), 0) / outcomes.length).toFixed(2);
  const rows = [
    ['pagerank', (o: (typeof outcomes)[number]) => o.pagerank],
    ['pagerank personalized by on-topic content', (o: (typeof outcomes)[number]) => o.personalized],
    ["TwitterRank, the paper's step weight (contentWeight 'all')", (o: (typeof outcomes)[number]) => o.twitterRankPaper],
    ["TwitterRank, on-topic steps (formula 'twitterrank')", (o: (typeof outcomes)[number]) => o.twitterRank],
    ['topicalInfluence', (o: (typeof outcomes)[number]) => o.topical],
  ] as const;
  for (const [name, get] of rows) {
    console.log(`${name}: mean experts ${mean((o) => get(o)[0])}, mean celebrities ${mean((o) => get(o)[1])}, any celebrity ${rate((o) => get(o)[1] > 0)}, all 10 experts ${rate((o) => get(o)[0] === 10)}, ≥ 9 experts ${rate((o) => get(o)[0] >= 9)}`);
  }
  console.log(`on-topic share: ${mean((o) => o.onTopicShare)}`);
  expect(outcomes.every((o) => o.topical[1] === 0)).toBe(true);
});
