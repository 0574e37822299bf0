// influence-score side of bench/scale.sh: the same job as bench/python/scale_igraph.py, end to end.
// Reads an edge list CSV (header source,target), builds a ScoringContext, then scores in-degree,
// PageRank (our default: block Gauss–Seidel on a directed view) and coreness (mode "all").
//   node bench/scale.bench.mjs <file.csv> context   # loadContext: columns, no graphology graph
//   node bench/scale.bench.mjs <file.csv> graph     # loadGraph → graphology → getScoringContext
// Prints one JSON object shaped like the Python side's: wall and CPU seconds per step and in total,
// and a summary of the results for the cross-check. Peak RSS is measured from outside (/usr/bin/time -v).
import { coreness, degree, getScoringContext, pagerank } from '../dist/index.js';
import * as node from '../dist/node.js';

const [path, mode = 'context'] = process.argv.slice(2);
if (!path) throw new Error('usage: node bench/scale.bench.mjs <file.csv> [context|graph]');
const steps = {};
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
async function step(name, fn) {
  const w0 = performance.now();
  const c0 = cpu();
  const out = await fn();
  steps[name] = { wall: (performance.now() - w0) / 1000, cpu: cpu() - c0 };
  return out;
}

const w0 = performance.now();
const c0 = cpu();
let ctx;
if (mode === 'graph') {
  const graph = await step('load_graph', () => node.loadGraph(path, { csv: { directed: true } }));
  ctx = await step('context', () => getScoringContext(graph));
} else if (mode === 'context') {
  if (typeof node.loadContext !== 'function') throw new Error('loadContext is not in dist/node.js on this branch (the columnar path has not landed)');
  ctx = await step('load_context', () => node.loadContext(path, { csv: { directed: true } }));
} else throw new Error(`unknown mode ${mode}`);
const inDegree = await step('in_degree', () => degree({ mode: 'in', normalized: false }).score(ctx));
const pr = await step('pagerank', () => pagerank().score(ctx));
const core = await step('coreness', () => coreness().score(ctx));
const total = { wall: (performance.now() - w0) / 1000, cpu: cpu() - c0 };

let inTotal = 0;
let inMax = 0;
for (const d of inDegree.values) {
  inTotal += d;
  if (d > inMax) inMax = d;
}
let coreMax = 0;
let coreCount = 0;
for (const k of core.values) {
  if (k > coreMax) [coreMax, coreCount] = [k, 0];
  if (k === coreMax) coreCount++;
}
console.log(JSON.stringify({
  side: `influence-score (${mode})`,
  versions: { node: process.version },
  nodes: ctx.n,
  edges: ctx.out.offsets[ctx.n],
  steps,
  total,
  pagerank: { solver: pr.meta.extra?.solver, iterations: pr.meta.iterations, converged: pr.meta.converged },
  summary: {
    pagerank_top: pr.top(5).map(({ key, value }) => [key, value]),
    in_degree_total: inTotal,
    in_degree_max: inMax,
    coreness_max: coreMax,
    coreness_max_count: coreCount,
  },
}));
