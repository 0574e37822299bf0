// threads: 2 vs threads: 1, side by side in one run, best of several runs, with an identical-output
// check on every run:
//   exact    exact betweenness of a seeded hep-th-sized graph (10,000 nodes, about 26,000 edges:
//            preferential attachment plus random ties); bar: 2 threads ≥ 1.6x faster, values to 1e-12
//            relative (by construction bit-identical);
//   approx   approximate betweenness (Riondato–Kornaropoulos, ε 0.01) of email-Enron (36,692 nodes,
//            183,831 edges);
//   imm      IMM (IC p = 0.01, k = 50, ε 0.1) on email-Enron: millions of reverse-reachable sets;
//   celf     CELF (IC p = 0.1, k = 10, 200 runs per estimate) on the 10,000-node graph.
// Pick sections with THREADS_BENCH=exact,approx,imm,celf and the runs with THREADS_REPEATS (default 3).
// Rerun on a quiet machine: npm run build && node bench/threads.bench.mjs
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import Graph from 'graphology';
import { betweenness, degree, maximizeInfluenceAsync } from '../dist/index.js';
import { createThreadPool } from '../dist/node.js';
import { loadSimpleGraph } from './load.mjs';

const N = Number(process.env.THREADS_N ?? 10_000);
const REPEATS = Number(process.env.THREADS_REPEATS ?? 3);
const SECTIONS = (process.env.THREADS_BENCH ?? 'exact,approx,imm,celf').split(',');

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

const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
const hepth = seededGraph(N, 2026);
degree().score(hepth); // build the context once
const enron = SECTIONS.some((s) => s === 'approx' || s === 'imm') ? loadSimpleGraph('email-Enron') : null;
if (enron) degree().score(enron);
console.log(`${os.cpus().length} cores; load average ${load()}; hep-th-sized graph: ${hepth.order} nodes, ${hepth.size} edges${enron ? `; email-Enron: ${enron.order} nodes, ${enron.size} edges` : ''}`);

/** CPU ÷ wall of two workers spinning for a second: near 2 when the machine has two free cores, near 1 when other work holds one. */
async function twoCoresFree() {
  const spin = 'const t = Date.now(); let x = 0; while (Date.now() - t < 1000) x++; require("node:worker_threads").parentPort.postMessage(x);';
  const t = performance.now();
  const used = process.cpuUsage();
  await Promise.all([0, 1].map(() => new Promise((resolve) => new Worker(spin, { eval: true }).once('message', resolve))));
  const spent = process.cpuUsage(used);
  return ((spent.user + spent.system) / 1000 / (performance.now() - t)).toFixed(2);
}
console.log(`two spinning workers got ${await twoCoresFree()} cores (CPU ÷ wall; 2 = both cores free)`);

const one = createThreadPool({ threads: 1 });
const two = createThreadPool({ threads: 2 });
await betweenness().scoreAsync(degreeOnly(), { pool: one }); // start the workers
await betweenness().scoreAsync(degreeOnly(), { pool: two });

function degreeOnly() {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < 600; i++) g.mergeEdge(String(i), String((i * 7 + 1) % 600));
  return g;
}

/** Largest relative difference between two vectors (0 when bit-identical). */
function maxRelative(a, b) {
  let worst = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(a[i]), Math.abs(b[i])));
  return worst;
}

/** What a maximization answers, without the thread count and the time. */
function answer(r) {
  const { threads: _t, ...details } = r.details;
  return JSON.stringify({ seeds: r.seeds, spread: r.spread, details });
}

const cases = {
  exact: {
    label: 'exact betweenness',
    graph: 'hep-th-sized 10k',
    run: (pool) => betweenness().scoreAsync(hepth, { pool }),
    threads: (v) => v.meta.params.threads,
    differ: (a, b) => maxRelative(a.values, b.values),
  },
  approx: {
    label: 'approximate betweenness (ε 0.01)',
    graph: 'email-Enron',
    run: (pool) => betweenness({ approximate: { epsilon: 0.01, seed: 1 } }).scoreAsync(enron, { pool }),
    threads: (v) => v.meta.params.threads,
    differ: (a, b) => maxRelative(a.values, b.values),
    note: (v) => `${v.meta.params.samples} samples`,
  },
  imm: {
    label: 'IMM (IC 0.01, k 50, ε 0.1)',
    graph: 'email-Enron',
    run: (pool) => maximizeInfluenceAsync(enron, 50, { method: 'imm', model: { type: 'ic', p: 0.01 }, epsilon: 0.1, seed: 1, evaluationRuns: 2000 }, { pool }),
    threads: (r) => r.threads,
    differ: (a, b) => (answer(a) === answer(b) ? 0 : 1),
    note: (r) => `${r.details.rrSetsDrawn} RR sets drawn`,
  },
  celf: {
    label: 'CELF (IC 0.1, k 10, 200 runs)',
    graph: 'hep-th-sized 10k',
    run: (pool) => maximizeInfluenceAsync(hepth, 10, { method: 'celf', model: { type: 'ic', p: 0.1 }, runs: 200, seed: 1, evaluationRuns: 2000 }, { pool }),
    threads: (r) => r.threads,
    differ: (a, b) => (answer(a) === answer(b) ? 0 : 1),
    note: (r) => `${r.details.evaluations} estimates`,
  },
};

const fmt = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
const best = (xs) => Math.min(...xs);
const rows = [];
let failed = false;
for (const name of SECTIONS) {
  const c = cases[name];
  const times = { 1: [], 2: [] };
  const cpu = { 1: [], 2: [] };
  let reference;
  let worst = 0;
  let note = '';
  for (let r = 0; r < REPEATS; r++) {
    // Alternate which thread count goes first, so a load change hits both alike.
    const order = r % 2 === 0 ? [[1, one], [2, two]] : [[2, two], [1, one]];
    for (const [threads, pool] of order) {
      const t = performance.now();
      const used = process.cpuUsage(); // every thread of the process, workers included
      const v = await c.run(pool);
      times[threads].push(performance.now() - t);
      const spent = process.cpuUsage(used);
      cpu[threads].push((spent.user + spent.system) / 1000);
      if (c.threads(v) !== threads) throw new Error(`${name} ran on ${c.threads(v)} threads, asked ${threads}`);
      if (!reference) {
        reference = v;
        note = c.note ? c.note(v) : '';
      }
      worst = Math.max(worst, c.differ(v, reference));
    }
  }
  const ratios = times[1].map((t, i) => t / times[2][i]);
  const identical = worst === 0 ? 'identical' : name === 'exact' && worst <= 1e-12 ? `max rel. diff ${worst}` : `DIFFERENT (${worst})`;
  if (!(worst === 0 || (name === 'exact' && worst <= 1e-12))) failed = true;
  // CPU time over wall time: near 2 when both workers are busy; the CPU totals show the pool's overhead.
  const busy = (t) => cpu[t].map((x, i) => (x / times[t][i]).toFixed(2)).join(', ');
  rows.push(`| ${c.label} | ${c.graph}${note ? `, ${note}` : ''} | ${fmt(times[1])} | ${fmt(times[2])} | ${(best(times[1]) / best(times[2])).toFixed(2)}x | ${ratios.map((x) => x.toFixed(2)).join(', ')} | ${fmt(cpu[1])} / ${fmt(cpu[2])} | ${busy(1)} / ${busy(2)} | ${identical} |`);
  console.log(`${name}: done, load average ${load()}, two spinning workers now get ${await twoCoresFree()} cores`);
}
await one.close();
await two.close();
console.log(`\n| measure | graph | threads 1 (${REPEATS} runs, min–max) | threads 2 | speedup best-of | per pair | CPU time 1 / 2 threads | CPU ÷ wall 1 / 2 threads | outputs 1 vs 2 threads |`);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`load average after: ${load()} (bar for exact betweenness: speedup ≥ 1.6x, values ≤ 1e-12 relative)`);
if (failed) throw new Error('outputs differ between thread counts');
