// Betweenness: ours (exact Brandes + reductions; RK sampling) vs graphology-metrics, same graphology
// graph, same run. Context build is included in our times (each timed run scores a fresh copy).
//
// graphology-metrics' exact betweenness on these graphs takes many minutes, so by default it is timed
// on the same K random sources through its own kernel (graphology-shortest-path's indexed Brandes plus
// the accumulation loop of graphology-metrics/centrality/betweenness, verbatim in behaviour), and ours
// on the same K sources with `betweenness({ sources })` (no reductions: kernel against kernel). Its
// full time is then extrapolated as per-source time × n and set against our real full run.
// BETWEENNESS_FULL=1 runs graphology-metrics' betweennessCentrality whole instead.
// Env: BETWEENNESS_K (default 500), BETWEENNESS_NETS (comma list).
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import brandesLib from 'graphology-shortest-path/indexed-brandes.js';
import { betweenness, createRng } from '../dist/index.js';
import { loadSimpleGraph } from './load.mjs';

const K = Number(process.env.BETWEENNESS_K ?? 500);
const FULL = process.env.BETWEENNESS_FULL === '1';
const NETS = (process.env.BETWEENNESS_NETS ?? 'email-Enron,pgp-strong-2009').split(',');

/** Wall and CPU seconds of fn (CPU is the robust figure on a shared machine). */
function timed(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  return { result, wall, cpu: (c.user + c.system) / 1e6 };
}

const fmt = (t) => `${t.wall.toFixed(2)} s wall / ${t.cpu.toFixed(2)} s cpu`;

/** graphology-metrics' accumulation loop over chosen source indices (their code path, restricted). */
function graphologySources(graph, sourceIdx) {
  const brandes = brandesLib.createUnweightedIndexedBrandes(graph);
  const N = graph.order;
  const delta = new Float64Array(N);
  const centralities = new Float64Array(N);
  for (const i of sourceIdx) {
    const [S, P, sigma] = brandes(i);
    let j = S.size;
    while (j--) delta[S.items[S.size - j]] = 0;
    while (S.size !== 0) {
      const w = S.pop();
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let p = 0, m = P[w].length; p < m; p++) delta[P[w][p]] += sigma[P[w][p]] * coefficient;
      if (w !== i) centralities[w] += delta[w];
    }
  }
  return centralities;
}

function maxRelDiff(a, b) {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-12));
  return worst;
}

for (const name of NETS) {
  const graph = loadSimpleGraph(name);
  const n = graph.order;
  console.log(`\n### ${name}: n=${n}, m=${graph.size} (${graph.type})`);
  const keys = graph.nodes();

  // Warm-up (JIT) on a few sources each.
  const warm = [0, 1, 2, 3].map(String);
  betweenness({ sources: warm }).score(graph.copy());
  graphologySources(graph, [0, 1, 2, 3]);

  // Kernel against kernel on the same K sources.
  const rng = createRng(20240501);
  const picked = new Set();
  while (picked.size < Math.min(K, n)) picked.add(rng.int(n));
  const sourceIdx = [...picked];
  const ours = timed(() => betweenness({ sources: sourceIdx.map((i) => keys[i]), normalized: false }).score(graph.copy()));
  const theirs = timed(() => graphologySources(graph, sourceIdx));
  const halve = graph.type === 'undirected' ? 0.5 : 1;
  const theirsScaled = Array.from(theirs.result, (x) => x * halve);
  console.log(`same ${sourceIdx.length} sources: ours ${fmt(ours)} · graphology ${fmt(theirs)} · ratio wall ${(theirs.wall / ours.wall).toFixed(2)}x, cpu ${(theirs.cpu / ours.cpu).toFixed(2)}x · max rel diff ${maxRelDiff(ours.result.values, theirsScaled).toExponential(2)}`);

  // Our full exact run (reductions on), context build included.
  const full = timed(() => betweenness().score(graph.copy()));
  console.log(`ours exact, all ${n} sources: ${fmt(full)}`);
  let theirFull;
  if (FULL) {
    theirFull = timed(() => betweennessCentrality(graph, { getEdgeWeight: null }));
    console.log(`graphology-metrics betweennessCentrality, whole: ${fmt(theirFull)}`);
  } else {
    theirFull = { wall: (theirs.wall / sourceIdx.length) * n, cpu: (theirs.cpu / sourceIdx.length) * n };
    console.log(`graphology-metrics whole, extrapolated (per-source time × n): ${fmt(theirFull)}`);
  }
  console.log(`RATIO exact betweenness ${name}: graphology / ours = wall ${(theirFull.wall / full.wall).toFixed(2)}x, cpu ${(theirFull.cpu / full.cpu).toFixed(2)}x (bar ≥ 3x)`);

  {
    const approx = timed(() => betweenness({ approximate: { epsilon: 0.01, delta: 0.1, seed: 1 } }).score(graph.copy()));
    const p = approx.result.meta.params;
    let maxAbs = 0;
    for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(approx.result.values[i] - full.result.values[i]));
    console.log(`ours approximate (ε 0.01, δ 0.1, seed 1; ${p.method}, ${p.samples} samples, VD ≤ ${p.vertexDiameterBound}): ${fmt(approx)} · ${((100 * approx.cpu) / full.cpu).toFixed(1)}% of exact cpu, ${((100 * approx.wall) / full.wall).toFixed(1)}% wall (bar ≤ 10%) · max abs error ${maxAbs.toExponential(2)}`);
  }
}
