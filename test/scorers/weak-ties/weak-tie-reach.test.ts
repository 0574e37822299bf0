import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { getScoringContext, InfluenceScoreError, tieStrength, weakTieReach } from '../../../src/index.js';
import { buildGraph, graphSpec } from '../../helpers/arbitraries.js';
import { loadNetwork } from '../../helpers/networks.js';

/** The definition, written with Sets: |B_h(v) \ ({v} ∪ ⋃_{strong s} B_{h−1}(s))|, reach along in-edges. */
function naiveReach(graph: Graph, hops: number, isWeak: (u: string, v: string) => boolean): Map<string, number> {
  const ctx = getScoringContext(graph);
  const rows = ctx.in;
  const nbrs = (x: number): number[] => Array.from(rows.targets.subarray(rows.offsets[x], rows.offsets[x + 1]));
  const ball = (x: number, r: number): Set<number> => {
    let set = new Set([x]);
    for (let i = 0; i < r; i++) {
      const grown = new Set(set);
      for (const y of set) for (const z of nbrs(y)) grown.add(z);
      set = grown;
    }
    return set;
  };
  const out = new Map<string, number>();
  for (let v = 0; v < ctx.n; v++) {
    const strong = new Set([v]);
    for (const s of nbrs(v)) if (!isWeak(ctx.keys[v], ctx.keys[s])) for (const x of ball(s, hops - 1)) strong.add(x);
    let count = 0;
    for (const x of ball(v, hops)) if (!strong.has(x)) count++;
    out.set(ctx.keys[v], count);
  }
  return out;
}

describe('weakTieReach', () => {
  it('every method equals the set-based definition (sketch with k above n is exact)', () => {
    fc.assert(
      fc.property(graphSpec({ maxN: 25, maxEdges: 70 }), fc.integer({ min: 1, max: 4 }), (spec, hops) => {
        const graph = buildGraph(spec);
        const ties = tieStrength({ threshold: { quantile: 0.5 } }).classify(graph);
        const expected = naiveReach(graph, hops, (u, v) => ties.isWeak(u, v)!);
        for (const method of ['exact', 'sketch'] as const) {
          const v = weakTieReach({ hops, method, sketchSize: 64, normalized: false, ties: 'strength' }).score(graph);
          for (const [key, count] of expected) expect(v.get(key)).toBe(count);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with ties between communities weak, every method equals the set-based definition', () => {
    fc.assert(
      fc.property(graphSpec({ maxN: 25, maxEdges: 70 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (spec, hops, labels) => {
        const graph = buildGraph(spec);
        graph.forEachNode((key) => graph.setNodeAttribute(key, 'team', String(Number(key) % labels)));
        const team = (k: string): unknown => graph.getNodeAttribute(k, 'team');
        const expected = naiveReach(graph, hops, (u, v) => team(u) !== team(v));
        for (const method of ['exact', 'sketch'] as const) {
          const v = weakTieReach({ hops, method, sketchSize: 64, normalized: false, communities: { attribute: 'team' } }).score(graph);
          expect(v.meta.extra?.weakTiesBy).toBe('communities');
          for (const [key, count] of expected) expect(v.get(key)).toBe(count);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('strength or threshold select the tie-strength definition; with ties: "communities" they are refused', () => {
    const graph = loadNetwork('karate');
    expect(weakTieReach().score(graph).meta.params).toMatchObject({ ties: 'communities', communities: 'louvain', resolution: 'auto' });
    expect(weakTieReach({ threshold: 0.1 }).score(graph).meta.params).toMatchObject({ ties: 'strength', strength: 'overlap', threshold: 0.1 });
    expect(weakTieReach({ strength: 'embeddedness' }).score(graph).meta.params).toMatchObject({ ties: 'strength', threshold: { quantile: 0.5 } });
    const error = (() => {
      try {
        weakTieReach({ ties: 'communities', threshold: 0.1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', issues: [{ field: 'threshold' }] });
  });

  it('breadth-first and bitset exact methods agree on a real network at 3 hops', () => {
    const graph = loadNetwork('dolphins');
    const bitset = weakTieReach({ hops: 3 }).score(graph);
    expect(bitset.meta.extra?.method).toBe('bitset');
    const sketch = weakTieReach({ hops: 3, method: 'sketch', sketchSize: 64 }).score(graph);
    expect(sketch.meta.extra?.exactNodes).toBe(62);
    expect(Array.from(sketch.values)).toEqual(Array.from(bitset.values));
    expect(weakTieReach({ hops: 2 }).score(graph).meta.extra?.method).toBe('bfs');
  });

  it('on a directed graph reach runs to the audience by default (u → v: v reaches u)', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b'); // a attends to b
    g.mergeEdge('b', 'c'); // b attends to c
    const allWeak = { threshold: 1, normalized: false, hops: 2 } as const;
    const audience = weakTieReach(allWeak).score(g);
    expect(audience.get('c')).toBe(2); // c → b → a
    expect(audience.get('a')).toBe(0);
    const sources = weakTieReach({ ...allWeak, direction: 'sources' }).score(g);
    expect(sources.get('a')).toBe(2);
    expect(sources.get('c')).toBe(0);
    expect(weakTieReach({ ...allWeak, direction: 'both' }).score(g).get('b')).toBe(2);
  });

  it('strong first steps subtract: all-strong ties give 0, all-weak ties give the whole h-ball', () => {
    const graph = loadNetwork('karate');
    expect(weakTieReach({ threshold: -1 }).score(graph).values.every((x) => x === 0)).toBe(true);
    const all = weakTieReach({ threshold: 1, hops: 2 }).score(graph);
    const balls = naiveReach(graph, 2, () => true);
    for (const [key, size] of balls) expect(all.get(key)).toBe(size / 33);
    expect(all.get('0')).toBeGreaterThan(0.5);
  });

  it('the sketch is seeded: same seed, same values; estimates are close to exact on polblogs', () => {
    const graph = loadNetwork('polblogs');
    const opts = { hops: 2, method: 'sketch', sketchSize: 128 } as const;
    const a = weakTieReach({ ...opts, seed: 3 }).score(graph);
    const b = weakTieReach({ ...opts, seed: 3 }).score(graph);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    // The same seed: Louvain's communities (hence the weak ties) depend on it; only the sketch may differ.
    const exact = weakTieReach({ hops: 2, seed: 3 }).score(graph);
    let ratio = 0;
    let counted = 0;
    for (let i = 0; i < a.values.length; i++) {
      if (exact.values[i] > 0) {
        ratio += a.values[i] / exact.values[i];
        counted++;
      }
    }
    expect(ratio / counted).toBeGreaterThan(0.95);
    expect(ratio / counted).toBeLessThan(1.05);
  });

  it('aborts with ABORTED when the signal fires', () => {
    const controller = new AbortController();
    controller.abort('stop');
    expect(() => weakTieReach().score(loadNetwork('karate'), { signal: controller.signal })).toThrow(InfluenceScoreError);
  });

  it('rejects hops below 1 and unknown methods', () => {
    expect(() => weakTieReach({ hops: 0 })).toThrow(/hops/);
    expect(() => weakTieReach({ method: 'magic' as never })).toThrow(/method/);
  });

  it('with one hop it counts the weak contacts', () => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 1; i <= 5; i++) g.mergeEdge('hub', `leaf${i}`);
    g.mergeEdge('leaf1', 'leaf2');
    const ties = tieStrength({ threshold: 0.2 }).classify(g);
    const reach = weakTieReach({ hops: 1, threshold: 0.2, normalized: false }).score(g);
    let weakAtHub = 0;
    for (let i = 1; i <= 5; i++) if (ties.isWeak('hub', `leaf${i}`)) weakAtHub++;
    expect(weakAtHub).toBe(3);
    expect(reach.get('hub')).toBe(3);
  });
});
