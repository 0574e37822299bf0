// Louvain on email-Enron (36,692 nodes, 183,831 ties), side by side in one run, seeds 1..LOUVAIN_SEEDS
// (default 5) at resolution 0.5 (weakTieReach's default) and 1 (bridging's default):
//  - ours: bridging({ resolution, seed }) on a warm context (our resumable Louvain on the tie CSR,
//    plus the participation pass, O(m)); Q from meta.extra.modularity;
//  - graphology-communities-louvain on an UndirectedGraph projection built once (the projection's
//    build, which the old bridging paid on every call, is timed separately);
//  - igraph's community_multilevel (C) through /usr/bin/python3 (bench/python/louvain_igraph.py),
//    graph built once, Louvain alone timed.
// Every Q is recomputed by one function from the partition, so the three are comparable.
// Prints best-of and median times and mean/max Q; record the load average with it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { bridging, createRng, getScoringContext } from '../dist/index.js';
import { loadSimpleGraph } from './load.mjs';

const SEEDS = Number(process.env.LOUVAIN_SEEDS ?? 5);
const python = '/usr/bin/python3';
const igraphScript = fileURLToPath(new URL('./python/louvain_igraph.py', import.meta.url));

const graph = loadSimpleGraph('email-Enron');
const ctx = getScoringContext(graph);
bridging({ communities: 'louvain' }).score(ctx); // warms the context's tie list

/** Q = Σ_c [L_c / m − γ (d_c / 2m)²] of a membership over the graph's edges (each edge once). */
function modularity(membership, resolution) {
  const inner = new Map();
  const degree = new Map();
  let m = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    const cs = membership(s);
    const ct = membership(t);
    m++;
    degree.set(cs, (degree.get(cs) ?? 0) + 1);
    degree.set(ct, (degree.get(ct) ?? 0) + 1);
    if (cs === ct) inner.set(cs, (inner.get(cs) ?? 0) + 1);
  });
  let q = 0;
  for (const [c, d] of degree) q += (inner.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const row = (name, ms, qs, note = '') =>
  console.log(`| ${name} | ${Math.min(...ms).toFixed(0)} | ${median(ms).toFixed(0)} | ${mean(qs).toFixed(4)} | ${Math.max(...qs).toFixed(4)} | ${note} |`);

console.log(`email-Enron, seeds 1..${SEEDS}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
const t0 = performance.now();
const projection = new UndirectedGraph();
graph.forEachNode((k) => projection.addNode(k));
graph.forEachEdge((_e, _a, s, t) => projection.mergeEdge(s, t, { weight: 1 }));
const projectionMs = performance.now() - t0;

for (const resolution of [0.5, 1]) {
  console.log(`\nresolution ${resolution}\n| implementation | best ms | median ms | mean Q | max Q | |\n|---|---|---|---|---|---|`);
  const ours = { ms: [], q: [] };
  const theirs = { ms: [], q: [] };
  for (let seed = 1; seed <= SEEDS; seed++) {
    let t = performance.now();
    const v = bridging({ resolution, seed }).score(ctx);
    ours.ms.push(performance.now() - t);
    const membership = v.meta.extra.membership;
    const index = new Map(v.keys.map((k, i) => [k, i]));
    const q = modularity((k) => membership[index.get(k)], resolution);
    if (Math.abs(q - v.meta.extra.modularity) > 1e-12) throw new Error(`reported Q ${v.meta.extra.modularity} ≠ recomputed ${q}`);
    ours.q.push(q);
    t = performance.now();
    const found = louvain(projection, { resolution, rng: createRng(seed).next, getEdgeWeight: 'weight' });
    theirs.ms.push(performance.now() - t);
    theirs.q.push(modularity((k) => found[k], resolution));
  }
  row('ours (bridging on a warm context)', ours.ms, ours.q, 'pauses every 4096 entries; abortable');
  row('graphology-communities-louvain', theirs.ms, theirs.q, `plus ${projectionMs.toFixed(0)} ms to build its projection`);
  if (existsSync(python)) {
    const r = spawnSync(python, [igraphScript, 'email-Enron', String(resolution), String(SEEDS)], { encoding: 'utf8' });
    if (r.status === 0) {
      const ig = JSON.parse(r.stdout);
      row('igraph community_multilevel (C)', ig.ms, ig.q, "igraph's own modularity");
    } else console.log(`(igraph failed: ${r.stderr.trim().split('\n').at(-1)})`);
  } else console.log('(no /usr/bin/python3: igraph skipped)');
  console.log(`ours / graphology, best-of: ${(Math.min(...ours.ms) / Math.min(...theirs.ms)).toFixed(2)}`);
}
console.log(`\nload average after ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
