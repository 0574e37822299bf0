// threads: 2 vs threads: 1 on exact betweenness of a seeded hep-th-sized graph (10,000 nodes, about
// 26,000 edges: preferential attachment plus random ties), side by side in one run. The values must
// agree to 1e-12 relative (by construction they are bit-identical). The bar is 2 threads ≥ 1.6x
// faster than 1. Rerun on a quiet machine: npm run build && node bench/threads.bench.mjs
import os from 'node:os';
import Graph from 'graphology';
import { betweenness, degree } from '../dist/index.js';
import { createThreadPool } from '../dist/node.js';

const N = Number(process.env.THREADS_N ?? 10_000);
const REPEATS = Number(process.env.THREADS_REPEATS ?? 3);

function seededGraph(n, seed) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  const ends = [];
  for (let v = 1; v < n; v++) {
    // Two ties per newcomer: one by preferential attachment, one uniform (a heavy tail and short paths).
    for (const pick of [() => (ends.length ? ends[Math.floor(next() * ends.length)] : 0), () => Math.floor(next() * v)]) {
      const u = pick();
      if (u !== v && !g.hasEdge(String(u), String(v))) {
        g.addEdge(String(u), String(v));
        ends.push(u, v);
      }
    }
    if (next() < 0.6) {
      const u = Math.floor(next() * v);
      if (u !== v && !g.hasEdge(String(u), String(v))) {
        g.addEdge(String(u), String(v));
        ends.push(u, v);
      }
    }
  }
  return g;
}

const graph = seededGraph(N, 2026);
degree().score(graph); // build the context once
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`graph: ${graph.order} nodes, ${graph.size} edges; ${os.cpus().length} cores; load average ${load()}`);

const one = createThreadPool({ threads: 1 });
const two = createThreadPool({ threads: 2 });
const scorer = betweenness();
await scorer.scoreAsync(graph, { pool: one }); // start the workers and warm them up
await scorer.scoreAsync(graph, { pool: two });
const times = { 1: [], 2: [] };
let reference;
let maxRel = 0;
for (let r = 0; r < REPEATS; r++) {
  for (const [threads, pool] of [[1, one], [2, two]]) {
    const t = performance.now();
    const v = await scorer.scoreAsync(graph, { pool });
    times[threads].push(performance.now() - t);
    if (v.meta.params.threads !== threads) throw new Error(`ran on ${v.meta.params.threads} threads, asked ${threads}`);
    if (!reference) reference = v.values;
    for (let i = 0; i < v.values.length; i++) {
      const a = v.values[i];
      const b = reference[i];
      if (a !== b) maxRel = Math.max(maxRel, Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
    }
  }
}
await one.close();
await two.close();
const fmt = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
const best = (xs) => Math.min(...xs);
const ratios = times[1].map((t, i) => t / times[2][i]);
console.log(`| threads | time (${REPEATS} runs, min–max) |`);
console.log('|---|---|');
console.log(`| 1 | ${fmt(times[1])} |`);
console.log(`| 2 | ${fmt(times[2])} |`);
console.log(`speedup best-of: ${(best(times[1]) / best(times[2])).toFixed(2)}x; per pair: ${ratios.map((x) => x.toFixed(2)).join(', ')}; max relative difference ${maxRel} (bar: ≤ 1e-12; speedup ≥ 1.6x)`);
console.log(`load average after: ${load()}`);
if (maxRel > 1e-12) throw new Error('values differ between thread counts');
