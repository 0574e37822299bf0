/**
 * Issue #19 cost check: topicalInfluence (attention vs TwitterRank), brandStance/advocacy and the
 * influence preset, plus PageRank (the factory's new all-equal check), before and after, side by side
 * in one process. BEFORE=<dir with the old src/> points at the old sources (git archive of the base).
 *   nice npx tsx bench/brand-topical.bench.ts /work/shared/data/email-Enron.csv.gz
 * On email-Enron, which has no content, each account gets 3 posts with a seeded random topic.
 */
import { performance } from 'node:perf_hooks';

type Api = typeof import('../src/index.js');
type NodeApi = typeof import('../src/node.js');
const before = process.env.BEFORE ?? '/tmp/bt/old';
const sides: [string, Api, NodeApi][] = [
  ['before', await import(`${before}/src/index.ts`), await import(`${before}/src/node.ts`)],
  ['after', await import('../src/index.js'), await import('../src/node.js')],
];
const enron = process.argv[2];
const REPEATS = Number(process.env.REPEATS ?? 5);

async function tasksOf(api: Api, node: NodeApi): Promise<[string, () => unknown][]> {
  const brand = await node.loadGraph('data/brand-world.ndjson.gz');
  const tasks: [string, () => unknown][] = [
    ['brand world: topicalInfluence ai', () => api.topicalInfluence({ topic: 'ai' }).score(brand)],
    ['brand world: advocacy acme', () => api.advocacy({ brand: { id: 'acme', topics: ['acme'] }, affiliation: true }).score(brand)],
    ['brand world: influenceScore ai', () => api.influenceScore({ topic: 'ai' }).score(brand)],
  ];
  if (enron) {
    const g = await node.loadGraph(enron);
    const rng = api.createRng(19);
    const topics = ['ai', 'energy', 'trading', 'legal', 'sports'];
    const posts: object[] = [];
    g.forEachNode((key) => {
      for (let p = 0; p < 3; p++) posts.push({ id: `${key}-${p}`, author: key, time: 0, topics: [topics[rng.int(topics.length)]] });
    });
    g.setAttribute('posts', posts);
    tasks.push(['email-Enron: pagerank', () => api.pagerank().score(g)]);
    tasks.push(['email-Enron: topicalInfluence ai', () => api.topicalInfluence({ topic: 'ai' }).score(g)]);
  }
  return tasks;
}

// Interleaved: each round runs every task on each side once, so load drifts hit both sides alike.
const all = await Promise.all(sides.map(([, api, node]) => tasksOf(api, node)));
for (const tasks of all) for (const [, f] of tasks) f(); // contexts and content cached, as in an app scoring repeatedly
const times = all.map((tasks) => tasks.map(() => [] as number[]));
for (let r = 0; r < REPEATS; r++) {
  for (let s = 0; s < sides.length; s++) {
    all[s].forEach(([, f], t) => {
      const started = performance.now();
      f();
      times[s][t].push(performance.now() - started);
    });
  }
}
const fmt = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0].toFixed(1)} ms (median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)})`;
};
all[0].forEach(([task], t) => {
  const b = Math.min(...times[0][t]);
  const a = Math.min(...times[1][t]);
  console.log(`| ${task} | ${fmt(times[0][t])} | ${fmt(times[1][t])} | ${(a / b).toFixed(2)}x |`);
});
