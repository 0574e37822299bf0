/** Issue 21 (11, 14): every loader honours every limit, and bad arguments are typed errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSocialGraph, influenceScore, InfluenceScoreError, parseEdgeCsv, parseNdjson } from '../../src/index.js';
import { loadContext, loadGraph, writeGexf, writeGraphml } from '../../src/node.js';
import { rejection, thrown } from '../helpers/errors.js';
import { socialWorld } from '../helpers/social-world.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-limits-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// 30 nodes, 60 edges in every format.
const edges = Array.from({ length: 60 }, (_, i) => [`n${i % 30}`, `n${(i * 7 + 1) % 30}`] as const);
const world = buildSocialGraph({ interactions: edges.map(([from, to]) => ({ from, to, type: 'share' as const })) });
const files = {
  'g.csv': `source,target\n${edges.map((e) => e.join(',')).join('\n')}\n`,
  'g.ndjson': edges.map(([from, to]) => JSON.stringify({ kind: 'interaction', from, to, type: 'share' })).join('\n'),
  'g.json': JSON.stringify(world.export()),
  'g.gexf': writeGexf(world),
  'g.graphml': writeGraphml(world),
};

describe('every loader honours every limit', () => {
  it.each(Object.keys(files))('%s: maxNodes 2 and maxEdges 2 each stop loadGraph with TOO_LARGE', async (name) => {
    const path = file(name, files[name as keyof typeof files]);
    expect((await rejection(loadGraph(path, { limits: { maxNodes: 2 } }))).code).toBe('TOO_LARGE');
    expect((await rejection(loadGraph(path, { limits: { maxEdges: 2 } }))).code).toBe('TOO_LARGE');
    const graph = await loadGraph(path, { limits: { maxNodes: 30, maxEdges: 60 } });
    expect([graph.order, graph.size]).toEqual([30, 60]);
  });

  it.each(['g.csv', 'g.ndjson'])('%s: the same limits stop loadContext', async (name) => {
    const path = file(name, files[name as keyof typeof files]);
    expect((await rejection(loadContext(path, { limits: { maxNodes: 2 } }))).code).toBe('TOO_LARGE');
    expect((await rejection(loadContext(path, { limits: { maxEdges: 2 } }))).code).toBe('TOO_LARGE');
  });

  it('counts rows that fail their checks against maxEdges too (a file of bad rows is bounded)', async () => {
    const bad = `source,target,weight\n${Array.from({ length: 10 }, (_, i) => `a${i},b,-1`).join('\n')}\n`;
    expect((await rejection(loadContext(Readable.from([bad]), { limits: { maxEdges: 20 } }))).code).toBe('INVALID_INPUT');
    const error = await rejection(loadContext(Readable.from([bad]), { limits: { maxEdges: 5 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/more than 5 rows/);
  });

  it('stops an NDJSON line past maxLineBytes', async () => {
    const path = file('long.ndjson', `${files['g.ndjson']}\n{"kind":"account","id":"${'x'.repeat(5000)}"}\n`);
    const error = await rejection(loadGraph(path, { limits: { maxLineBytes: 1000 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.issues[0].line).toBe(61);
  });
});

describe('arguments that are not text or bytes', () => {
  it('parseNdjson(null) and parseEdgeCsv(null) are INVALID_INPUT saying what they got', () => {
    for (const parse of [parseNdjson, parseEdgeCsv] as ((t: unknown) => unknown)[]) {
      const error = thrown(() => parse(null));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0].field).toBe('text');
      expect(error.message).toMatch(/expected string, received null/);
      expect(error.message).not.toMatch(/found "null"/);
    }
  });

  it('a stream of objects (not bytes) is INVALID_INPUT, not a raw TypeError', async () => {
    const error = await rejection(loadContext(Readable.from([{ source: 'a', target: 'b' }])));
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/not bytes or text: an object/);
    expect((await rejection(loadGraph(Readable.from([1, 2]), { format: 'ndjson' }))).code).toBe('INVALID_INPUT');
  });

  it('a gzip stream whose first chunk is one byte is still gunzipped', async () => {
    const gz = gzipSync('source,target\na,b\n');
    const ctx = await loadContext(Readable.from([gz.subarray(0, 1), gz.subarray(1)]));
    expect(ctx.keys).toEqual(['a', 'b']);
  });
});

describe('a graph changed while it is scored', () => {
  it('dropping nodes during influenceScore().scoreAsync rejects with a typed error, not graphology NotFoundGraphError', async () => {
    const graph = buildSocialGraph(socialWorld({ accounts: 120, seed: 3 }));
    const run = influenceScore().scoreAsync(graph);
    graph.dropNode(graph.nodes()[0]);
    const error = await rejection(run);
    expect(error).toBeInstanceOf(InfluenceScoreError);
    // Which check meets the dropped node first (a node attribute, or a post's author) decides the code; both are typed.
    expect(['UNKNOWN_NODE', 'INVALID_INPUT']).toContain(error.code);
    expect(error.name).not.toBe('NotFoundGraphError');
  });
});
