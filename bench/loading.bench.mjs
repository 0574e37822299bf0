// Loading bench (issue 13 §3-4): a 2M-edge directed power-law edge list (bench/generate-powerlaw.mjs,
// seeded, shuffled ids) through
//   - a bare loop: read the text, split lines and fields, mergeEdge on a graphology MultiDirectedGraph
//     (the floor any graphology loader pays);
//   - loadGraph (graphology path) and the context build of its graph;
//   - loadContext (columnar path: no graphology graph), with the memory its columns hold.
// All in one process, interleaved, RUNS rounds (best and range reported): the ratios compare runs made
// side by side under the same machine load.
// Run: npx tsup && node --expose-gc bench/loading.bench.mjs   (BENCH_EDGES=2000000 BENCH_RUNS=3)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MultiDirectedGraph } from 'graphology';
import { getScoringContext } from '../dist/index.js';
import { loadContext, loadGraph } from '../dist/node.js';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The cached power-law edge list of bench/generate-powerlaw.mjs for these sizes, generated when missing. */
function powerLawCsv({ edges, nodes, seed }) {
  const path = fileURLToPath(new URL(`./.cache/powerlaw-${edges}-${nodes}-s${seed}.csv`, import.meta.url));
  if (!existsSync(path)) execFileSync(process.execPath, [fileURLToPath(new URL('./generate-powerlaw.mjs', import.meta.url)), '--edges', String(edges), '--nodes', String(nodes), '--seed', String(seed), '--out', path], { stdio: 'inherit' });
  return path;
}

const EDGES = Number(process.env.BENCH_EDGES ?? 2_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const file = powerLawCsv({ edges: EDGES, nodes: Math.round(EDGES / 10), seed: 1 });

function bareLoop() {
  const text = readFileSync(file, 'utf8');
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const comma = line.indexOf(',');
    graph.mergeEdge(line.slice(0, comma), line.slice(comma + 1));
  }
  return graph;
}

async function timed(fn) {
  gc();
  const t0 = performance.now();
  const result = await fn();
  return [performance.now() - t0, result];
}

const rows = { bare: [], loadGraph: [], context: [], records: [], loadContext: [] };
/** One round in a function of its own: nothing it held stays reachable from the module's frame afterwards. */
async function round() {
  const [bare] = await timed(bareLoop);
  rows.bare.push(bare);
  const [load, graph] = await timed(() => loadGraph(file));
  rows.loadGraph.push(load);
  // The loader's columns seed this build (context/seed.ts).
  const [build, seeded] = await timed(() => getScoringContext(graph));
  rows.context.push(build);
  // The same edges in a graph no loader built: its records are read (tableFromGraph).
  const copy = graph.copy();
  const [read, fromRecords] = await timed(() => getScoringContext(copy));
  rows.records.push(read);
  if (fromRecords.edges.length !== seeded.edges.length || fromRecords.out.targets.length !== seeded.out.targets.length) throw new Error('seeded and record-read contexts disagree');
  const [columns, ctx] = await timed(() => loadContext(file));
  rows.loadContext.push(columns);
  if (ctx.n !== graph.order || ctx.edges.length !== graph.size) throw new Error('loaders disagree');
}
for (let r = 0; r < RUNS; r++) await round();

// Memory held, each measured alone in a fresh process (this one still holds garbage and caches):
// the loaded graph, the seed it keeps until its first change, and the columnar context.
const memory = (what) => {
  const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./loading-memory.mjs', import.meta.url)), what, String(EDGES)], { encoding: 'utf8' });
  return Number(/([\d.]+) B\/edge/.exec(out)[1]);
};
const graphBytes = memory('graph');
const seedBytes = memory('seed');
const columnBytes = memory('columns');

const best = (a) => Math.min(...a);
const fmt = (a) => `${(best(a) / 1000).toFixed(2)} s (range ${(best(a) / 1000).toFixed(2)}–${(Math.max(...a) / 1000).toFixed(2)})`;
console.log(`# loading bench: ${EDGES.toLocaleString('en-US')} edges, ${Math.round(EDGES / 10).toLocaleString('en-US')} ids; node ${process.version}; ${os.cpus().length} cores; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${RUNS} rounds`);
console.log(`bare split + mergeEdge loop   ${fmt(rows.bare)}`);
console.log(`loadGraph                     ${fmt(rows.loadGraph)}   ratio to bare loop (per round): ${rows.loadGraph.map((t, i) => (t / rows.bare[i]).toFixed(2)).join(', ')}`);
console.log(`context of the loaded graph   ${fmt(rows.context)}   share of its load time (per round): ${rows.context.map((t, i) => `${((100 * t) / rows.loadGraph[i]).toFixed(1)}%`).join(', ')}`);
console.log(`context of graph.copy()       ${fmt(rows.records)}   (records read: no loader columns) share of load time: ${rows.records.map((t, i) => `${((100 * t) / rows.loadGraph[i]).toFixed(1)}%`).join(', ')}`);
console.log(`loadContext (columns)         ${fmt(rows.loadContext)}   ${(EDGES / (best(rows.loadContext) / 1000) / 1e6).toFixed(2)} M edges/s`);
console.log(`memory held (fresh process each, heap + array buffers after full GCs): graphology graph ${graphBytes.toFixed(0)} B/edge, of which the loader columns it keeps until its first change ${seedBytes.toFixed(1)} B/edge; columnar context (columns + out-CSR + ids) ${columnBytes.toFixed(1)} B/edge`);
