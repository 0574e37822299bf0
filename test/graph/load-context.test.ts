import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { degree, engagementRate, InfluenceScoreError, pagerank, type Scorer, type ScoreInput } from '../../src/index.js';
import { loadContext, loadGraph, loadInfo } from '../../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-columns-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const csv = [
  'Follower,Followee,weight,TYPE,time,note',
  'ada,bob,2,share,1700000000000,x',
  'bob,cat,,follow,,',
  '"Smith, J.",ada,0.5,share,2024-05-01T00:00:00Z,"q"',
  'cat,ada,1,mention,1700000500000,7',
  'dan,__proto__,3,,,',
  '',
].join('\n');
const columns = { source: 'Follower', target: 'Followee', type: 'TYPE' };

function bits(scorer: Scorer, input: ScoreInput): number[] {
  const v = scorer.score(input).values;
  return [...new Uint32Array(v.buffer, v.byteOffset, v.length * 2)];
}

async function failure(p: Promise<unknown>): Promise<InfluenceScoreError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(InfluenceScoreError);
    return error as InfluenceScoreError;
  }
  throw new Error('expected a rejection');
}

describe('loadContext', () => {
  it('reads CSV, gzipped CSV, TSV and a stream into columns that score bit-identically to loadGraph, with renamed columns and views', async () => {
    const path = file('edges.csv', csv);
    const graph = await loadGraph(path, { csv: { columns } });
    const inputs = [
      await loadContext(path, { csv: { columns } }),
      await loadContext(file('edges.csv.gz', gzipSync(csv)), { csv: { columns } }),
      await loadContext(file('edges.tsv', csv.replaceAll(',', '\t').replace('"Smith\t J."', 'Smith, J.')), { csv: { columns } }),
      await loadContext(Readable.from([Buffer.from(csv.slice(0, 30)), Buffer.from(csv.slice(30))]), { csv: { columns } }),
    ];
    for (const ctx of inputs) {
      expect(ctx.graph).toBeNull();
      expect(ctx.keys).toEqual(graph.nodes().map((k) => k.replace('\u0000', '')));
      for (const scorer of [pagerank(), pagerank({ view: { relations: ['share'], halfLife: 86_400_000 } }), degree({ weighted: true, view: { weight: null } })]) {
        expect(bits(scorer, ctx)).toEqual(bits(scorer, graph));
      }
    }
    expect(loadInfo(inputs[0])).toMatchObject({ path: 'columns', format: 'csv', nodes: 6, edges: 5, fallbackLine: 4 });
    expect(loadInfo(graph)).toMatchObject({ path: 'graphology', nodes: 6, edges: 5 });
  });

  it('reads Parquet (strings, integers, timestamps) like the same table in CSV', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'source', data: ['a', 'b', 'c', 'a'], type: 'STRING' },
        { name: 'target', data: ['b', 'c', 'a', 'c'], type: 'STRING' },
        { name: 'weight', data: [1, 2.5, null, 4], type: 'DOUBLE' },
        { name: 'time', data: [new Date(1700000000000), null, new Date(1700000600000), new Date(1700001200000)], type: 'TIMESTAMP' },
        { name: 'extra', data: [1, 2, 3, 4], type: 'INT32' },
      ],
    });
    const parquet = await loadContext(file('edges.parquet', new Uint8Array(buffer)));
    const fromCsv = await loadContext(file('same.csv', 'source,target,weight,time\na,b,1,1700000000000\nb,c,2.5,\nc,a,,1700000600000\na,c,4,1700001200000\n'));
    expect(parquet.keys).toEqual(['a', 'b', 'c']);
    expect(parquet.edges.time).toEqual(fromCsv.edges.time);
    expect(bits(pagerank({ view: { halfLife: 3_600_000 } }), parquet)).toEqual(bits(pagerank({ view: { halfLife: 3_600_000 } }), fromCsv));
    const numeric = parquetWriteBuffer({ columnData: [{ name: 'source', data: [1n, 2n], type: 'INT64' }, { name: 'target', data: [2, 3], type: 'INT32' }] });
    expect((await loadContext(file('ints.parquet', new Uint8Array(numeric)))).keys).toEqual(['1', '2', '3']);
  });

  it('keeps the other Parquet columns as edge attributes in loadGraph, as it does from CSV', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'source', data: ['a', 'b', 'c'], type: 'STRING' },
        { name: 'target', data: ['b', 'c', 'a'], type: 'STRING' },
        { name: 'weight', data: [1, 2.5, null], type: 'DOUBLE' },
        { name: 'note', data: ['hi', null, 'x y'], type: 'STRING' },
        { name: 'score', data: [0.5, 7, null], type: 'DOUBLE' },
        { name: 'post', data: [10, 11, 12], type: 'INT32' },
      ],
    });
    const parquet = await loadGraph(file('extras.parquet', new Uint8Array(buffer)));
    const csv = await loadGraph(file('extras.csv', 'source,target,weight,note,score,post\na,b,1,hi,0.5,10\nb,c,2.5,,7,11\nc,a,,x y,,12\n'));
    const attributes = (g: typeof csv) => g.mapEdges((_e, attrs) => attrs);
    expect(attributes(parquet)).toEqual([
      { weight: 1, note: 'hi', score: 0.5, post: 10 },
      { weight: 2.5, score: 7, post: 11 },
      { note: 'x y', post: 12 },
    ]);
    expect(attributes(parquet)).toEqual(attributes(csv));
    // A columnar load still decodes only the role columns.
    expect((await loadContext(file('extras2.parquet', new Uint8Array(buffer)))).edges.length).toBe(3);
  });

  it('reads NDJSON records with their node attributes and posts, so engagement scores as on the graph', async () => {
    const lines = [
      '{"kind":"account","id":"ada","followers":1000}',
      '{"kind":"account","id":"bob","followers":10}',
      '{"kind":"post","id":"p1","author":"ada","time":"2024-05-01T00:00:00Z","impressions":500}',
      '{"kind":"interaction","from":"bob","to":"ada","type":"like","post":"p1","time":"2024-05-01T01:00:00Z"}',
      '{"kind":"follow","follower":"bob","followee":"ada"}',
    ].join('\n');
    const path = file('records.ndjson', lines);
    const ctx = await loadContext(path);
    expect(ctx.graph).toBeNull();
    expect(bits(engagementRate(), ctx)).toEqual(bits(engagementRate(), await loadGraph(path)));
    expect(loadInfo(ctx)?.direction.by).toBe('format');
  });

  it('reads the sidecar as loadGraph does and says how the direction was chosen', async () => {
    const path = file('karate-like.csv', 'source,target\n0,1\n1,2\n');
    file('karate-like.json', JSON.stringify({ directed: false, nodes: 4, labels: ['zero', 'one', 'two', 'three'] }));
    const ctx = await loadContext(path);
    const graph = await loadGraph(path);
    expect(ctx.directed).toBe(false);
    expect(graph.type).toBe('undirected');
    expect(ctx.keys).toEqual(['0', '1', '2', '3']);
    expect(graph.order).toBe(4);
    for (const loaded of [ctx, graph]) {
      expect(loadInfo(loaded)?.direction).toMatchObject({ directed: false, by: 'sidecar' });
      expect(loadInfo(loaded)?.direction.reason).toContain('karate-like.json');
      expect(loadInfo(loaded)?.labels?.get('3')).toBe('three');
    }
    expect(loadInfo(await loadContext(path, { csv: { directed: true } }))?.direction).toMatchObject({ directed: true, by: 'option' });
    expect(loadInfo(await loadGraph(path, { meta: false }))?.direction).toMatchObject({ directed: true, by: 'default' });
    expect(loadInfo(await loadGraph(path, { meta: false }))?.direction.reason).toMatch(/default.*directed: false/);
  });

  it('names the line and field of a bad row, from the fast path and from csv-parse alike', async () => {
    const plain = await failure(loadContext(file('bad.csv', 'source,target,weight\na,b,1\nc,d,heavy\n')));
    expect(plain.issues).toEqual([expect.objectContaining({ line: 3, field: 'weight' })]);
    const quoted = await failure(loadContext(file('bad-quoted.csv', 'source,target,weight\n"a",b,1\nc,d,heavy\n')));
    expect(quoted.issues).toEqual([expect.objectContaining({ line: 3, field: 'weight' })]);
  });
});

describe('load limits', () => {
  const rows = 'source,target\n' + Array.from({ length: 300 }, (_, i) => `${i},${(i * 7) % 300}`).join('\n') + '\n';

  it('stops at maxEdges and maxNodes with TOO_LARGE naming the limit and what to do', async () => {
    const path = file('rows.csv', rows);
    const byRows = await failure(loadContext(path, { limits: { maxEdges: 100 } }));
    expect(byRows.code).toBe('TOO_LARGE');
    expect(byRows.message).toContain('100 rows');
    expect(byRows.issues[0].message).toMatch(/max-old-space-size/);
    const byIds = await failure(loadGraph(path, { limits: { maxNodes: 50 } }));
    expect(byIds.code).toBe('TOO_LARGE');
    expect(byIds.message).toContain('50 distinct node ids');
    expect(byIds.issues[0].message).toMatch(/loadContext/);
  });

  it('stops when the heap passes maxHeapBytes, before V8 would abort', async () => {
    const big = 'source,target\n' + Array.from({ length: 70_000 }, (_, i) => `${i},${i + 1}`).join('\n') + '\n';
    const error = await failure(loadGraph(file('heap.csv', big), { limits: { maxHeapBytes: 1024 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/MB of JS heap and array buffers in use after 65,536 rows/);
  });

  it('caps decompressed bytes: a small gzip bomb stops at maxBytes with a typed error', async () => {
    const bomb = gzipSync(Buffer.from(`source,target\n${'a,b\n'.repeat(500_000)}`));
    expect(bomb.length).toBeLessThan(20_000);
    for (const load of [loadContext, loadGraph] as const) {
      const error = await failure(load(file('bomb.csv.gz', bomb), { limits: { maxBytes: 100_000 } }));
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toMatch(/larger than 100,000 bytes once decompressed/);
    }
    const json = await failure(loadGraph(file('bomb.json.gz', gzipSync('[' + '0,'.repeat(100_000) + '0]')), { limits: { maxBytes: 50_000 } }));
    expect(json.code).toBe('TOO_LARGE');
  });

  it('refuses a corrupt gzip and an absurd sidecar node count with typed errors', async () => {
    const corrupt = await failure(loadContext(file('corrupt.csv.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]))));
    expect(corrupt.code).toBe('INVALID_INPUT');
    expect(corrupt.message).toMatch(/not valid gzip/);
    const path = file('huge.csv', 'source,target\n0,1\n');
    const meta = file('huge.json', JSON.stringify({ nodes: 1e12 }));
    // Named explicitly it is an error; a sibling that is not valid metadata is skipped with a note.
    expect(loadInfo(await loadGraph(path))?.notes[0]).toMatch(/ignoring .*huge\.json/);
    const absurd = await failure(loadGraph(path, { meta }));
    expect(absurd.code).toBe('INVALID_INPUT');
    expect(absurd.issues[0]).toMatchObject({ field: 'nodes', message: expect.stringMatching(/a sidecar may declare/) });
    file('huge.json', JSON.stringify({ nodes: 5000 }));
    const past = await failure(loadContext(path, { limits: { maxNodes: 4000 } }));
    expect(past.code).toBe('TOO_LARGE');
    expect(past.issues[0].field).toBe('nodes');
  });
});
