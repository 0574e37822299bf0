/**
 * A data team's weekly advocates export: every week, the accounts that speak for or against the brand,
 * recent evidence counting most (it halves every 180 days before the export date), with stance, evidence
 * counts and reach, as CSV for the CRM. Employees go to a separate ambassadors file. Runs on the bundled generated world.
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/brand-weekly-advocates.ts [file] [brand] [out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { advocacy, type AdvocacyExtra, type AdvocateEntry } from 'influence-score';
import { loadGraph } from 'influence-score/node';

const DAY = 86_400_000;

function csv(rows: readonly AdvocateEntry[], lastSeen: (key: string) => number): string {
  const header = 'rank,account,advocacy,stance,smoothed_stance,evidence,reach_percentile,last_seen';
  const lines = rows.map((r) => [r.rank, JSON.stringify(r.key), r.value.toFixed(4), r.stance, r.smoothed.toFixed(4), r.evidence, r.reach.toFixed(4), new Date(lastSeen(r.key)).toISOString().slice(0, 10)].join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

export async function run(path = 'data/brand-world.ndjson.gz', brand = 'acme', outDir?: string): Promise<{ advocates: number; detractors: number; ambassadors: number; files: string[] }> {
  const graph = await loadGraph(path);
  // "This week": the latest time in the data. Evidence is decayed rather than cut at a window, so a
  // steady advocate does not vanish in a quiet week, and reach stays the account's all-time reach.
  let asOf = -Infinity;
  graph.forEachEdge((_e, attr) => {
    if (typeof attr.time === 'number' && attr.time > asOf) asOf = attr.time;
  });
  const scorer = advocacy({
    brand: { id: brand, topics: [brand] },
    affiliation: true,
    halfLife: 180 * DAY,
    asOf,
  });
  const v = scorer.score(graph);
  const extra = v.meta.extra as AdvocacyExtra;
  const lastSeen = (key: string) => extra.lastSeen[v.keys.indexOf(key)];
  const week = new Date(asOf).toISOString().slice(0, 10);
  const outputs: [string, string][] = [
    [`advocates-${week}.csv`, csv([...extra.advocates, ...extra.detractors], lastSeen)],
    [`ambassadors-${week}.csv`, csv(extra.ambassadors ?? [], lastSeen)],
  ];
  const files: string[] = [];
  for (const [name, text] of outputs) {
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, name), text);
      files.push(join(outDir, name));
    } else process.stdout.write(`# ${name}\n${text}`);
  }
  console.log(`week of ${week}: ${extra.advocates.length} advocates, ${extra.detractors.length} detractors, ${extra.ambassadors?.length ?? 0} ambassadors (${extra.totals.evidence} pieces of evidence)`);
  for (const w of v.meta.warnings) console.error(`warning: ${w.message}`);
  return { advocates: extra.advocates.length, detractors: extra.detractors.length, ambassadors: extra.ambassadors?.length ?? 0, files };
}

if (import.meta.url === `file://${process.argv[1]}`) await run(...(process.argv.slice(2) as [string?, string?, string?]));
