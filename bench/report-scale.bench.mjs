// The report at scale (issue #20 item 6): a seeded brand-style world of ACCOUNTS accounts and
// CONNECTIONS connections, built straight into a graphology graph (the records path is the loaders'
// bench), then `createReport` with per-section progress timed.
//
//   npm run build && nice node --max-old-space-size=6000 bench/report-scale.bench.mjs
//   ACCOUNTS=20000 CONNECTIONS=250000 node bench/report-scale.bench.mjs     # a quick look
//
// World: follows (80% of connections, no time: a follow export rarely dates them) drawn Chung–Lu
// style (in-degree skew 0.8, out-degree 0.5, as bench/generate-powerlaw.mjs), interactions (20%:
// share, reply, like, mention) timed over a year with the same skews, and one post per 2 accounts
// carrying impressions, likes and one of 8 topics. Accounts carry followers (in-degree + noise) and
// createdAt. A brand account `acme` with 2,000 mentions carrying sentiment, a third below |0.2|.
import { MultiDirectedGraph } from 'graphology';
import { createRng } from '../dist/index.js';
import { createReport } from '../dist/report.js';

const n = Number(process.env.ACCOUNTS ?? 200_000);
const m = Number(process.env.CONNECTIONS ?? 2_500_000);
const seed = Number(process.env.SEED ?? 1);
const DAY = 86_400_000;
const start = Date.UTC(2025, 0, 1);

function world() {
  const rng = createRng(seed);
  const graph = new MultiDirectedGraph();
  const id = (k) => `u${k}`;
  for (let k = 0; k < n; k++) graph.addNode(id(k), { createdAt: start - Math.floor(rng.next() * 3000 * DAY) });
  graph.addNode('acme', { createdAt: start - 2000 * DAY });
  const pick = (power) => Math.floor(n * rng.next() ** power);
  const follows = Math.round(0.8 * m);
  const seen = new Set();
  let added = 0;
  while (added < follows) {
    const s = pick(2);
    const t = pick(5);
    if (s === t) continue;
    const key = s * n + t;
    if (seen.has(key)) continue;
    seen.add(key);
    graph.addDirectedEdge(id(s), id(t), { type: 'follow' });
    added++;
  }
  const types = ['share', 'reply', 'like', 'mention'];
  const topics = ['ai', 'cooking', 'football', 'travel', 'music', 'games', 'films', 'books'];
  const brandMentions = 2000;
  for (let e = 0; e < m - follows - brandMentions; e++) {
    let s = pick(2);
    let t = pick(5);
    if (s === t) t = (t + 1) % n;
    graph.addDirectedEdge(id(s), id(t), { type: types[rng.int(4)], time: start + Math.floor(rng.next() * 365 * DAY) });
  }
  for (let e = 0; e < brandMentions; e++) {
    const s = rng.int(n);
    const sentiment = Math.round((rng.next() * 2 - 1) * 100) / 100;
    graph.addDirectedEdge(id(s), 'acme', { type: 'mention', time: start + Math.floor(rng.next() * 365 * DAY), sentiment });
  }
  const posts = [];
  for (let p = 0; p < n / 2; p++) {
    const author = id(pick(3));
    const impressions = 10 + rng.int(5000);
    posts.push({ id: `p${p}`, author, time: start + Math.floor(rng.next() * 365 * DAY), topics: [topics[rng.int(8)]], likes: rng.int(Math.max(1, impressions / 20)), impressions });
  }
  graph.setAttribute('posts', posts);
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'followers', graph.inDegree(node) + rng.int(50)));
  return graph;
}

const t0 = performance.now();
const graph = world();
const built = performance.now() - t0;
console.log(`world: ${graph.order} accounts, ${graph.size} connections, ${graph.getAttribute('posts').length} posts, built in ${(built / 1000).toFixed(1)} s`);
// Wall and CPU time of each step, attributed to the step that ran (progress comes before each step).
let last = performance.now();
let lastCpu = process.cpuUsage();
let current = null;
const started = last;
const startedCpu = process.cpuUsage();
const sections = [];
const report = createReport(graph, { brand: 'acme', topic: 'ai' }, {
  onProgress: (done, total, step) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    if (current) sections.push(`${current} ${((now - last) / 1000).toFixed(1)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)})`);
    current = step;
    last = now;
    lastCpu = process.cpuUsage();
  },
});
const elapsed = (performance.now() - started) / 1000;
const cpuAll = process.cpuUsage(startedCpu);
console.log(`report CPU ${((cpuAll.user + cpuAll.system) / 1e6).toFixed(1)} s`);
console.log(`report: ${elapsed.toFixed(1)} s, ${(report.html.length / 1024).toFixed(0)} KB, ${report.warnings.length} warnings, skipped: ${report.skipped.map((s) => s.section).join(', ') || 'none'}`);
console.log(`steps: ${sections.join('; ')}`);
console.log(report.warnings.join('\n'));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GB`);
