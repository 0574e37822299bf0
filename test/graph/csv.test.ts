import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getScoringContext, InfluenceScoreError, pagerank, parseEdgeCsv } from '../../src/index.js';
import { loadReference } from '../helpers/networks.js';
import { thrown } from '../helpers/errors.js';

const edgesOf = (text: string, options = {}) => {
  const g = parseEdgeCsv(text, options);
  return g.mapEdges((_e, attrs, s, t) => [s, t, attrs]);
};

describe('parseEdgeCsv', () => {
  it('reads source,target rows into a directed multigraph that allows self-loops', () => {
    const g = parseEdgeCsv('source,target\na,b\nb,c\n');
    expect(g.type).toBe('directed');
    expect(g.multi).toBe(true);
    expect(g.allowSelfLoops).toBe(true);
    expect(g.nodes()).toEqual(['a', 'b', 'c']);
    expect(g.mapEdges((_e, _a, s, t) => `${s}>${t}`)).toEqual(['a>b', 'b>c']);
  });

  it('builds an undirected graph when asked', () => {
    expect(parseEdgeCsv('source,target\na,b\n', { directed: false }).type).toBe('undirected');
  });

  it('reads weight, type and time columns and keeps other columns as attributes', () => {
    expect(edgesOf('source,target,weight,type,time,label,score\na,b,2.5,share,2024-05-01T09:00:00Z,hello,7\nb,a,,,1714550400000,,\n')).toEqual([
      ['a', 'b', { weight: 2.5, type: 'share', time: Date.UTC(2024, 4, 1, 9), label: 'hello', score: 7 }],
      ['b', 'a', { time: 1714550400000 }],
    ]);
  });

  it('reads numeric times as seconds with timeUnit s, ISO times unchanged', () => {
    expect(edgesOf('source,target,time\na,b,949594235\nb,a,2024-05-01\n', { timeUnit: 's' })).toEqual([
      ['a', 'b', { time: 949594235000 }],
      ['b', 'a', { time: Date.UTC(2024, 4, 1) }],
    ]);
  });

  it('lets the header order the columns freely and matches role names ignoring case', () => {
    expect(edgesOf('Weight,Target,Source\n3,b,a\n')).toEqual([['a', 'b', { weight: 3 }]]);
  });

  it('maps other column names to the roles', () => {
    expect(edgesOf('from,to,w\na,b,4\n', { columns: { source: 'from', target: 'to', weight: 'w' } })).toEqual([['a', 'b', { weight: 4 }]]);
  });

  it('reads TSV with a tab delimiter', () => {
    expect(edgesOf('source\ttarget\ta, b\tc\n', { delimiter: '\t' })).toEqual([]);
    expect(edgesOf('source\ttarget\n"a, b"\tc\n', { delimiter: '\t' })).toEqual([['a, b', 'c', {}]]);
  });

  it('parses quoted fields with delimiters, quotes and line breaks inside, never splitting on commas', () => {
    const text = 'source,target,note\n"Smith, J.","O""Brien","line one\nline two"\n';
    expect(edgesOf(text)).toEqual([['Smith, J.', 'O"Brien', { note: 'line one\nline two' }]]);
  });

  it('accepts a BOM, CRLF line ends, blank lines and whitespace around fields', () => {
    expect(edgesOf('\ufeffsource, target\r\n\r\n a , b \r\n\r\n"  c",d\r\n')).toEqual([
      ['a', 'b', {}],
      ['  c', 'd', {}],
    ]);
  });

  it('adds the nodes option first, keeping isolated nodes and fixing the order', () => {
    const g = parseEdgeCsv('source,target\nc,a\n', { nodes: ['a', 'b', 'c'] });
    expect(g.nodes()).toEqual(['a', 'b', 'c']);
    expect(g.degree('b')).toBe(0);
  });

  it("rejects edges to nodes outside the nodes option with unknownNodes 'error'", () => {
    const err = thrown(() => parseEdgeCsv('source,target\na,b\nz,a\n', { nodes: ['a', 'b'], unknownNodes: 'error' }));
    expect(err.code).toBe('UNKNOWN_NODE');
    expect(err.issues).toMatchObject([{ line: 3, field: 'source' }]);
  });

  it('rejects invalid options', () => {
    expect(thrown(() => parseEdgeCsv('source,target\n', { directed: 'yes' } as never)).code).toBe('INVALID_OPTION');
  });

  it('round-trips any edge list written with RFC 4180 quoting', () => {
    const id = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '\t', '1'), minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '' || s.length > 0);
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id, fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = ['source,target,weight', ...rows.map(([s, t, w]) => `${quote(s)},${quote(t)},${w}`)].join('\r\n');
        const g = parseEdgeCsv(text);
        expect(g.mapEdges((_e, a, s, t) => [s, t, a.weight])).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  });

  it('loads the bundled polblogs edge list and reproduces the NetworkX PageRank to 1e-9 (L1)', () => {
    const text = gunzipSync(readFileSync(new URL('../../data/polblogs.csv.gz', import.meta.url))).toString('utf8');
    const ref = loadReference('polblogs');
    const nodes = Array.from({ length: ref.nodes }, (_, i) => String(i));
    const g = parseEdgeCsv(text, { nodes });
    // 19090 rows, of which 68 repeat a pair: kept as parallel edges, merged into NetworkX's 19022 arcs.
    expect([g.order, g.size]).toEqual([ref.nodes, 19090]);
    expect(getScoringContext(g).out.targets.length).toBe(ref.edges);
    const scores = pagerank({ weighted: false }).score(g);
    const expected = ref.measures.pagerank.values!;
    const l1 = expected.reduce((sum, v, i) => sum + Math.abs(v - scores.get(String(i))!), 0);
    expect(l1).toBeLessThan(1e-9);
  });

  it('loads the bundled karate edge list as an undirected graph matching its reference', () => {
    const text = readFileSync(new URL('../../data/karate.csv', import.meta.url), 'utf8');
    const ref = loadReference('karate');
    const g = parseEdgeCsv(text, { directed: false });
    expect([g.order, g.size]).toEqual([ref.nodes, ref.edges]);
    const scores = pagerank({ weighted: false }).score(g);
    const l1 = ref.measures.pagerank.values!.reduce((sum, v, i) => sum + Math.abs(v - scores.get(String(i))!), 0);
    expect(l1).toBeLessThan(1e-9);
  });

  it('keeps the graph usable by the ScoringContext (weights read from the weight column)', () => {
    const g = parseEdgeCsv('source,target,weight\na,b,2\na,b,3\n');
    const ctx = getScoringContext(g);
    expect(Array.from(ctx.out.weights)).toEqual([5]);
  });
});
