import { expect, it } from 'vitest';
import { buildSocialGraph, topicalInfluence } from '../../src/index.js';
import { type TopicalCase, topicalFamily, topicalWorld } from '../helpers/topical-family.js';

// The guide's topical-influence family table (docs/guide/brand.md): 30 worlds of 1k accounts and 10 of
// 20k (test/helpers/topical-family.ts), each ranked by both formulas, and the same worlds with the
// volume posters following each other (a ring).
const CASES: TopicalCase[] = [...topicalFamily(30, [1000]), ...topicalFamily(10, [20000])];

interface Outcome {
  experts: number;
  posters: number;
  celebrities: number;
}

function outcome(spec: TopicalCase, formula: 'attention' | 'twitterrank', ring: boolean): Outcome {
  const world = topicalWorld({ ...spec, ring });
  const v = topicalInfluence({ topic: 'ai', formula }).score(buildSocialGraph(world.records));
  const top = v.top(10).map((r) => r.key);
  const count = (list: readonly string[]) => top.filter((k) => list.includes(k)).length;
  return { experts: count(world.experts), posters: count(world.enthusiasts), celebrities: count(world.celebrities) };
}

it('topicalInfluence finds planted experts over volume posters on 40 independent worlds (1k and 20k accounts)', () => {
  const rows: Record<string, Outcome[]> = { attention: [], twitterrank: [], 'attention, ring': [], 'twitterrank, ring': [] };
  for (const spec of CASES) {
    rows.attention.push(outcome(spec, 'attention', false));
    rows.twitterrank.push(outcome(spec, 'twitterrank', false));
    rows['attention, ring'].push(outcome(spec, 'attention', true));
    rows['twitterrank, ring'].push(outcome(spec, 'twitterrank', true));
  }
  const n = CASES.length;
  for (const [name, list] of Object.entries(rows)) {
    const mean = (f: (o: Outcome) => number) => (list.reduce((s, o) => s + f(o), 0) / n).toFixed(2);
    const rate = (f: (o: Outcome) => boolean) => `${list.filter(f).length}/${n}`;
    console.log(`${name}: precision@10 ${(Number(mean((o) => o.experts)) / 10).toFixed(3)}, ≥ 9 experts ${rate((o) => o.experts >= 9)}, any volume poster ${rate((o) => o.posters > 0)} (mean ${mean((o) => o.posters)}), any celebrity ${rate((o) => o.celebrities > 0)}`);
  }
  expect(rows.attention.filter((o) => o.experts >= 9).length).toBeGreaterThanOrEqual(Math.ceil(0.95 * n));
  expect(rows.attention.every((o) => o.posters === 0)).toBe(true);
});
