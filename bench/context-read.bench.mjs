// Context build of a graph no loader built (issue 13 §4, "faster general read"): a 2M-edge graphology
// graph made with the public API (addEdgeWithKey, attributes { weight, type } on every edge unless
// BENCH_ATTRIBUTES=0, from the
// power-law edge list of bench/generate-powerlaw.mjs), then getScoringContext under views that differ
// only in an attribute no edge has (`timeAttribute: 't<i>'`): each is a cache miss that reads every
// record, as a cold context does. Prints each build and the best.
// Run: npx tsup && node --expose-gc bench/context-read.bench.mjs   (BENCH_EDGES=2000000 BENCH_RUNS=5;
// BENCH_DIST=/path/to/other/dist measures another build of the library, e.g. an older commit's)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MultiDirectedGraph } from 'graphology';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { getScoringContext } = await import(process.env.BENCH_DIST ? `${process.env.BENCH_DIST}/index.js` : '../dist/index.js');
const EDGES = Number(process.env.BENCH_EDGES ?? 2_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_ATTRIBUTES=0: edges without attributes (an unweighted follower graph). */
const ATTRIBUTES = process.env.BENCH_ATTRIBUTES !== '0';
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const path = fileURLToPath(new URL(`./.cache/powerlaw-${EDGES}-${Math.round(EDGES / 10)}-s1.csv`, import.meta.url));
if (!existsSync(path)) execFileSync(process.execPath, [fileURLToPath(new URL('./generate-powerlaw.mjs', import.meta.url)), '--edges', String(EDGES), '--nodes', String(Math.round(EDGES / 10)), '--seed', '1', '--out', path], { stdio: 'inherit' });

const graph = new MultiDirectedGraph({ allowSelfLoops: true });
const lines = readFileSync(path, 'utf8').split('\n');
const TYPES = ['follow', 'share', 'mention'];
for (let i = 1; i < lines.length; i++) {
  const line = lines[i];
  if (line === '') continue;
  const comma = line.indexOf(',');
  const s = line.slice(0, comma);
  const t = line.slice(comma + 1);
  if (!graph.hasNode(s)) graph.addNode(s);
  if (!graph.hasNode(t)) graph.addNode(t);
  graph.addEdgeWithKey(String(i), s, t, ATTRIBUTES ? { weight: 1 + (i % 3), type: TYPES[i % 3] } : {});
}
lines.length = 0;

const times = [];
for (let r = 0; r < RUNS; r++) {
  gc();
  const t0 = performance.now();
  const ctx = getScoringContext(graph, { timeAttribute: `t${r}` });
  times.push(performance.now() - t0);
  if (ctx.edges.length !== graph.size) throw new Error('edges lost');
}
console.log(`# context read: ${graph.size.toLocaleString('en-US')} edges, ${graph.order.toLocaleString('en-US')} nodes (public API, ${ATTRIBUTES ? 'weight + type on every edge' : 'no edge attributes'}); node ${process.version}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`getScoringContext (cold, records read): ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s; best ${(Math.min(...times) / 1000).toFixed(2)} s`);
