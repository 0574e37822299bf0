import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { degree, eigenvector, getScoringContext, pagerank, reciprocity, type Warning } from '../../src/index.js';
import { isFlatWarning } from '../../src/core/flat-scores.js';
import { codes, messages } from '../helpers/warnings.js';

const DAY = 86_400_000;
const JAN = Date.UTC(2024, 0, 1);

/** 400 edges: 300 `mention`, 100 `follow`, one a day from 2024-01-01. */
function social(): Graph {
  const g = new Graph({ multi: true, type: 'directed' });
  for (let i = 0; i < 400; i++) {
    g.mergeEdge(`u${i % 37}`, `u${(i * 7 + 1) % 37}`, { type: i % 4 === 0 ? 'follow' : 'mention', time: JAN + i * DAY });
  }
  return g;
}

// The view's own warnings; the all-equal warning a view without edges also brings is tested in test/scorers/flat-scores.property.test.ts.
const viewWarnings = (warnings: readonly Warning[]): Warning[] => warnings.filter((w) => !isFlatWarning(w));
const warningsOf = (graph: Graph, view: Parameters<typeof getScoringContext>[1]): readonly string[] => messages(viewWarnings(pagerank({ view }).score(graph).meta.warnings));

describe('views that keep no edge are loud', () => {
  it('a misspelt relation warns with the counts and suggests the existing type', () => {
    const warnings = warningsOf(social(), { relations: ['mentions'] });
    expect(codes(pagerank({ view: { relations: ['mentions'] } }).score(social()).meta.warnings)).toEqual(['UNKNOWN_RELATION', 'EMPTY_VIEW', 'ALL_EQUAL']);
    expect(warnings).toContain('relation "mentions" matches no edge (edge types present: mention (300), follow (100)); did you mean "mention"?');
    expect(warnings).toContain('the view keeps 0 of 400 edges (400 not of relations mentions (edge types present: mention (300), follow (100))): every score is computed on a graph without edges');
  });

  it('a window after the data names the window and the count', () => {
    const after = JAN + 1000 * DAY;
    const warnings = warningsOf(social(), { window: { from: after } });
    expect(warnings).toEqual([`the view keeps 0 of 400 edges (400 outside the window ${new Date(after).toISOString()} … ∞): every score is computed on a graph without edges`]);
  });

  it('an asOf before the data says every edge is later', () => {
    const warnings = warningsOf(social(), { asOf: JAN - DAY });
    expect(warnings[0]).toMatch(/^the view keeps 0 of 400 edges \(400 after asOf 2023-12-31T00:00:00\.000Z\)/);
  });

  it('reciprocity on edges without types says no edge has a type, once', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'a');
    const warnings = messages(reciprocity().score(g).meta.warnings);
    expect(codes(reciprocity().score(g).meta.warnings)).toEqual(['NO_TYPE_ATTRIBUTE', 'EMPTY_VIEW', 'ALL_ZERO']);
    expect(warnings[0]).toBe('no edge has a "type" attribute, so relations follow, mention, reply match none (a scorer that takes relations counts every edge with relations: null)');
    expect(warnings[1]).toMatch(/^the view keeps 0 of 2 edges \(2 not of relations follow, mention, reply \(2 have no type\)\)/);
    expect(viewWarnings(reciprocity({ relations: null }).score(g).meta.warnings)).toEqual([]);
  });

  it('a relation one slip from an existing type warns beside relations that match', () => {
    const warnings = warningsOf(social(), { relations: ['mention', 'folow'] });
    expect(warnings).toEqual(['relation "folow" matches no edge (edge types present: mention (300), follow (100)); did you mean "follow"?']);
  });

  it('a relation far from every type stays quiet while others match (scorer defaults such as reciprocity\'s reply)', () => {
    expect(warningsOf(social(), { relations: ['mention', 'reply'] })).toEqual([]);
    // No reply edge: reciprocity is 0 everywhere, which its own ALL_ZERO warning says (not a view warning).
    const warnings = reciprocity().score(social()).meta.warnings;
    expect(viewWarnings(warnings)).toEqual([]);
    expect(warnings.filter(isFlatWarning)).toHaveLength(1);
  });

  it('a relation whose edges all lie outside the window is not called unknown', () => {
    const warnings = warningsOf(social(), { relations: ['follow'], window: { to: JAN - DAY } });
    expect(warnings.some((w) => w.includes('matches no edge'))).toBe(false);
    expect(warnings[0]).toMatch(/^the view keeps 0 of 400 edges \(300 not of relations follow \(edge types present: mention \(300\), follow \(100\)\); 100 outside the window/);
  });

  it('an empty graph warns in every scorer, eigenvector included (where NetworkX raises)', () => {
    const g = new Graph();
    for (const scorer of [degree(), pagerank(), eigenvector()]) {
      const v = scorer.score(g);
      expect(v.values).toHaveLength(0);
      expect(v.meta.warnings).toEqual([{ code: 'EMPTY_GRAPH', message: 'the graph is empty (0 nodes): every score vector is empty' }]);
    }
  });

  it('warns that the view is empty exactly when it keeps no edge of a graph that has some (300 random graphs and windows)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.constantFrom('a', 'b', undefined), fc.option(fc.nat(100), { nil: undefined })), { maxLength: 30 }),
        fc.nat(100),
        fc.nat(100),
        fc.subarray(['a', 'b', 'c']),
        (edges, x, y, relations) => {
          const g = new Graph({ multi: true });
          for (let i = 0; i < 10; i++) g.addNode(String(i));
          for (const [s, t, type, time] of edges) g.addEdge(String(s), String(t), { ...(type ? { type } : {}), ...(time !== undefined ? { time } : {}) });
          const view = { window: { from: Math.min(x, y), to: Math.max(x, y) }, ...(relations.length ? { relations } : {}) };
          const ctx = getScoringContext(g, view);
          const empty = ctx.warnings.some((w) => w.message.startsWith('the view keeps 0 of'));
          expect(empty).toBe(ctx.edges.length === 0 && g.size > 0);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('engagement on edges without types', () => {
  it('refuses with the reason instead of scoring zero', async () => {
    const { buildSocialGraph, engagementRate, InfluenceScoreError } = await import('../../src/index.js');
    const g = buildSocialGraph({ accounts: [{ id: 'a', followers: 10 }, { id: 'b' }], posts: [{ id: 'p', author: 'a', time: '2024-01-01T00:00:00Z', reach: 100 }] });
    g.addEdge('b', 'a');
    let error: unknown;
    try {
      engagementRate().score(g);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InstanceType<typeof InfluenceScoreError>).issues[0].message).toMatch(/interactions without a type have no engagement weight/);
  });
});
