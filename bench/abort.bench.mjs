// Abort latency of the async forms on email-Enron (36,692 nodes, 183,831 edges): each long task is
// started with scoreAsync / simulateAsync / maximizeInfluenceAsync and aborted by a timer after
// `delay` ms; the latency is the time from when the timer was due to the rejection with ABORTED
// (so a loop that blocks the event loop shows up: the timer fires late). The bar is 100 ms. Narrow with ABORT_TASKS=closeness,imm; ABORT_DELAYS=50,1000.
// Run with --expose-gc to collect the bench's own garbage before each run (else a V8 mark-compact of
// earlier runs' copies, ~200 ms on this heap, can land inside one). ABORT_COLD=1: every run gets a fresh graph.copy(), so its context is built inside the aborted run (a cold context).
import { betweenness, bridging, closeness, degree, harmonic, maximizeInfluenceAsync, simulateAsync, weakTieReach } from '../dist/index.js';
import { loadSimpleGraph } from './load.mjs';
import os from 'node:os';

const cold = process.env.ABORT_COLD === '1';
let graph = loadSimpleGraph('email-Enron');
degree().score(graph); // builds and caches the context, so the runs below measure the work alone
let weighted = graph.copy();
weighted.forEachEdge((e, _a, s, t) => weighted.setEdgeAttribute(e, 'weight', 1 + ((Number(s) * 31 + Number(t)) % 5)));
degree().score(weighted);
const pristine = { graph, weighted };

const tasks = {
  closeness: (signal) => closeness().scoreAsync(graph, { signal }),
  harmonic: (signal) => harmonic().scoreAsync(graph, { signal }),
  betweenness: (signal) => betweenness().scoreAsync(graph, { signal }),
  'weighted betweenness': (signal) => betweenness({ weighted: true }).scoreAsync(weighted, { signal }),
  bridging: (signal) => bridging().scoreAsync(graph, { signal }),
  'weak-communities bridging': (signal) => bridging({ measure: 'weak-communities' }).scoreAsync(graph, { signal }),
  'weak-tie reach': (signal) => weakTieReach({ hops: 2 }).scoreAsync(graph, { signal }),
  imm: (signal) => maximizeInfluenceAsync(graph, 50, { method: 'imm', model: { type: 'ic', p: 0.05 }, seed: 1 }, { signal }),
  simulate: (signal) => simulateAsync(graph, ['0', '1', '2'], { runs: 1_000_000, model: { type: 'ic', p: 0.05 }, seed: 1 }, { signal }),
};
const only = process.env.ABORT_TASKS?.split(',');
const delays = (process.env.ABORT_DELAYS ?? '50,1000').split(',').map(Number);
const repeats = Number(process.env.ABORT_REPEATS ?? 3);

console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores; ${cold ? 'cold contexts (a fresh graph.copy() per run)' : 'contexts cached beforehand'}`);
console.log('| task | abort after | latency ms (timer due → ABORTED), each run | worst |');
console.log('|---|---|---|---|');
let worstAll = 0;
for (const [name, start] of Object.entries(tasks)) {
  if (only && !only.includes(name)) continue;
  for (const delay of delays) {
    const latencies = [];
    for (let r = 0; r < repeats; r++) {
      if (cold) [graph, weighted] = [pristine.graph.copy(), pristine.weighted.copy()];
      // With --expose-gc, the bench's own garbage (earlier runs, the copies) is collected before the
      // timer starts, so a full collection of it cannot land inside the measured run.
      globalThis.gc?.();
      const controller = new AbortController();
      const due = performance.now() + delay;
      const timer = setTimeout(() => controller.abort(), delay);
      try {
        await start(controller.signal);
        latencies.push(NaN); // finished before the timer
      } catch (e) {
        if (e?.code !== 'ABORTED') throw e;
        latencies.push(performance.now() - due);
      } finally {
        clearTimeout(timer);
      }
    }
    const aborted = latencies.filter((x) => !Number.isNaN(x));
    const worst = aborted.length > 0 ? Math.max(...aborted) : undefined;
    if (worst !== undefined) worstAll = Math.max(worstAll, worst);
    console.log(`| ${name} | ${delay} ms | ${latencies.map((x) => (Number.isNaN(x) ? 'finished first' : x.toFixed(1))).join(', ')} | ${worst === undefined ? '–' : worst.toFixed(1)} |`);
  }
}
console.log(`worst latency ${worstAll.toFixed(1)} ms; load average after ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
