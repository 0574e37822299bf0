import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { runCli as run } from '../helpers/cli.js';
import { degree, pagerank, rank } from '../../src/index.js';
import { loadGraph } from '../../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-cli-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('influence-score (dispatcher)', () => {
  it('prints the package version', async () => {
    expect(await run('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints usage listing the commands on --help, to stdout', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: influence-score <command>/);
    expect(r.stdout).toMatch(/^ {2}rank +rank the nodes/m);
  });

  it('exits 2 with usage on stderr when no command or an unknown one is given', async () => {
    for (const argv of [[], ['ranking']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/Usage: influence-score/);
    }
  });
});

describe('influence-score rank', () => {
  it('prints a table of the top 10 by PageRank by default, messages on stderr', async () => {
    const r = await run('rank', 'data/karate.csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rank +node +label +score$/);
    expect(lines).toHaveLength(12);
    expect(lines[2]).toMatch(/^ +1 +33 +John A\. \(president, member 34\) +0\.100919$/);
    expect(lines[3]).toMatch(/^ +2 +0 +Mr\. Hi \(instructor, member 1\) +0\.096997$/);
    expect(r.stderr).toBe('PageRank on data/karate.csv: 34 nodes, 78 edges, undirected (metadata: data/karate.json)\n');
  });

  it('shows labels from the sidecar metadata and ranks polblogs as the library does', async () => {
    const r = await run('rank', 'data/polblogs.csv.gz', '--directed', '--scorer', 'pagerank', '--top', '3');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[2]).toMatch(/^ +1 +154 +dailykos\.com +0\.017937$/);
    expect(r.stderr).toMatch(/1490 nodes, 19090 edges, directed/);
  });

  it('prints CSV with full precision that matches rank() on the same graph', async () => {
    const r = await run('rank', 'data/karate.csv', '--format', 'csv', '--top', '5', '--scorer', 'degree');
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const graph = await loadGraph('data/karate.csv', { csv: { directed: false } });
    const expected = rank(graph, degree(), { top: 5 });
    expect(rows.map((x) => [Number(x.rank), x.node, Number(x.score)])).toEqual(expected.map((x) => [x.rank, x.key, x.score]));
  });

  it('prints JSON with rows, scorer parameters, convergence and input summary', async () => {
    const r = await run('rank', 'data/karate.csv', '-f', 'json', '-n', 'all', '-p', 'alpha=0.9');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // karate.json declares 34 nodes, so the CLI inserts nodes "0".."33" first: the same here.
    const nodes = Array.from({ length: 34 }, (_, i) => String(i));
    const expected = rank(await loadGraph('data/karate.csv', { csv: { directed: false, nodes } }), pagerank({ alpha: 0.9 }));
    // The CLI's JSON rows keep their `node` column (its output contract); the library's rows say `key`.
    expect(out.rows.map(({ label: _label, ...row }: { label: string }) => row)).toEqual(expected.map((x) => ({ rank: x.rank, node: x.key, score: x.score, parts: {} })));
    expect(out.rows[0].label).toBe('John A. (president, member 34)');
    expect(out.scorer).toMatchObject({ id: 'pagerank', params: { alpha: 0.9 } });
    expect(out.meta.converged).toBe(true);
    expect(out.input).toEqual({ file: 'data/karate.csv', path: 'columns', nodes: 34, edges: 78, directed: false, metadata: 'data/karate.json', view: null });
  });

  it('quotes ids with commas, quotes and line breaks in CSV output', async () => {
    const path = file('odd.csv', 'source,target\n"a,b","say ""hi"""\n"multi\nline","say ""hi"""\n');
    const r = await run('rank', path, '-f', 'csv', '-s', 'degree');
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.node)).toEqual(['say "hi"', 'a,b', 'multi\nline']);
  });

  it('reads the graph as undirected with --undirected, and ignores the sidecar with --no-meta', async () => {
    const r = await run('rank', 'data/polblogs.csv.gz', '--undirected', '--no-meta', '-f', 'json', '-n', '1');
    expect(JSON.parse(r.stdout).input).toMatchObject({ nodes: 1224, directed: false, metadata: null });
    expect(JSON.parse(r.stdout).rows[0]).not.toHaveProperty('label');
  });

  it('applies --directed/--undirected to NDJSON and JSON graphs through the view', async () => {
    const path = file('g.ndjson', '{"kind":"follow","follower":"a","followee":"b"}\n{"kind":"follow","follower":"c","followee":"b"}\n');
    const directed = JSON.parse((await run('rank', path, '-s', 'degree', '-f', 'json')).stdout);
    const undirected = JSON.parse((await run('rank', path, '-s', 'degree', '-f', 'json', '--undirected')).stdout);
    expect(directed.rows.map((x: { score: number }) => x.score)).toEqual([1, 0, 0]);
    expect(undirected.rows.map((x: { score: number }) => x.score)).toEqual([1, 0.5, 0.5]);
    expect(undirected.input.directed).toBe(false);
  });

  it('uses an explicit --meta file for labels', async () => {
    const meta = file('labels.json', JSON.stringify({ labels: { b: 'Bee' } }));
    const data = file('ab.csv', 'source,target\na,b\n');
    const r = await run('rank', data, '--meta', meta, '-n', '1');
    expect(r.stdout).toMatch(/1 +b +Bee/);
  });

  it('notes and ignores an auto-detected sibling .json that is not metadata', async () => {
    const data = file('sib.csv', 'source,target\na,b\n');
    file('sib.json', '{"labels": 42}');
    const r = await run('rank', data);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^note: ignoring .*sib\.json/m);
  });

  it('prints its help with the scorer list', async () => {
    const r = await run('rank', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pagerank +PageRank.*\(default\)/);
    expect(r.stdout).toMatch(/degree +in-degree/);
  });

  it.each([
    [['rank'], /needs a <file>/],
    [['rank', 'a.csv', 'b.csv'], /takes one <file>/],
    [['rank', 'data/karate.csv', '--colour'], /Unknown option '--colour'/],
    [['rank', 'data/karate.csv', '--top', '0'], /--top must be a positive integer/],
    [['rank', 'data/karate.csv', '--top', 'ten'], /--top must be a positive integer/],
    [['rank', 'data/karate.csv', '--format', 'xml'], /--format must be one of table, csv, json/],
    [['rank', 'data/karate.csv', '--scorer', 'klout'], /unknown scorer "klout" \(known: pagerank, degree/],
    [['rank', 'data/karate.csv', '--directed', '--undirected'], /exclude each other/],
    [['rank', 'data/karate.csv', '--meta', 'x.json', '--no-meta'], /exclude each other/],
    [['rank', 'data/karate.csv', '-p', 'alpha'], /--param expects key=value/],
    [['rank', 'data/karate.csv', '-p', 'alpha=2'], /Invalid options for pagerank\n {2}- field "alpha"/],
    [['rank', 'data/karate.csv', '-p', 'colour=1'], /Unrecognized key/],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run "influence-score rank --help"/);
  });

  it('exits 1 on a missing file', async () => {
    const r = await run('rank', join(dir, 'nope.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot read .*nope\.csv/);
  });

  it('exits 1 on bad input, naming the line and field, with nothing on stdout', async () => {
    const path = file('bad.csv', 'source,target,weight\na,b,1\nb,c,heavy\nc,,1\n');
    const r = await run('rank', path);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/line 3, field "weight": weight "heavy" is not a number/);
    expect(r.stderr).toMatch(/line 4, field "target": target is empty/);
  });

  it('exits 1 on a bad explicit metadata file and on an unknown extension', async () => {
    expect((await run('rank', 'data/karate.csv', '--meta', file('m.json', '{"nodes": -1}'))).code).toBe(1);
    const r = await run('rank', file('g.xml', ''));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot tell the format/);
  });
});
