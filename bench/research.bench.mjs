// Research toolkit: IC throughput on email-Enron (ours vs a pure-Python loop), IMM k = 50 on
// email-Enron (time and memory), spreading power throughput, and rank correlations vs scipy.
// "Edge activation" = one activation attempt: a coin flipped for an (active, inactive) edge.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRng, epidemicThreshold, kendallTau, maximizeInfluence, simulate, spearmanRho, spreadingPower } from '../dist/index.js';
import { loadSimpleGraph } from './load.mjs';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const python = '/usr/bin/python3';
const script = fileURLToPath(new URL('./python/research_reference.py', import.meta.url));
const hasPython = existsSync(python);

function reference(...args) {
  if (!hasPython) return null;
  const r = spawnSync(python, [script, ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    console.log(`  (python reference failed: ${r.stderr.trim().split('\n').at(-1)})`);
    return null;
  }
  return JSON.parse(r.stdout);
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const graph = loadSimpleGraph('email-Enron');
const { threshold, meanDegree, meanSquareDegree } = epidemicThreshold(graph);
console.log(`email-Enron: ${graph.order} nodes, ${graph.size} edges; <k> = ${meanDegree.toFixed(3)}, <k²> = ${meanSquareDegree.toFixed(1)}, <k>/<k²> = ${threshold.toFixed(5)}`);

// 1. IC throughput: one run from each of `runs` random seed nodes (as the Python side), one core.
console.log('\n### IC edge activations per second (one core; one run per random seed node)');
console.log('| p | runs | mean spread | attempts | ours (attempts/s) | pure Python (attempts/s) | ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const [p, runs, pyRuns] of [[0.01, 20000, 20000], [0.05, 1000, 100], [0.1, 400, 40]]) {
  spreadingPower(graph, { model: { type: 'ic', p }, runs: 1, sample: Math.ceil(runs / 10), seed: 2 }); // warm-up
  const t = performance.now();
  const sp = spreadingPower(graph, { model: { type: 'ic', p }, runs: 1, sample: runs, seed: 1 });
  const ours = sp.meta.extra.attempts / ((performance.now() - t) / 1000);
  const spread = sp.values.reduce((x, y) => x + y, 0) / sp.values.length;
  const ref = reference('ic', `${dataDir}email-Enron.csv.gz`, p, pyRuns, 1);
  console.log(`| ${p} | ${runs} | ${spread.toFixed(1)} | ${sp.meta.extra.attempts} | ${(ours / 1e6).toFixed(2)} M | ${ref ? `${(ref.attemptsPerSecond / 1e6).toFixed(3)} M (${pyRuns} runs, spread ${ref.meanSpread.toFixed(1)})` : 'n/a'} | ${ref ? (ours / ref.attemptsPerSecond).toFixed(1) : 'n/a'}× |`);
}

// 2. IMM bar: k = 50, epsilon 0.1, IC p = 0.01. Selection timed alone; the spread is evaluated after.
console.log('\n### IMM on email-Enron: k = 50, epsilon = 0.1, ell = 1, IC p = 0.01, seed 1');
const rssBefore = process.memoryUsage().rss;
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
let t = performance.now();
const imm = maximizeInfluence(graph, 50, { model: { type: 'ic', p: 0.01 }, method: 'imm', epsilon: 0.1, seed: 1, evaluationRuns: 1 });
const immMs = performance.now() - t;
const maxRssAfter = process.resourceUsage().maxRSS * 1024;
const d = imm.details;
const immSpread = simulate(graph, imm.seeds, { model: { type: 'ic', p: 0.01 }, runs: 10000, seed: 5 });
console.log(`- selection time ${(immMs / 1000).toFixed(2)} s; RR sets ${d.rrSets}, entries ${d.rrEntries}, lower bound ${d.lowerBound.toFixed(1)}`);
console.log(`- memory: RR collection + inverted index peak ${mb(d.memoryBytes)}; process RSS ${mb(rssBefore)} before; peak RSS of the process ${mb(maxRssBefore)} before → ${mb(maxRssAfter)} after IMM`);
console.log(`- spread: IMM's estimate n·F_R(S) ${d.estimate.toFixed(1)}; Monte Carlo (10 000 runs) ${immSpread.mean.toFixed(1)} ± ${immSpread.stdError.toFixed(2)}`);
t = performance.now();
const dd = maximizeInfluence(graph, 50, { model: { type: 'ic', p: 0.01 }, method: 'degree-discount', seed: 1, evaluationRuns: 1 });
const ddMs = performance.now() - t;
const ddSpread = simulate(graph, dd.seeds, { model: { type: 'ic', p: 0.01 }, runs: 10000, seed: 5 });
console.log(`- degree discount for comparison: ${(ddMs / 1000).toFixed(2)} s, spread ${ddSpread.mean.toFixed(1)} ± ${ddSpread.stdError.toFixed(2)} (IMM/DD = ${(immSpread.mean / ddSpread.mean).toFixed(4)})`);

// 3. Spreading power throughput (SIR gamma = 1 at 1.5 × threshold).
console.log('\n### spreadingPower on email-Enron (SIR, beta = 1.5 <k>/<k²>, gamma = 1, 200 runs × 200 sampled nodes)');
t = performance.now();
const sp = spreadingPower(graph, { model: { type: 'sir', beta: 1.5 * threshold, gamma: 1 }, runs: 200, sample: 200, seed: 1 });
const spMs = performance.now() - t;
console.log(`- ${(spMs / 1000).toFixed(2)} s, ${(sp.meta.extra.attempts / (spMs / 1000) / 1e6).toFixed(2)} M attempts/s, mean spreading power ${(sp.values.reduce((a, b) => a + b, 0) / sp.values.length).toFixed(2)}`);

// 4. Rank correlations vs scipy.
console.log('\n### Rank correlation, n = 1 000 000 tied integers');
const n = 1_000_000;
const r2 = createRng(3);
const a = new Float64Array(n);
const b = new Float64Array(n);
for (let i = 0; i < n; i++) {
  a[i] = r2.int(1000);
  b[i] = a[i] + r2.int(300);
}
kendallTau(a.subarray(0, 1000), b.subarray(0, 1000));
t = performance.now();
const tau = kendallTau(a, b);
const tauMs = performance.now() - t;
t = performance.now();
const rho = spearmanRho(a, b);
const rhoMs = performance.now() - t;
const ref = reference('kendall', n, 3);
console.log(`- kendallTau ${tauMs.toFixed(0)} ms (tau ${tau.toFixed(6)})${ref ? `; scipy ${(ref.kendallSeconds * 1000).toFixed(0)} ms; ratio ${((ref.kendallSeconds * 1000) / tauMs).toFixed(2)}×` : ''}`);
console.log(`- spearmanRho ${rhoMs.toFixed(0)} ms (rho ${rho.toFixed(6)})${ref ? `; scipy ${(ref.spearmanSeconds * 1000).toFixed(0)} ms; ratio ${((ref.spearmanSeconds * 1000) / rhoMs).toFixed(2)}×` : ''}`);
