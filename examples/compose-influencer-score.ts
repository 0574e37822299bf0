/**
 * Build an explainable 0–100 influencer score on Zachary's karate club (34 members, 78 ties):
 * normalize each signal, combine them with weights, bring in a score computed elsewhere with
 * `precomputed`, rank, and explain why the leader leads. Then the same parts under a geometric mean,
 * which does not let strength on one signal make up for weakness on another.
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/compose-influencer-score.ts
 */
import {
  betweenness, combine, degree, explain, getScoringContext, minmax, pagerank, percentile, precomputed, rank, type RankRow,
} from 'influence-score';
import { loadGraph } from 'influence-score/node';

export interface ComposeExample {
  /** The five best members by the arithmetic composite. */
  arithmetic: RankRow[];
  /** The five best members by the geometric composite. */
  geometric: RankRow[];
  /** The member who loses most places when strengths no longer compensate (geometric vs arithmetic). */
  biggestDrop: { node: string; arithmeticRank: number; geometricRank: number };
  /** Part names of the leader's explanation, largest share first. */
  leaderDrivers: string[];
}

export async function run(path = 'data/karate.csv'): Promise<ComposeExample> {
  const graph = await loadGraph(path, { csv: { directed: false } });
  const ctx = getScoringContext(graph); // one CSR for every part below

  // Normalizers put signals on one scale; percentile ignores outliers, minmax keeps distances.
  const ties = degree({ normalized: false }).score(ctx);
  console.log('member 33 — ties:', ties.get('33'), ' percentile:', percentile(ties).get('33'), ' minmax:', minmax(ties).get('33'));

  // A score from another engine (here computed locally and exported as a Map, as a GDS job would).
  const bridges = precomputed('gds-betweenness', betweenness().score(ctx).toMap(), { range: [0, 1], description: 'betweenness from Neo4j GDS' });

  const parts = { reach: [pagerank(), 3], ties: [degree(), 1], bridges: [bridges, 1] } as const;
  const arithmetic = combine({ parts, normalize: 'percentile', aggregate: 'arithmetic', scale: [0, 100], id: 'influencer' });
  const geometric = combine({ parts, normalize: 'percentile', aggregate: 'geometric', scale: [0, 100], id: 'influencer-strict' });

  const top = rank(ctx, arithmetic, { top: 5 });
  console.table(top.map(({ rank: r, node, score, parts: p }) => ({ rank: r, node, score: score.toFixed(1), ...p })));

  const why = explain(arithmetic.score(ctx), top[0].key);
  for (const p of why.parts) console.log(`${p.name}: weight ${p.weight.toFixed(2)} × percentile ${p.value.toFixed(3)} = ${p.contribution.toFixed(1)} points (${(100 * p.share).toFixed(0)}%)`);

  const strict = rank(ctx, geometric);
  console.log('geometric top 5:', strict.slice(0, 5).map((r) => `${r.key} (${r.score.toFixed(1)})`).join(', '));
  const before = new Map(rank(ctx, arithmetic).map((r) => [r.key, r.rank]));
  const drops = strict.map((r) => ({ node: r.key, arithmeticRank: before.get(r.key)!, geometricRank: r.rank }));
  const biggestDrop = drops.reduce((a, b) => (b.geometricRank - b.arithmeticRank > a.geometricRank - a.arithmeticRank ? b : a));
  console.log(`member ${biggestDrop.node} falls from #${biggestDrop.arithmeticRank} to #${biggestDrop.geometricRank}:`, strict.find((r) => r.key === biggestDrop.node)?.parts);
  return {
    arithmetic: top,
    geometric: strict.slice(0, 5),
    biggestDrop,
    leaderDrivers: [...why.parts].sort((a, b) => b.share - a.share).map((p) => p.name),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
