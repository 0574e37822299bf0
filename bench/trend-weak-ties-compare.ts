// Before/after cost of issue #19's trend and weak-tie changes, side by side in one process:
// `BEFORE_SRC=/path/to/old/src npx tsx bench/trend-weak-ties-compare.ts` (the old tree's src/, e.g.
// from `git archive <commit> src`). Times weakTieReach() and bridging() with their defaults on
// email-Enron (ENRON=path, 36,692 nodes) and on data/brand-world.ndjson.gz, and trend() (PageRank on
// shares and replies, 60-day windows every 30 days) on the brand world. Runs alternate before/after;
// best and range of REPEATS runs each.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPEATS = Number(process.env.REPEATS ?? 5);
const ENRON = process.env.ENRON ?? '/work/shared/data/email-Enron.csv.gz';
const BEFORE = process.env.BEFORE_SRC;
if (!BEFORE) throw new Error('set BEFORE_SRC to the src/ directory of the version to compare with');

type Lib = typeof import('../src/index.js');
type Node = typeof import('../src/node.js');
const load = async (dir: string): Promise<[Lib, Node]> => [await import(pathToFileURL(resolve(dir, 'index.ts')).href), await import(pathToFileURL(resolve(dir, 'node.ts')).href)];

const sides: Record<string, [Lib, Node]> = { before: await load(BEFORE), after: await load(resolve(import.meta.dirname, '../src')) };

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function compare(name: string, make: (lib: Lib, node: Node) => Promise<() => void>): Promise<void> {
  const runs: Record<string, () => void> = {};
  for (const [side, [lib, node]] of Object.entries(sides)) runs[side] = await make(lib, node);
  const times: Record<string, number[]> = { before: [], after: [] };
  for (const side of Object.keys(runs)) runs[side](); // warm-up
  for (let r = 0; r < REPEATS; r++) for (const side of Object.keys(runs)) times[side].push(timed(runs[side]));
  const best = (xs: number[]) => Math.min(...xs);
  const fmt = (xs: number[]) => `${best(xs).toFixed(0)} ms (${best(xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`| ${name} | ${fmt(times.before)} | ${fmt(times.after)} | ${(best(times.after) / best(times.before)).toFixed(2)}x |`);
}

console.log(`| case | before | after | after ÷ before |\n|---|---|---|---|`);
const brand = resolve(import.meta.dirname, '../data/brand-world.ndjson.gz');
if (existsSync(ENRON)) {
  await compare('email-Enron weakTieReach()', async (lib, node) => {
    const g = await node.loadGraph(ENRON);
    return () => lib.weakTieReach().score(lib.getScoringContext(g));
  });
  await compare('email-Enron bridging()', async (lib, node) => {
    const g = await node.loadGraph(ENRON);
    return () => lib.bridging().score(lib.getScoringContext(g));
  });
}
// The brand world is small: 20 calls a run.
await compare('brand world weakTieReach() ×20', async (lib, node) => {
  const g = await node.loadGraph(brand);
  return () => {
    for (let k = 0; k < 20; k++) lib.weakTieReach().score(lib.getScoringContext(g));
  };
});
await compare('brand world bridging() ×20', async (lib, node) => {
  const g = await node.loadGraph(brand);
  return () => {
    for (let k = 0; k < 20; k++) lib.bridging().score(lib.getScoringContext(g));
  };
});
await compare('brand world trend(pagerank share+reply, 60d/30d)', async (lib, node) => {
  const g = await node.loadGraph(brand);
  return () => lib.trend(g, lib.pagerank({ view: { relations: ['share', 'reply'] } }), { window: '60d', step: '30d' });
});
