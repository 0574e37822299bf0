import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InfluenceScoreError } from '../../src/index.js';
import { formatOf, loadGraph } from '../../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-load-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const csv = 'source,target,weight\na,b,2\nb,c,1\n';
const ndjson = '{"kind":"follow","follower":"a","followee":"b"}\n{"kind":"interaction","from":"b","to":"c","type":"share"}\n';
const exported = (() => {
  const g = new Graph();
  g.mergeEdge('a', 'b');
  g.mergeEdge('b', 'c');
  return JSON.stringify(g.export());
})();

describe('loadGraph', () => {
  it.each([
    ['g.csv', csv, 'directed'],
    ['g.csv.gz', gzipSync(csv), 'directed'],
    ['g.tsv', csv.replaceAll(',', '\t'), 'directed'],
    ['g.ndjson', ndjson, 'directed'],
    ['g.jsonl.gz', gzipSync(ndjson), 'directed'],
    ['g.json', exported, 'mixed'],
    ['G.JSON.GZ', gzipSync(exported), 'mixed'],
  ])('reads %s with the loader its extension names', async (name, content, type) => {
    const g = await loadGraph(file(name, content));
    expect(g.nodes()).toEqual(['a', 'b', 'c']);
    expect(g.size).toBe(2);
    expect(g.type).toBe(type);
  });

  it('passes loader options on, and lets format override the extension', async () => {
    const g = await loadGraph(file('edges.txt', csv), { format: 'csv', csv: { directed: false } });
    expect(g.type).toBe('undirected');
  });

  it('rejects an unknown extension as UNSUPPORTED', async () => {
    await expect(loadGraph(file('g.xml', '<graph/>'))).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('rejects a missing file, or a .gz that is not gzip, as INVALID_INPUT', async () => {
    await expect(loadGraph(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(loadGraph(file('fake.csv.gz', csv))).rejects.toBeInstanceOf(InfluenceScoreError);
  });

  it('keeps line numbers in errors from gzipped files', async () => {
    await expect(loadGraph(file('bad.csv.gz', gzipSync('source,target,weight\na,b,1\nb,c,-1\n')))).rejects.toMatchObject({ issues: [{ line: 3, field: 'weight' }] });
  });

  it('names formats by extension', () => {
    expect([formatOf('a.csv.gz'), formatOf('a.JSONL'), formatOf('a.json'), formatOf('a.gz'), formatOf('a.tsv')]).toEqual(['csv', 'ndjson', 'json', undefined, 'tsv']);
  });
});
