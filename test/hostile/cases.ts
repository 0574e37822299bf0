/**
 * The hostile corpus of issue 21: each case feeds one input surface something built to hang it,
 * flood its memory or slip past its checks, and says what must come back: a typed error code, or a
 * correct result (`check`). The cases run one per child process (see hostile.test.ts), so a hang or
 * an out-of-memory abort fails the case, not the run.
 */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { buildSocialGraph, influenceScore, parseEdgeCsv, parseGraphologyJson, parseNdjson } from '../../src/index.js';
import { loadContext, loadGraph, parseGexf, parseGraphml } from '../../src/node.js';
import { lyingParquet } from '../helpers/lying-parquet.js';
import { socialWorld } from '../helpers/social-world.js';
import { gexf, graphml, gzipBomb, longLine, repeated, tempFile, xmlNodes } from './inputs.js';

/** What a case must give: an `InfluenceScoreError` code (or codes, `|`-separated), or `'ok'` and a result `check` accepts. */
export interface HostileCase {
  readonly expect: string;
  readonly run: () => Promise<unknown> | unknown;
  /** The child's `--max-old-space-size` in MB. @defaultValue 256 */
  readonly heapMB?: number;
  /** For `'ok'`: whether the result is the right one (say, the right edge count). */
  readonly check?: (result: unknown) => boolean;
}

const MiB = 1024 * 1024;
const size = (r: unknown): number => (r as { size?: number; edges?: { length: number } }).size ?? (r as { edges: { length: number } }).edges.length;
const abc = [
  { name: 'source', data: ['a', 'b', 'c'], type: 'STRING' as const },
  { name: 'target', data: ['b', 'c', 'a'], type: 'STRING' as const },
];
const parquetIds = (type: 'DOUBLE' | 'BOOLEAN', data: unknown[]): Uint8Array =>
  new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'source', data, type }, { name: 'target', data: ['x', 'y'], type: 'STRING' }] }));
const nested = (depth: number): string => gexf(`${'<node id="n"><nodes>'.repeat(depth)}${'</nodes></node>'.repeat(depth)}`);

/** Runs the CLI in this process; its error line decides the outcome (it prints the error, exit code 1). */
async function cli(...argv: string[]): Promise<unknown> {
  // Imported here: the CLI pulls in the report's stack, which no other case needs to load.
  const { main } = await import('../../src/cli/program.js');
  let stderr = '';
  const code = await main(argv, { stdout: () => {}, stderr: (t) => (stderr += t) });
  if (code === 0) return { code };
  throw Object.assign(new Error(stderr), { code: /Out of memory|larger than|longer than|more than/.test(stderr) ? 'TOO_LARGE' : `exit ${code}` });
}

export const cases: Record<string, HostileCase> = {
  // 1. Long lines: linear, capped at maxLineBytes (16 MiB by default).
  'csv: a 64 MB line': { expect: 'TOO_LARGE', run: () => loadContext(longLine(64 * MiB)) },
  'csv: a 1 GB line stops at 16 MiB': { expect: 'TOO_LARGE', run: () => loadContext(longLine(1024 * MiB)) },
  'csv: a 64 MB quoted field': { expect: 'TOO_LARGE', run: () => loadContext(longLine(64 * MiB, 'source,target\n', '"')) },
  'csv: a 64 MB quoted field over many lines (csv-parse)': {
    expect: 'TOO_LARGE',
    run: () => loadContext(repeated('source,target\n"a', Buffer.from('x\n'.repeat(MiB / 2)), 64, '",b\n')),
  },
  'csv: a 15 MB line under the limit loads': { expect: 'ok', run: () => loadContext(longLine(15 * MiB, 'source,target\n', 'a,')), check: (r) => size(r) === 1 },
  'csv: parseEdgeCsv of a 20 MB line': { expect: 'TOO_LARGE', run: () => parseEdgeCsv(`source,target\n${'x'.repeat(20 * MiB)}`) },
  // 2. Gzip bombs under the default limits: memory (heap + array buffers) stops them. A smaller heap
  // stops them sooner (the limit is 85% of it); the 256 MB cases above show the line limit does not need it.
  'csv.gz: 4 GiB of a,b lines into loadContext': { expect: 'TOO_LARGE', heapMB: 128, run: () => loadContext(Readable.from(gzipBomb(4))) },
  'csv.gz: 4 GiB of a,b lines into loadGraph': { expect: 'TOO_LARGE', heapMB: 128, run: () => loadGraph(Readable.from(gzipBomb(4))) },
  'csv.gz: 4 GiB of a,b lines through the CLI': { expect: 'TOO_LARGE', heapMB: 128, run: () => cli('rank', tempFile('bomb.csv.gz', gzipBomb(4))) },
  'ndjson.gz: 1 GiB of blank lines': { expect: 'TOO_LARGE', heapMB: 128, run: () => loadGraph(Readable.from([gzipSync('\n'), ...gzipBomb(1).slice(1)]), { format: 'ndjson' }) },
  'csv: a corrupt gzip': { expect: 'INVALID_INPUT', run: () => loadContext(Readable.from([Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7])])) },
  'csv: a gzip stream whose first chunk is 1 byte': {
    expect: 'ok',
    run: () => {
      const gz = gzipSync('source,target\na,b\nb,c\n');
      return loadContext(Readable.from([gz.subarray(0, 1), gz.subarray(1)]));
    },
    check: (r) => size(r) === 2,
  },
  // 3. Bad rows count against maxEdges; CRLF then LF.
  'csv: a million bad rows with maxEdges 1000': { expect: 'TOO_LARGE', run: () => loadContext(repeated('source,target,weight\n', Buffer.from('a,b,-1\n'.repeat(10_000)), 100), { limits: { maxEdges: 1000 } }) },
  'csv: 100,000 distinct ids with maxNodes 1000': {
    expect: 'TOO_LARGE',
    run: () => loadContext(Readable.from([`source,target\n${Array.from({ length: 100_000 }, (_, i) => `u${i},v${i}`).join('\n')}\n`]), { limits: { maxNodes: 1000 } }),
  },
  'csv: CRLF on the first line, LF later': { expect: 'ok', run: () => parseEdgeCsv('source,target,weight\r\na,b,1\nb,c,2\n'), check: (r) => size(r) === 2 },
  'csv: 300 columns (past the fast path)': { expect: 'ok', run: () => parseEdgeCsv(`source,target,${Array.from({ length: 298 }, (_, i) => `c${i}`).join(',')}\na,b${',1'.repeat(298)}\n`), check: (r) => size(r) === 1 },
  'csv: a stream of objects': { expect: 'INVALID_INPUT', run: () => loadContext(Readable.from([{ source: 'a' }])) },
  'csv: a stream that fails midway': {
    expect: 'INVALID_INPUT',
    run: () =>
      loadContext(
        Readable.from(
          (async function* () {
            yield 'source,target\na,b\n';
            throw new Error('connection reset');
          })(),
        ),
      ),
  },
  'csv: a null source': { expect: 'INVALID_INPUT', run: () => loadContext(null as never) },
  'csv: parseEdgeCsv(null)': { expect: 'INVALID_INPUT', run: () => parseEdgeCsv(null as never) },
  // 3, 13. Parquet.
  'parquet: a row group claiming 10^9 rows': { expect: 'INVALID_INPUT', run: () => loadContext(tempFile('1e9.parquet', lyingParquet(abc, 10n ** 9n))) },
  'parquet: a row group claiming 10^6 rows': { expect: 'INVALID_INPUT', run: () => loadGraph(tempFile('1e6.parquet', lyingParquet(abc, 10n ** 6n))) },
  'parquet: row group and column chunks claiming 10^9 rows': { expect: 'INVALID_INPUT', run: () => loadContext(tempFile('1e9c.parquet', lyingParquet(abc, 10n ** 9n, true))) },
  'parquet: a DOUBLE id column': { expect: 'INVALID_INPUT', run: () => loadContext(tempFile('double.parquet', parquetIds('DOUBLE', [1.5, Number.NaN]))) },
  'parquet: a BOOLEAN id column': { expect: 'INVALID_INPUT', run: () => loadContext(tempFile('bool.parquet', parquetIds('BOOLEAN', [true, false]))) },
  'parquet: garbage between the magic bytes': { expect: 'INVALID_INPUT', run: () => loadContext(tempFile('garbage.parquet', Buffer.from(`PAR1${'\u0007'.repeat(300)}\u0010\u0000\u0000\u0000PAR1`))) },
  'parquet: a stream': { expect: 'ok', run: () => loadContext(Readable.from([new Uint8Array(parquetWriteBuffer({ columnData: abc }))]), { format: 'parquet' }), check: (r) => size(r) === 3 },
  // 4, 10, 12. XML.
  'gexf: 4,000 nested <node><nodes>': { expect: 'INVALID_INPUT', run: () => parseGexf(nested(4000)) },
  'gexf: 20,000 nested <node><nodes>': { expect: 'INVALID_INPUT', run: () => parseGexf(nested(20_000)) },
  'gexf: 1,000,000 nested elements from a file': { expect: 'INVALID_INPUT', run: () => loadGraph(tempFile('deep.gexf', nested(1_000_000))) },
  'gexf: billion laughs': {
    expect: 'INVALID_INPUT',
    run: () => {
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
      return parseGexf(`<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY l0 "lol">${entities}]>${gexf('<node id="&l9;"/>').replace(/^<\?xml[^>]*>/, '')}`);
    },
  },
  'gexf: reserved ids': { expect: 'ok', run: () => parseGexf(gexf('<node id="__proto__"/><node id="constructor"/><node id="toString"/>', '<edge source="__proto__" target="constructor"/>')), check: (r) => size(r) === 1 },
  'graphml: reserved ids': { expect: 'ok', run: () => parseGraphml(graphml('<node id="__proto__"/><node id="toString"/><edge source="toString" target="__proto__"/>')), check: (r) => size(r) === 1 },
  'gexf: an unclosed tag': { expect: 'INVALID_INPUT', run: () => parseGexf(gexf('<node id="a"><node id="b"/>')) },
  'graphml: a bare &': { expect: 'INVALID_INPUT', run: () => parseGraphml(graphml('<node id="a&b"/>')) },
  'graphml: an edge to an undeclared node': { expect: 'UNKNOWN_NODE', run: () => parseGraphml(graphml('<node id="a"/><edge source="a" target="ghost"/>')) },
  'graphml: an int key holding "lots"': {
    expect: 'INVALID_INPUT',
    run: () => parseGraphml(graphml('<node id="a"><data key="d0">lots</data></node>', '<key id="d0" for="node" attr.name="followers" attr.type="int"/>')),
  },
  'gexf: 50,000 nodes with maxNodes 10': { expect: 'TOO_LARGE', run: () => loadGraph(tempFile('big.gexf', gexf(xmlNodes(50_000))), { limits: { maxNodes: 10 } }) },
  'graphml: 20,000 directed edges in an undirected graph': {
    expect: 'ok',
    run: () => parseGraphml(graphml(`${xmlNodes(200)}${Array.from({ length: 20_000 }, (_, i) => `<edge source="n${i % 200}" target="n${(i * 7 + 1) % 200}" directed="true"/>`).join('')}`, '', 'undirected')),
    check: (r) => size(r) === 20_000,
  },
  // 11, 14. NDJSON and JSON.
  'ndjson: maxNodes 2 and 3,500 records': {
    expect: 'TOO_LARGE',
    run: () => loadGraph(Readable.from([Array.from({ length: 3500 }, (_, i) => JSON.stringify({ kind: 'interaction', from: `u${i % 216}`, to: `u${(i * 5) % 216}`, type: 'share' })).join('\n')]), { format: 'ndjson', limits: { maxNodes: 2, maxEdges: 2 } }),
  },
  'ndjson: a 64 MB line': { expect: 'TOO_LARGE', run: () => loadGraph(longLine(64 * MiB, '{"kind":"account","id":"a"}\n', '{"kind":"account","id":"'), { format: 'ndjson' }) },
  'ndjson: parseNdjson(null)': { expect: 'INVALID_INPUT', run: () => parseNdjson(null as never) },
  'ndjson: a stream of numbers': { expect: 'INVALID_INPUT', run: () => loadGraph(Readable.from([1, 2, 3]), { format: 'ndjson' }) },
  'json: 1,000,000 nested arrays': { expect: 'INVALID_INPUT', run: () => parseGraphologyJson(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`) },
  'json: maxEdges 2': {
    expect: 'TOO_LARGE',
    run: () => parseGraphologyJson({ nodes: [{ key: 'a' }, { key: 'b' }], edges: Array.from({ length: 3 }, () => ({ source: 'a', target: 'b' })) }, {}, { maxEdges: 2 }),
  },
  // 14. A graph changed during an async run.
  'scoreAsync: nodes dropped mid-run': {
    expect: 'UNKNOWN_NODE|INVALID_INPUT',
    run: async () => {
      const graph = buildSocialGraph(socialWorld({ accounts: 200, seed: 5 }));
      const run = influenceScore().scoreAsync(graph);
      setTimeout(() => graph.dropNode(graph.nodes()[0]), 0);
      graph.dropNode(graph.nodes()[1]);
      return run;
    },
  },
};
