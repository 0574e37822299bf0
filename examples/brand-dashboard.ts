/**
 * An app developer's brand dashboard data: for each account of a network, the 0–100 influence score
 * with its parts and a one-line-per-part explanation, the brand's advocates and ambassadors, and who is
 * rising, as JSON a front end can render. Runs on the bundled generated world (data/brand-world.ndjson.gz).
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/brand-dashboard.ts [file] [brand] [topic]
 */
import { advocacy, type AdvocacyExtra, explain, formatExplanation, influenceScore, pagerank, rank, trend, type Warning } from 'influence-score';
import { loadGraph } from 'influence-score/node';

export interface Dashboard {
  brand: string;
  topic: string;
  /** The 10 most influential accounts on the topic (the brand aside), with parts (percentiles) and the explanation. */
  influencers: { id: string; score: number; parts: Record<string, number>; why: string }[];
  advocates: { id: string; score: number; evidence: number }[];
  detractors: { id: string; score: number; evidence: number }[];
  ambassadors: { id: string; score: number; evidence: number }[];
  rising: { id: string; momentum: number; status: string }[];
  warnings: Warning[];
}

export async function run(path = 'data/brand-world.ndjson.gz', brand = 'acme', topic = 'ai'): Promise<Dashboard> {
  const graph = await loadGraph(path);

  // Relevance weighs as much as the other four parts together: this dashboard is about the topic.
  const scorer = influenceScore({ topic, weights: { relevance: 9 } });
  const vector = scorer.score(graph);
  // The brand's own account is not an influencer to recruit: leave it out of the list.
  const influencers = rank(graph, scorer, { top: 11 }).filter((r) => r.node !== brand).slice(0, 10).map((r) => ({
    id: r.node,
    score: Math.round(r.score * 10) / 10,
    parts: r.parts,
    why: formatExplanation(explain(vector, r.node)),
  }));

  const voices = advocacy({ brand: { id: brand, topics: [brand] }, affiliation: true }).score(graph).meta.extra as AdvocacyExtra;
  const row = (e: { key: string; value: number; evidence: number }) => ({ id: e.key, score: Math.round(e.value * 1000) / 1000, evidence: e.evidence });

  const t = trend(graph, pagerank({ view: { relations: ['share', 'reply'] } }), { window: '60d', step: '30d' });
  const rising = t.momentum
    .top(t.momentum.keys.length)
    .filter((r) => t.status[t.momentum.keys.indexOf(r.key)] === 'rising')
    .slice(0, 5)
    .map((r) => ({ id: r.key, momentum: Math.round(r.value * 100) / 100, status: 'rising' }));

  const dashboard: Dashboard = {
    brand,
    topic,
    influencers,
    advocates: voices.advocates.slice(0, 5).map(row),
    detractors: voices.detractors.slice(0, 5).map(row),
    ambassadors: (voices.ambassadors ?? []).slice(0, 5).map(row),
    rising,
    warnings: vector.meta.warnings.slice(),
  };
  console.log(`dashboard for ${brand} on ${topic}: top influencer ${influencers[0].id} (${influencers[0].score})`);
  console.log(influencers[0].why);
  console.log(JSON.stringify({ ...dashboard, influencers: dashboard.influencers.map(({ why: _why, ...rest }) => rest) }, null, 2));
  return dashboard;
}

if (import.meta.url === `file://${process.argv[1]}`) await run(...(process.argv.slice(2) as [string?, string?, string?]));
