import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeness, combine, degree, explainScore, formatExplanation, pagerank, trustRank } from '../../src/index.js';
import { hubGraph } from '../helpers/hub-graph.js';

const graphs = fc.record({
  n: fc.integer({ min: 2, max: 40 }),
  m: fc.integer({ min: 1, max: 160 }),
  seed: fc.integer(),
  directed: fc.boolean(),
  weighted: fc.boolean(),
});

function graphOf(spec: { n: number; m: number; seed: number; directed: boolean; weighted: boolean }) {
  return hubGraph({ ...spec, hubShare: 0.4, hubs: 3, attributes: spec.weighted ? (_k, rng) => ({ weight: 0.5 + 3 * rng.next() }) : undefined });
}

const sum = (e: ReturnType<typeof explainScore>): number => e.sources.reduce((s, x) => s + x.value, 0) + e.others.value + e.teleport;

describe('explainScore', () => {
  it("decomposes PageRank, personalized PageRank and TrustRank into in-flows and teleport that sum to the score within 1e-9 relative (300 generated graphs)", () => {
    fc.assert(
      fc.property(graphs, fc.constantFrom('pagerank', 'personalized', 'trust-given', 'trust-picked'), fc.nat(), (spec, kind, pick) => {
        const g = graphOf(spec);
        const tolerance = 1e-14;
        const nodes = g.nodes();
        const scorer =
          kind === 'pagerank'
            ? pagerank({ tolerance })
            : kind === 'personalized'
              ? pagerank({ tolerance, personalization: { [nodes[0]]: 2, [nodes[nodes.length - 1]]: 1 } })
              : kind === 'trust-given'
                ? trustRank({ tolerance, seeds: { [nodes[1]]: 1, [nodes[0]]: 3 } })
                : trustRank({ tolerance, seedCount: 2 });
        const node = nodes[pick % nodes.length];
        const e = explainScore(g, scorer, node, { top: 3 });
        expect(e.kind).toBe('walk');
        expect(e.score).toBe(scorer.score(g).get(node));
        expect(Math.abs(e.score - sum(e))).toBeLessThanOrEqual(1e-9 * Math.max(e.score, 1e-300));
        expect(Math.abs(e.residual)).toBeLessThanOrEqual(1e-9 * Math.max(e.score, 1e-300));
        expect(e.sources.length).toBeLessThanOrEqual(3);
        for (let i = 1; i < e.sources.length; i++) expect(e.sources[i - 1].value).toBeGreaterThanOrEqual(e.sources[i].value);
      }),
      { numRuns: 300 },
    );
  });

  it('lists an in-neighbour as the source of exactly the rank it passes: α·x_u·w_uv / W_u', () => {
    const g = hubGraph({ n: 6, m: 14, seed: 3, directed: true, hubShare: 0.5, hubs: 1 });
    const pr = pagerank().score(g);
    const e = explainScore(g, pagerank(), 'v0', { top: 100 });
    for (const s of e.sources) expect(s.value).toBeCloseTo((0.85 * pr.get(s.key)!) / g.outDegree(s.key), 15);
    expect(e.others.count).toBe(0);
  });

  it('counts the edges of a degree score exactly, weighted or not, in either direction (200 generated graphs)', () => {
    fc.assert(
      fc.property(graphs, fc.constantFrom('in', 'out', 'all') as fc.Arbitrary<'in' | 'out' | 'all'>, fc.boolean(), fc.nat(), (spec, mode, normalized, pick) => {
        const g = graphOf(spec);
        const scorer = degree({ mode, normalized, weighted: spec.weighted });
        const node = g.nodes()[pick % g.order];
        const e = explainScore(g, scorer, node, { top: 2 });
        expect(e.kind).toBe('edges');
        expect(e.teleport).toBe(0);
        expect(Math.abs(e.score - sum(e))).toBeLessThanOrEqual(1e-12 * Math.max(1, e.score));
      }),
      { numRuns: 200 },
    );
  });

  it("explains a composite with explain()'s parts", () => {
    const g = hubGraph({ n: 30, m: 90, seed: 5, directed: true, hubShare: 0.3, hubs: 2 });
    const score = combine({ parts: { pr: [pagerank(), 2], deg: [degree(), 1] }, scale: [0, 100] });
    const e = explainScore(g, score, 'v1');
    expect(e.kind).toBe('composite');
    expect(e.composite?.parts.map((p) => p.name)).toEqual(['pr', 'deg']);
    expect(formatExplanation(e)).toContain('v1 scores');
  });

  it('says in a sentence what share of the score the top sources bring', () => {
    const g = hubGraph({ n: 20, m: 80, seed: 9, directed: true, hubShare: 0.5, hubs: 1 });
    const text = formatExplanation(explainScore(g, pagerank(), 'v0', { top: 2 }));
    expect(text).toMatch(/^\d+% of v0's PageRank \([\d.e-]+\) comes from 2 accounts: v\d+ \(\d+%\), v\d+ \(\d+%\)\./);
    expect(text).toMatch(/arrives by teleport\.$/);
  });

  it('refuses scorers it cannot decompose, unknown accounts and malformed arguments with typed errors', () => {
    const g = hubGraph({ n: 10, m: 20, seed: 1, hubShare: 0.2, hubs: 1 });
    expect(() => explainScore(g, closeness(), 'v0')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED' }));
    expect(() => explainScore(g, pagerank(), 'nobody')).toThrow(expect.objectContaining({ code: 'UNKNOWN_NODE' }));
    expect(() => explainScore(g, pagerank as never, 'v0')).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => explainScore(g, pagerank(), 'v0', { top: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
