// Trust signals on pgp-strong-2009 (39,796 keys, 301,498 signed pairs), ours vs graph-tool side by
// side in one run: EigenTrust (100 iterations, a = 0, graph-tool's definition) and TrustRank (PageRank
// teleporting to the 20 most-signed keys, weights = signatures; graph-tool's personalized pagerank).
// graph-tool runs single-threaded (OMP_NUM_THREADS=1) in /usr/bin/python3 via bench/python/trust_bench.py.
// "ours" reuses a built ScoringContext; the context build is timed on its own. Also times the other
// trust signals and the Sybil-ring figures of examples/trust-pgp.ts, for bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { authenticity, degree, eigenTrust, getScoringContext, pagerank, penalties, reciprocity, tenure, trust, trustRank } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 3000);
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

function time(fn) {
  fn();
  const times = [];
  const start = performance.now();
  while (times.length < 3 || (performance.now() - start < BUDGET_MS && times.length < 30)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const read = (p) => gunzipSync(readFileSync(`${root}bench/data/${p}`)).toString('utf8').trim().split('\n').slice(1);
const graph = new Graph({ type: 'directed', multi: true });
for (const row of read('pgp-strong-2009.nodes.csv.gz')) {
  const [id, created, , revoked, valid] = row.split(',');
  graph.addNode(id, { createdAt: Number(created) * 1000, flags: [...(revoked ? ['revoked'] : []), ...(valid === '1' ? [] : ['invalid'])] });
}
for (const row of read('pgp-strong-2009.csv.gz')) {
  const [s, t, w, time] = row.split(',');
  graph.addEdge(s, t, { weight: Number(w), time: Number(time) * 1000, type: 'follow' });
}
const asOf = Date.UTC(2009, 10, 1);
const ctxMs = time(() => {
  graph.setAttribute('benchTick', Math.random());
  return getScoringContext(graph);
});
const ctx = getScoringContext(graph);
const seeds = degree({ mode: 'in', normalized: false }).score(ctx).top(20).map((r) => r.key);

const gt = spawnSync('/usr/bin/python3', [`${root}bench/python/trust_bench.py`, ...seeds], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' }, maxBuffer: 1 << 28 });
const ref = gt.status === 0 ? JSON.parse(gt.stdout) : null;
if (!ref) console.log(`graph-tool side failed: ${gt.stderr}`);

console.log(`\n### pgp-strong-2009 (${graph.order} keys, ${graph.size} signed pairs)\n`);
console.log(`context build alone: ${fmt(ctxMs)}${ref ? ` · graph-tool ${ref.graph_tool}, ${ref.threads} thread(s)` : ''}\n`);
console.log('| measure | ours | graph-tool | ratio (graph-tool ÷ ours) | accuracy |\n|---|---|---|---|---|');
// Accuracy against the committed graph-tool fixture (bench/python/eigentrust_reference.py).
const fixture = JSON.parse(gunzipSync(readFileSync(`${root}test/fixtures/eigentrust-references.json.gz`)).toString('utf8')).networks['pgp-strong-2009'];
let etVector;
const et = time(() => (etVector = eigenTrust({ a: 0, maxIterations: 100, tolerance: 1e-300 }).score(ctx)));
const etDiff = fixture.fixed.values.reduce((m, x, i) => Math.max(m, Math.abs(x - etVector.values[i])), 0);
console.log(`| EigenTrust, 100 iterations (a = 0) | ${fmt(et)} | ${ref ? fmt(ref.eigentrust_ms) : '—'} | ${ref ? `${(ref.eigentrust_ms / et).toFixed(2)}x` : '—'} | max abs diff ${etDiff.toExponential(2)} |`);
let trVector;
const tr = time(() => (trVector = trustRank({ seeds, tolerance: 1e-10 }).score(ctx)));
const trDiff = ref ? ref.trustrank_values.reduce((m, x, i) => Math.max(m, Math.abs(x - trVector.values[i])), 0) : NaN;
console.log(`| TrustRank, 20 seeds, weighted (${trVector.meta.iterations} iterations) | ${fmt(tr)} | ${ref ? fmt(ref.trustrank_ms) : '—'} | ${ref ? `${(ref.trustrank_ms / tr).toFixed(2)}x` : '—'} | max abs diff ${trDiff.toExponential(2)} |`);
const others = [
  ['TrustRank, seeds by inverse PageRank', () => trustRank().score(ctx)],
  ['EigenTrust (a = 0.15, pre-trusted seeds)', () => eigenTrust({ preTrusted: seeds }).score(ctx)],
  ['reciprocity', () => reciprocity({ relations: null }).score(ctx)],
  ['tenure', () => tenure({ asOf }).score(ctx)],
  ['penalties', () => penalties().score(ctx)],
  ['authenticity (signers as followers; growth on signature days)', () => authenticity({ asOf, rules: { noPosts: false } }).score(ctx)],
  ['trust() (trustRank, reciprocity, tenure, authenticity; penalties)', () =>
    trust({ weights: { responsiveness: 0, consistency: 0 }, signals: { trustRank: { seeds }, tenure: { asOf }, authenticity: { asOf, rules: { noPosts: false } } } }).score(ctx)],
  ['PageRank (for comparison)', () => pagerank().score(ctx)],
];
console.log('\n| signal (context reused) | ours |\n|---|---|');
for (const [label, fn] of others) console.log(`| ${label} | ${fmt(time(fn))} |`);
