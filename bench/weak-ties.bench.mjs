// Weak-tie family on email-Enron (36,692 nodes, 183,831 ties), everything printed for bench/RESULTS.md:
//  1. Burt constraint: ours vs igraph's constraint() in the same run (bench/python/constraint_igraph.py), ratio.
//  2. Effective size, overlap, tie classification timings.
//  3. weakTieReach: exact (breadth-first and bitset) vs the bottom-k sketch: time, speed-up and the share
//     of nodes within 5% relative error of exact.
//  4. Onnela's edge-removal experiment: largest component / n after each 10% of ties removed,
//     weakest-first vs strongest-first by overlap.
// WEAK_TIES_QUICK=1 skips the 3-hop breadth-first run (about 40 s on a quiet machine).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constraint, edgeOverlap, edgeRemoval, effectiveSize, getScoringContext, tieStrength, weakTieReach } from '../dist/index.js';
import { loadReference, loadSimpleGraph } from './load.mjs';

const python = '/usr/bin/python3';
const igraphScript = fileURLToPath(new URL('./python/constraint_igraph.py', import.meta.url));
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 5000);
const QUICK = process.env.WEAK_TIES_QUICK === '1';


/** Median wall time over as many runs as fit the budget (at least 3), after one warm-up. */
function time(fn, budget = BUDGET_MS) {
  fn();
  const times = [];
  const start = performance.now();
  while (times.length < 3 || (performance.now() - start < budget && times.length < 30)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], runs: times.length };
}
function once(fn) {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const maxAbs = (a, b) => a.reduce((w, x, i) => Math.max(w, Math.abs(x - b[i])), 0);

const graph = loadSimpleGraph('email-Enron');
const ref = loadReference('email-Enron');
const ctx = getScoringContext(graph);
console.log(`email-Enron: ${ctx.n} nodes, ${graph.size} ties`);

// 1. Constraint vs igraph.
const ours = time(() => constraint().score(ctx));
const oursCold = time(() => {
  graph.setAttribute('touch', Math.random()); // drops the cached context: CSR build included
  constraint().score(graph);
});
const c = constraint().score(ctx);
console.log(`\nconstraint: ours ${fmt(ours.ms)} (${ours.runs} runs; ${fmt(oursCold.ms)} with the context build), max |Δ| vs NetworkX ${maxAbs(c.values, ref.measures.constraint.values).toExponential(2)}`);
if (existsSync(python)) {
  const r = spawnSync(python, [igraphScript, 'email-Enron', String(BUDGET_MS / 1000)], { encoding: 'utf8' });
  if (r.status === 0) {
    const ig = JSON.parse(r.stdout.trim().split('\n').at(-1));
    console.log(`constraint: igraph ${fmt(ig.median_ms)} (${ig.runs} runs), max |Δ| vs NetworkX ${ig.max_abs_vs_networkx.toExponential(2)}`);
    console.log(`constraint: ours / igraph = ${(ours.ms / ig.median_ms).toFixed(2)} (bar ≤ 2), with context build ${(oursCold.ms / ig.median_ms).toFixed(2)}`);
  } else console.log(`(igraph reference failed: ${r.stderr.trim().split('\n').at(-1)})`);
} else console.log('(no /usr/bin/python3: igraph comparison skipped)');

// 2. Other structural measures.
const es = time(() => effectiveSize().score(ctx));
console.log(`\neffective size: ${fmt(es.ms)}, max |Δ| vs NetworkX ${maxAbs(effectiveSize().score(ctx).values, ref.measures.effective_size.values).toExponential(2)}`);
const ov = time(() => {
  graph.setAttribute('touch', Math.random());
  return edgeOverlap().score(graph);
});
console.log(`edge overlap (all ties, context build included): ${fmt(ov.ms)}`);
console.log(`tieStrength (overlap, median threshold): ${fmt(time(() => tieStrength().classify(ctx)).ms)}`);

// 3. Weak-tie reach: exact vs sketch.
const within = (exact, est) => {
  let ok = 0;
  for (let i = 0; i < exact.length; i++) {
    const e = exact[i];
    if (e === 0 ? est[i] === 0 : Math.abs(est[i] - e) / e <= 0.05) ok++;
  }
  return ok / exact.length;
};
console.log('\nweakTieReach (overlap, median threshold): method | hops | time | speed-up vs breadth-first exact | nodes within 5% of exact');
for (const hops of [2, 3]) {
  const bfs = hops === 3 && QUICK ? null : once(() => weakTieReach({ hops, method: 'bfs', ties: 'strength' }).score(ctx));
  const bitset = once(() => weakTieReach({ hops, method: 'bitset', ties: 'strength' }).score(ctx));
  const exact = bitset.value.values;
  const speed = (ms) => (bfs ? `${(bfs.ms / ms).toFixed(1)}x` : 'n/a');
  if (bfs) console.log(`  exact, breadth-first | ${hops} | ${fmt(bfs.ms)} | 1x | ${(100 * within(exact, bfs.value.values)).toFixed(1)}%`);
  console.log(`  exact, bitsets | ${hops} | ${fmt(bitset.ms)} | ${speed(bitset.ms)} | 100%`);
  for (const k of [256, 1024]) {
    const s = once(() => weakTieReach({ hops, method: 'sketch', sketchSize: k, seed: 1, ties: 'strength' }).score(ctx));
    console.log(`  sketch k=${k} | ${hops} | ${fmt(s.ms)} | ${speed(s.ms)} | ${(100 * within(exact, s.value.values)).toFixed(1)}% (exact nodes ${s.value.meta.extra.exactNodes})`);
  }
}

// 4. Onnela's edge removal.
const removal = edgeRemoval(edgeOverlap().score(ctx));
console.log('\nOnnela edge removal (largest component / n): removed | weakest first | strongest first');
removal.removed.forEach((share, k) => {
  console.log(`  ${Math.round(share * 100)}% | ${removal.weakestFirst.largestComponent[k].toFixed(4)} | ${removal.strongestFirst.largestComponent[k].toFixed(4)}`);
});
