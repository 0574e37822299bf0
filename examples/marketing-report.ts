/**
 * A marketer's report: one HTML page on who moves a topic's conversation and who speaks for the
 * brand (top accounts with their parts and why, audience against engagement, bridges, who rises and
 * fades, advocates and detractors), plus a GEXF with every score for Gephi. Runs on the bundled
 * generated world (data/brand-world.ndjson.gz); open the HTML file in any browser, offline.
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/marketing-report.ts [file] [brand] [topic] [out.html]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraph, withScores, writeGexf } from 'influence-score/node';
import { createReport } from 'influence-score/report';

export async function run(path = 'data/brand-world.ndjson.gz', brand = 'acme', topic = 'ai', out = join(tmpdir(), 'influence-report.html')): Promise<void> {
  const graph = await loadGraph(path);
  const report = createReport(graph, { brand, topic, top: 15, title: `Who moves the ${topic} conversation`, source: path });
  writeFileSync(out, report.html);
  const gexf = out.replace(/\.html?$/, '') + '.gexf';
  writeFileSync(gexf, writeGexf(withScores(graph, report.vectors)));
  console.log(`wrote ${out} (${Math.round(Buffer.byteLength(report.html) / 1024)} KB) and ${gexf}`);
  for (const { section, reason } of report.skipped) console.log(`not shown: ${section}: ${reason}`);
  for (const warning of report.warnings) console.log(`warning: ${warning.message}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run(...(process.argv.slice(2) as [string?, string?, string?, string?]));
