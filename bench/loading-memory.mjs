// Memory a load holds, measured alone in a fresh process (heap + array buffers after full GCs):
//   node --expose-gc bench/loading-memory.mjs columns 2000000   (loadContext: columns + out-CSR + ids)
//   node --expose-gc bench/loading-memory.mjs graph 300000      (loadGraph: the graphology graph)
//   node --expose-gc bench/loading-memory.mjs seed 2000000      (the loader columns a loaded graph keeps until its first change)
// The edge list is bench/generate-powerlaw.mjs's (ids = edges / 10, seed 1). Also prints peak RSS.
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

const [what = 'columns', edgesArg = '2000000'] = process.argv.slice(2);
const EDGES = Number(edgesArg);
const file = powerLawCsv({ edges: EDGES, nodes: Math.round(EDGES / 10), seed: 1 });

async function held() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

if (what === 'seed') {
  // Held with the seed, then without: a no-op change (a graph attribute) drops it.
  const graph = await loadGraph(file);
  const withSeed = await held();
  graph.setAttribute('seed-dropped', true);
  const without = await held();
  console.log(`seed ${EDGES.toLocaleString('en-US')} edges: ${((withSeed - without) / EDGES).toFixed(1)} B/edge held (${((withSeed - without) / 2 ** 20).toFixed(0)} MiB) by the loader columns of a ${graph.size.toLocaleString('en-US')}-edge graph`);
  process.exit(0);
}

const before = await held();
const t0 = performance.now();
const loaded = what === 'graph' ? await loadGraph(file) : await loadContext(file);
const ms = performance.now() - t0;
// What PageRank reads: the out-CSR (built with the context for columns; built here for the graph).
const ctx = what === 'graph' ? null : loaded;
const after = await held();
const bytes = after - before;
console.log(`${what} ${EDGES.toLocaleString('en-US')} edges: ${(bytes / EDGES).toFixed(1)} B/edge held (${(bytes / 2 ** 20).toFixed(0)} MiB), load ${(ms / 1000).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
void ctx;
void getScoringContext;
