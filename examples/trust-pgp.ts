/**
 * Trust propagation on the PGP web of trust (pgp-strong-2009: 39,796 keys, 301,498 signed pairs;
 * Richters & Peixoto 2011). An edge u → v means key u signed key v, i.e. u vouches for v; its weight
 * is the number of signatures. The example
 *   1. loads the keys with their creation time (createdAt) and status as flags (`revoked` when the
 *      key has a revocation date, `invalid` when the dump marks it not valid);
 *   2. computes trustRank from a seed rule, eigenTrust pre-trusting the same seeds, and tenure;
 *   3. reports how trust ranks differ from in-degree (Kendall tau), the trust of valid against
 *      invalid/revoked keys, and a Sybil attack: 100 fake keys that all sign each other, reached by
 *      one signature from an honest key.
 * Seed rule: the 20 keys signed by the most distinct keys (highest in-degree; ties by lower key id).
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/trust-pgp.ts [maxKey]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type Graph from 'graphology';
import { degree, eigenTrust, kendallTau, pagerank, parseEdgeCsv, tenure, trustRank } from 'influence-score';

/** Key creation times in the dump end in October 2009; the crawl is "circa November 2009". */
export const AS_OF = Date.UTC(2009, 10, 1);
const SEED_COUNT = 20;
const SYBILS = 100;

/**
 * Loads pgp-strong-2009 from `dir` (bench/data). With `maxKey`, only keys with id < maxKey and the
 * signatures among them (a quicker, smaller web of trust for tests).
 */
export function loadPgp(dir: string, maxKey = Infinity): Graph {
  const read = (name: string): string => gunzipSync(readFileSync(`${dir}/${name}`)).toString('utf8');
  const [, ...nodeRows] = read('pgp-strong-2009.nodes.csv.gz').trim().split('\n');
  const keys: { id: string; created: number; revoked: boolean; valid: boolean }[] = [];
  for (const row of nodeRows) {
    const [id, created, , revoked, valid] = row.split(',');
    if (Number(id) < maxKey) keys.push({ id, created: Number(created), revoked: revoked !== '' && revoked !== undefined, valid: valid === '1' });
  }
  let edges = read('pgp-strong-2009.csv.gz');
  if (maxKey < Infinity) {
    const [header, ...rows] = edges.trim().split('\n');
    edges = [header, ...rows.filter((r) => { const [s, t] = r.split(','); return Number(s) < maxKey && Number(t) < maxKey; })].join('\n');
  }
  const graph = parseEdgeCsv(edges, { nodes: keys.map((k) => k.id), unknownNodes: 'error' });
  // The file's times are in seconds; the library reads ms.
  graph.updateEachEdgeAttributes((_e, a) => ({ ...a, time: (a.time as number) * 1000 }));
  for (const k of keys) {
    const flags = [...(k.revoked ? ['revoked'] : []), ...(k.valid ? [] : ['invalid'])];
    graph.mergeNodeAttributes(k.id, { createdAt: k.created * 1000, flags });
  }
  return graph;
}

/** The seed rule: the `count` keys with the highest in-degree, ties broken by key order. */
export function seedsByInDegree(graph: Graph, count = SEED_COUNT): string[] {
  return degree({ direction: 'in', normalized: false }).score(graph).top(count).map((r) => r.key);
}

/** Share of all scores strictly below `value`: 0.9 means the value beats 90 % of the keys. */
export function percentileOf(values: ArrayLike<number>, value: number): number {
  let below = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < value) below++;
  return below / values.length;
}

function summary(values: Float64Array, pick: (i: number) => boolean) {
  const xs = Array.from(values).filter((_, i) => pick(i)).sort((a, b) => a - b);
  const mean = xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  return { count: xs.length, mean, median: xs.length ? xs[Math.floor((xs.length - 1) / 2)] : Number.NaN };
}

export interface SybilFigures {
  /** Key that signs the first fake key. */
  honestSigner: string;
  /** Percentile of the ring's best member under trustRank (seeds re-picked by the rule on the attacked graph) and under PageRank. */
  trustRankPercentile: number;
  pagerankPercentile: number;
  /** Whether the rule picked any fake key as a seed (it must not: 99 signatures each is below the top 20). */
  fakeSeed: boolean;
}

export interface PgpFigures {
  keys: number;
  signedPairs: number;
  seeds: string[];
  trustRankConverged: boolean;
  /** Kendall tau-b of each score against in-degree (number of distinct signers). */
  tau: { trustRankVsInDegree: number; eigenTrustVsInDegree: number; pagerankVsInDegree: number; tenureVsTrustRank: number };
  /** TrustRank (and tenure) of valid keys against keys flagged invalid or revoked. */
  status: {
    revokedKeys: number;
    valid: { count: number; mean: number; median: number; tenureMedian: number };
    invalid: { count: number; mean: number; median: number; tenureMedian: number };
    higherMeanTrust: 'valid' | 'invalid/revoked';
    higherMedianTrust: 'valid' | 'invalid/revoked';
  };
  /** The attack with one signature from an ordinary key (median in-degree) and from the top seed. */
  sybil: { ordinary: SybilFigures; fromTopSeed: SybilFigures };
}

/** Adds a ring of `size` fake keys that all sign each other, and one signature `signer → fake0`. */
export function withSybilRing(graph: Graph, signer: string, size = SYBILS): { attacked: Graph; ring: string[] } {
  const attacked = graph.copy();
  const ring = Array.from({ length: size }, (_, i) => `sybil-${i}`);
  for (const k of ring) attacked.addNode(k, { createdAt: AS_OF - 86_400_000, flags: [] });
  for (const a of ring) for (const b of ring) if (a !== b) attacked.addEdge(a, b, { weight: 1 });
  attacked.addEdge(signer, ring[0], { weight: 1 });
  return { attacked, ring };
}

function sybilAttack(graph: Graph, signer: string): SybilFigures {
  const { attacked, ring } = withSybilRing(graph, signer);
  const seeds = seedsByInDegree(attacked);
  const best = (v: { values: Float64Array; get(k: string): number | undefined }): number => Math.max(...ring.map((k) => v.get(k)!));
  const tr = trustRank({ seeds }).score(attacked);
  const pr = pagerank().score(attacked);
  return {
    honestSigner: signer,
    trustRankPercentile: percentileOf(tr.values, best(tr)),
    pagerankPercentile: percentileOf(pr.values, best(pr)),
    fakeSeed: seeds.some((s) => ring.includes(s)),
  };
}

/** Computes every figure the example prints. */
export function analyzePgp(graph: Graph): PgpFigures {
  const seeds = seedsByInDegree(graph);
  const inDegree = degree({ direction: 'in', normalized: false }).score(graph);
  const tr = trustRank({ seeds }).score(graph);
  const et = eigenTrust({ preTrusted: seeds }).score(graph);
  const pr = pagerank().score(graph);
  const age = tenure({ asOf: AS_OF }).score(graph);
  const flags = tr.keys.map((k) => (graph.getNodeAttribute(k, 'flags') as string[]) ?? []);
  const bad = (i: number): boolean => flags[i].length > 0;
  const valid = { ...summary(tr.values, (i) => !bad(i)), tenureMedian: summary(age.values, (i) => !bad(i)).median };
  const invalid = { ...summary(tr.values, bad), tenureMedian: summary(age.values, bad).median };
  const order = inDegree.top(inDegree.keys.length);
  const ordinary = order[Math.floor(order.length / 2)].key;
  return {
    keys: graph.order,
    signedPairs: graph.size,
    seeds,
    trustRankConverged: tr.meta.converged === true,
    tau: {
      trustRankVsInDegree: kendallTau(tr.values, inDegree.values),
      eigenTrustVsInDegree: kendallTau(et.values, inDegree.values),
      pagerankVsInDegree: kendallTau(pr.values, inDegree.values),
      tenureVsTrustRank: kendallTau(age.values, tr.values),
    },
    status: {
      revokedKeys: flags.filter((f) => f.includes('revoked')).length,
      valid,
      invalid,
      higherMeanTrust: valid.mean >= invalid.mean ? 'valid' : 'invalid/revoked',
      higherMedianTrust: valid.median >= invalid.median ? 'valid' : 'invalid/revoked',
    },
    sybil: { ordinary: sybilAttack(graph, ordinary), fromTopSeed: sybilAttack(graph, seeds[0]) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../bench/data', import.meta.url).pathname;
  // An optional key limit (e.g. 2000) analyses the first keys only, for a quick run.
  const f = analyzePgp(loadPgp(dir, process.argv[2] === undefined ? undefined : Number(process.argv[2])));
  const pct = (x: number): string => `${(100 * x).toFixed(2)}th percentile`;
  const sci = (x: number): string => x.toExponential(3);
  console.log(`pgp-strong-2009: ${f.keys} keys, ${f.signedPairs} signed pairs; seeds (top ${f.seeds.length} by signers): ${f.seeds.join(' ')}`);
  console.log(`Kendall τ vs in-degree: trustRank ${f.tau.trustRankVsInDegree.toFixed(3)}, eigenTrust ${f.tau.eigenTrustVsInDegree.toFixed(3)}, PageRank ${f.tau.pagerankVsInDegree.toFixed(3)}; τ(tenure, trustRank) ${f.tau.tenureVsTrustRank.toFixed(3)}`);
  const { valid, invalid } = f.status;
  console.log(`keys with a revocation date: ${f.status.revokedKeys}; keys marked not valid: ${invalid.count}`);
  console.log(`trustRank valid:   mean ${sci(valid.mean)}, median ${sci(valid.median)}, tenure median ${valid.tenureMedian.toFixed(3)} (n = ${valid.count})`);
  console.log(`trustRank invalid: mean ${sci(invalid.mean)}, median ${sci(invalid.median)}, tenure median ${invalid.tenureMedian.toFixed(3)} (n = ${invalid.count})`);
  console.log(`higher mean trust: ${f.status.higherMeanTrust}; higher median trust: ${f.status.higherMedianTrust}`);
  for (const [label, s] of [['ordinary key', f.sybil.ordinary], ['top seed', f.sybil.fromTopSeed]] as const) {
    console.log(`Sybil ring (${SYBILS} keys) signed by ${label} ${s.honestSigner}: best fake key at ${pct(s.trustRankPercentile)} under trustRank, ${pct(s.pagerankPercentile)} under PageRank${s.fakeSeed ? ' (a fake key became a seed!)' : ''}`);
  }
}
