/**
 * Load a graph file and rank its most influential accounts, three ways: from records built in code,
 * from a CSV edge list on disk, and with a composite score (PageRank + in-degree).
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/load-and-rank.ts
 */
import { buildSocialGraph, combine, degree, pagerank, rank } from 'influence-score';
import { loadGraph } from 'influence-score/node';

/** Ranks a small social graph built from records; returns the top account. */
export function fromRecords(): string {
  const graph = buildSocialGraph({
    accounts: [{ id: 'ada', followers: 1200 }, { id: 'bob', followers: 40 }, { id: 'cy', followers: 15 }],
    follows: [
      { follower: 'bob', followee: 'ada' },
      { follower: 'cy', followee: 'ada' },
      { follower: 'ada', followee: 'bob' },
    ],
    interactions: [{ from: 'cy', to: 'ada', type: 'share', time: '2024-05-01T09:00:00Z', weight: 2 }],
  });
  const rows = rank(graph, pagerank(), { top: 3 });
  console.table(rows.map(({ rank, node, score }) => ({ rank, node, score })));
  return rows[0].key;
}

/** Ranks the political-blogs network (Adamic & Glance 2005) shipped in data/. */
export async function fromFile(path = 'data/polblogs.csv.gz'): Promise<string[]> {
  const graph = await loadGraph(path, { csv: { directed: true } });
  const score = combine({ parts: { authority: [pagerank(), 2], attention: [degree({ direction: 'in' }), 1] }, normalize: 'percentile' });
  const rows = rank(graph, score, { top: 5 });
  for (const row of rows) console.log(row.rank, row.key, row.score.toFixed(4), row.parts);
  return rows.map((r) => r.key);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fromRecords();
  await fromFile();
}
