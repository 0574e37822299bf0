import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type Graph from 'graphology';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildSocialGraph, combine, engagementRate, InfluenceScoreError, pagerank, toGraphKey } from '../../src/index.js';
import { loadGraph, parseGexf, parseGraphml, withScores, writeGexf, writeGraphml } from '../../src/node.js';
import { thrown } from '../helpers/errors.js';
import { socialWorld } from '../helpers/social-world.js';

const world = buildSocialGraph(socialWorld({ accounts: 60, seed: 3 }));
// An id that is a JavaScript object key and one that needs XML escaping are ordinary ids.
world.addNode('__proto__', { followers: 7, flags: ['spam-suspect'], verified: false });
world.addNode('a<&>"b', { followers: 2_500_000_000 });
world.addEdge('__proto__', 'a<&>"b', { type: 'mention', time: Date.UTC(2024, 1, 1), weight: 0.5 });

const edgeTriples = (g: Graph): string[] =>
  g.mapEdges((_, a, s, t) => `${s}>${t}:${a.type}:${a.time ?? ''}:${a.weight ?? ''}`).sort();

describe.each([
  ['GEXF', writeGexf, parseGexf],
  ['GraphML', writeGraphml, parseGraphml],
] as const)('%s', (_, write, parse) => {
  it('round-trips a social graph: nodes, parallel typed edges with times and weights, typed attributes', () => {
    const back = parse(write(world));
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
    // Read back like every other loader reads ids: `__proto__` is stored under its escaped key.
    expect(back.nodes()).toEqual(world.nodes().map(toGraphKey));
    expect(edgeTriples(back)).toEqual(edgeTriples(world).map((t) => t.replace(/^__proto__>/, `${toGraphKey('__proto__')}>`)));
    for (const node of ['ada_0', '__proto__', 'a<&>"b']) {
      const { flags, ...rest } = world.getNodeAttributes(node);
      const got = back.getNodeAttributes(toGraphKey(node));
      expect(got).toMatchObject(rest);
      if (flags) expect(write === writeGexf ? got.flags : JSON.parse(got.flags as string)).toEqual(flags);
    }
  });

  it('gives the same PageRank after the round trip', () => {
    const before = pagerank().score(world);
    const after = pagerank().score(parse(write(world)));
    for (const key of world.nodes()) expect(after.get(key)).toBeCloseTo(before.get(key)!, 12);
  });

  it('keeps an undirected graph undirected', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('x', 'y', { weight: 3 });
    g.mergeEdge('y', 'z');
    const back = parse(write(g));
    expect(back.type).toBe('undirected');
    expect(back.hasEdge('y', 'x')).toBe(true);
    expect(back.getEdgeAttribute(back.edge('x', 'y')!, 'weight')).toBe(3);
  });

  it('rejects malformed XML and a document of another format with INVALID_INPUT', () => {
    for (const text of ['<gexf><graph>', '<html><body/></html>', '']) {
      const error = thrown(() => parse(text));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('withScores', () => {
  const composite = combine({ parts: { reach: [pagerank(), 2], engagement: [engagementRate(), 1] }, scale: [0, 100] }).score(world);

  it('adds the score, each normalized part and each raw part as node attributes, and leaves the input alone', () => {
    const scored = withScores(world, new Map([['influence', composite]]));
    const node = 'ada_0';
    expect(scored.getNodeAttribute(node, 'influence')).toBe(composite.get(node));
    expect(scored.getNodeAttribute(node, 'influence_reach')).toBe(composite.parts!.reach.get(node));
    expect(scored.getNodeAttribute(node, 'influence_reach_raw')).toBe(pagerank().score(world).get(node));
    expect(scored.getNodeAttribute(node, 'influence_engagement_raw')).toBe(engagementRate().score(world).get(node));
    expect(world.getNodeAttribute(node, 'influence')).toBeUndefined();
  });

  it('survives a GEXF export and import with every score intact', () => {
    const back = parseGexf(writeGexf(withScores(world, new Map([['influence', composite]]))));
    for (const key of world.nodes()) {
      expect(back.getNodeAttribute(toGraphKey(key), 'influence')).toBe(composite.get(key));
      expect(back.getNodeAttribute(toGraphKey(key), 'influence_engagement')).toBe(composite.parts!.engagement.get(key));
    }
  });

  it('refuses to overwrite an existing node attribute', () => {
    const error = thrown(() => withScores(world, new Map([['followers', composite]])));
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect(error.issues[0].path).toEqual(['followers']);
  });
});

describe('loadGraph with GEXF and GraphML files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'influence-score-xml-'));
  it.each([
    ['g.gexf', writeGexf(world)],
    ['g.graphml', writeGraphml(world)],
    ['g.GEXF.gz', gzipSync(writeGexf(world))],
    ['g.graphml.gz', gzipSync(writeGraphml(world))],
  ])('reads %s by its extension', async (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const g = await loadGraph(path);
    expect(g.order).toBe(world.order);
    expect(g.size).toBe(world.size);
  });
});
