// The cold path of an app developer (issue #20 item 7): a graphology graph built with the public API
// (pgp-strong-2009: 39,796 nodes, 301,498 weighted, timed arcs), then the first ScoringContext of it,
// against a bare `forEachEdge` over the same graph (the floor: reading every edge once), and PageRank
// including that first context against graphology-metrics' pagerank. Each run takes a fresh
// `graph.copy()` (no cached context, no loader columns), all four timed side by side, best of RUNS.
//
//   npm run build && nice node --expose-gc bench/cold-context.bench.mjs     (RUNS=9; DATA=path.csv.gz)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { DirectedGraph } from 'graphology';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { getScoringContext, pagerank } from '../dist/index.js';

const RUNS = Number(process.env.RUNS ?? 9);
const DATA = process.env.DATA ?? '/work/shared/data/pgp-strong-2009.csv.gz';
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const base = new DirectedGraph();
const lines = gunzipSync(readFileSync(DATA)).toString('utf8').split('\n');
for (let i = 1; i < lines.length; i++) {
  if (lines[i] === '') continue;
  const [s, t, w, time] = lines[i].split(',');
  base.mergeEdge(s, t, { weight: Number(w), time: Number(time) });
}
console.log(`${DATA.split('/').pop()}: ${base.order} nodes, ${base.size} edges`);

const time = (fn) => {
  const graph = base.copy();
  gc();
  const t0 = performance.now();
  fn(graph);
  return performance.now() - t0;
};
const tasks = {
  forEachEdge: (g) => {
    let sum = 0;
    g.forEachEdge((_e, a) => {
      sum += a.weight;
    });
    if (!(sum > 0)) throw new Error('no edges');
  },
  firstContext: (g) => getScoringContext(g),
  'pagerank (ours, with its context)': (g) => pagerank({ tolerance: 1e-6 }).score(g),
  'graphology-metrics pagerank': (g) => graphologyPagerank(g, { tolerance: 1e-6, getEdgeWeight: 'weight' }),
};
const results = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
for (let r = 0; r < RUNS; r++) for (const [name, fn] of Object.entries(tasks)) results[name].push(time(fn));
const best = (name) => Math.min(...results[name]);
const range = (name) => `${best(name).toFixed(1)}–${Math.max(...results[name]).toFixed(1)} ms`;
for (const name of Object.keys(tasks)) console.log(`${name.padEnd(36)} best ${best(name).toFixed(1)} ms (range ${range(name)})`);
console.log(`first context / forEachEdge: ${(best('firstContext') / best('forEachEdge')).toFixed(2)}x (bar ≤ 2x)`);
console.log(`graphology-metrics / ours for PageRank: ${(best('graphology-metrics pagerank') / best('pagerank (ours, with its context)')).toFixed(2)}x (bar ≥ 5x)`);
