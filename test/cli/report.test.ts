import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topRows } from '../helpers/report-html.js';
import { pagerank } from '../../src/index.js';
import { parseGexf, parseGraphml } from '../../src/node.js';
import { runCli } from '../helpers/cli.js';
import { socialWorld } from '../helpers/social-world.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-report-cli-'));
const at = (name: string): string => join(dir, name);

describe('influence-score report', () => {
  it('shows each step on stderr with --progress, and nothing with --quiet', async () => {
    const shown = await runCli('report', 'data/karate.csv', '--out', at('p.html'), '--progress');
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/^report: 1\/8 score \(after \d+\.\d s\)$/m);
    expect(shown.stderr).toMatch(/^report: 5\/8 bridges/m);
    expect(shown.stderr).toMatch(/^report: done in \d+\.\d s$/m);
    const quiet = await runCli('report', 'data/karate.csv', '--out', at('q.html'), '--progress', '--quiet');
    expect(quiet.stderr).not.toMatch(/^report: /m);
  });

  it('writes the HTML report and a GEXF with every score and part as node attributes', async () => {
    const { code, stderr } = await runCli('report', 'data/karate.csv', '--out', at('k.html'), '--export', at('k.gexf'), '--top', '5', '--title', 'Karate club');
    expect(code).toBe(0);
    const html = readFileSync(at('k.html'), 'utf8');
    expect(html).toContain('<title>Karate club</title>');
    expect(topRows(html)).toBe(5);
    expect(stderr).toMatch(/warning: amplification left out: no posts/);
    expect(stderr).toMatch(/note: section "Rising and fading" not shown: the edges carry no times/);
    const graph = parseGexf(readFileSync(at('k.gexf'), 'utf8'));
    expect(graph.order).toBe(34);
    const attributes = graph.getNodeAttributes('0');
    expect(Object.keys(attributes).sort()).toEqual(['in_degree', 'score', 'score_reach', 'score_reach_raw', 'score_trust', 'score_trust_raw', 'weak_tie_reach']);
    expect(attributes.score_reach_raw).toBeCloseTo(pagerank().score(graph).get('0')!, 12);
  });

  it('ranks by --scorer with --param, reads records with times, and exports GraphML', async () => {
    const records = socialWorld({ accounts: 80, seed: 5 });
    const lines = [
      ...records.accounts!.map((r) => ({ kind: 'account', ...r })),
      ...records.follows!.map((r) => ({ kind: 'follow', ...r })),
      ...records.posts!.map((r) => ({ kind: 'post', ...r })),
      ...records.interactions!.map((r) => ({ kind: 'interaction', ...r })),
    ];
    writeFileSync(at('w.ndjson'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const { code, stderr } = await runCli('report', at('w.ndjson'), '-o', at('w.html'), '-s', 'pagerank', '-p', 'alpha=0.7', '--export', at('w.graphml'), '--relations', 'follow,mention,reply,share');
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    const html = readFileSync(at('w.html'), 'utf8');
    expect(html).toContain('id="trends-table"');
    expect(html).toContain('&quot;alpha&quot;:0.7');
    const graph = parseGraphml(readFileSync(at('w.graphml'), 'utf8'));
    expect(typeof graph.getNodeAttribute('ada_0', 'engagement_rate')).toBe('number');
  });

  it('shows a brand\'s advocates and the topic\'s relevance part on the bundled brand world', async () => {
    const { code, stderr } = await runCli('report', 'data/brand-world.ndjson.gz', '--brand', 'acme', '--topic', 'ai', '--top', '10', '-o', at('b.html'));
    expect(stderr).not.toMatch(/internal error/);
    expect(code).toBe(0);
    const html = readFileSync(at('b.html'), 'utf8');
    expect(html).toContain('id="advocates-table"');
    expect(html).toMatch(/<th scope="col">relevance<\/th>/);
    expect(html).not.toContain('Not shown: no brand given');
  });

  it('refuses a brand that is not an account, and --topic for a scorer without one', async () => {
    expect((await runCli('report', 'data/brand-world.ndjson.gz', '--brand', 'nobody', '-o', at('n.html'))).code).toBe(1);
    const { code, stderr } = await runCli('report', 'data/karate.csv', '--scorer', 'pagerank', '--topic', 'ai');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--topic applies to --scorer influence/);
  });

  it('writes the page to stdout without --out', async () => {
    const { code, stdout } = await runCli('report', 'data/karate.csv', '--top', '3');
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
  });

  it.each([
    [['--export', 'x.txt'], /--export must end in .gexf, .graphml, .json/],
    [['--top', 'all'], /--top must be a number/],
    [['--scorer', 'klout'], /unknown scorer "klout"/],
    [['--scorer', 'PageRank', '--top', '0'], /--top must be a positive integer/],
    [['--param', 'alpha=0.5'], /--param does not apply without --scorer/],
    [['--format', 'csv'], /Unknown option '--format'/],
  ])('refuses %j with exit code 2', async (flags, message) => {
    const { code, stderr } = await runCli('report', 'data/karate.csv', ...flags);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('reports an unreadable file with exit code 1', async () => {
    const { code, stderr } = await runCli('report', at('missing.csv'), '--out', at('m.html'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot read/);
  });
});

describe('influence-score rank --export', () => {
  it('writes every node with the score, each part and its raw value, not only the printed top', async () => {
    const { code, stderr } = await runCli('rank', 'data/karate.csv', '--top', '3', '--export', at('rank.gexf'));
    expect(code).toBe(0);
    expect(stderr).toMatch(/wrote .*rank\.gexf: node attributes pagerank/);
    const graph = parseGexf(readFileSync(at('rank.gexf'), 'utf8'));
    const scores = pagerank().score(graph);
    expect(graph.order).toBe(34);
    graph.forEachNode((node, attributes) => expect(attributes.pagerank).toBeCloseTo(scores.get(node)!, 12));
  });

  it('refuses an unknown export format before doing any work', async () => {
    const { code, stderr } = await runCli('rank', 'data/missing.csv', '--export', 'scores.xlsx');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--export must end in \.gexf, \.graphml, \.json/);
  });
});
