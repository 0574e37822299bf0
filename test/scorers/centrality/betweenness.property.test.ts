import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { betweenness, InfluenceScoreError } from '../../../src/index.js';
import { buildGraph, permutation, relabelled, type RandomGraphSpec } from '../../helpers/arbitraries.js';
import { loadNetwork, loadReference } from '../../helpers/networks.js';

/** Random graphs with integer weights (so path-length ties are exact) and many leaves and twins. */
const spec = (directed?: boolean): fc.Arbitrary<RandomGraphSpec> =>
  fc
    .record({ n: fc.integer({ min: 1, max: 14 }), directed: directed === undefined ? fc.boolean() : fc.constant(directed) })
    .chain(({ n, directed: d }) =>
      fc.record({
        n: fc.constant(n),
        directed: fc.constant(d),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 3 })), { maxLength: 3 * n }),
      }),
    );

/** Betweenness by definition: all-pairs distances and path counts, Σ σ_sv·σ_vt/σ_st, NetworkX-normalized. */
function bruteForce(s: RandomGraphSpec, weighted: boolean): number[] {
  const { n } = s;
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [a, b, x] of s.edges) {
    if (a === b) continue;
    w[a][b] += weighted ? x : 1;
    if (!s.directed) w[b][a] += weighted ? x : 1;
  }
  const len = (a: number, b: number): number => (weighted ? w[a][b] : 1);
  const dist: number[][] = [];
  const sigma: number[][] = [];
  for (let src = 0; src < n; src++) {
    const d = new Array<number>(n).fill(Infinity);
    const sg = new Array<number>(n).fill(0);
    const done = new Array<boolean>(n).fill(false);
    d[src] = 0;
    sg[src] = 1;
    for (;;) {
      let u = -1;
      for (let i = 0; i < n; i++) if (!done[i] && d[i] < Infinity && (u < 0 || d[i] < d[u])) u = i;
      if (u < 0) break;
      done[u] = true;
      for (let v = 0; v < n; v++) {
        if (w[u][v] === 0 || done[v]) continue;
        const alt = d[u] + len(u, v);
        if (alt < d[v]) {
          d[v] = alt;
          sg[v] = sg[u];
        } else if (alt === d[v]) sg[v] += sg[u];
      }
    }
    dist.push(d);
    sigma.push(sg);
  }
  const bc = new Array<number>(n).fill(0);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      if (a === b || dist[a][b] === Infinity) continue;
      for (let v = 0; v < n; v++) {
        if (v === a || v === b) continue;
        if (dist[a][v] + dist[v][b] === dist[a][b]) bc[v] += (sigma[a][v] * sigma[v][b]) / sigma[a][b];
      }
    }
  return n > 2 ? bc.map((x) => x / ((n - 1) * (n - 2))) : bc;
}

const close = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => Array.from(b).every((x, i) => Math.abs(a[i] - x) <= 1e-12 + 1e-9 * Math.abs(x));

describe('betweenness properties', () => {
  it('equals the definition (all-pairs path counts) on random graphs, with leaves and twins reduced away', () => {
    fc.assert(
      fc.property(spec(), fc.boolean(), (s, weighted) => {
        const values = betweenness({ weighted }).score(buildGraph(s)).values;
        expect(close(values, bruteForce(s, weighted))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('relabelling nodes permutes the scores', () => {
    fc.assert(
      fc.property(spec().chain((s) => fc.tuple(fc.constant(s), permutation(s.n))), ([s, perm]) => {
        const a = betweenness().score(buildGraph(s));
        const b = betweenness().score(relabelled(s, perm));
        for (let i = 0; i < s.n; i++) expect(b.get(`n${i}`)).toBeCloseTo(a.get(String(i))!, 12);
      }),
      { numRuns: 100 },
    );
  });

  it('stays within the declared range [0, 1] when normalized, with or without endpoints', () => {
    fc.assert(
      fc.property(spec(), fc.boolean(), fc.boolean(), (s, weighted, endpoints) => {
        const scorer = betweenness({ weighted, endpoints });
        const v = scorer.score(buildGraph(s));
        for (const x of v.values) {
          expect(x).toBeGreaterThanOrEqual(scorer.range[0]);
          expect(x).toBeLessThanOrEqual(scorer.range[1] + 1e-12);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives a star's centre the top score (1 normalized) and the leaves 0", () => {
    for (const size of [3, 4, 10, 50]) {
      const g = new Graph({ type: 'undirected' });
      g.addNode('hub');
      for (let i = 0; i < size; i++) g.mergeEdge('hub', `leaf${i}`);
      const v = betweenness().score(g);
      expect(v.top(1)[0].key).toBe('hub');
      expect(v.get('hub')).toBeCloseTo(1, 12);
      for (let i = 0; i < size; i++) expect(v.get(`leaf${i}`)).toBe(0);
    }
  });

  it('gives every node of a cycle the same score', () => {
    for (const size of [3, 4, 7, 12]) {
      for (const type of ['undirected', 'directed'] as const) {
        const g = new Graph({ type });
        for (let i = 0; i < size; i++) g.mergeEdge(String(i), String((i + 1) % size));
        const values = Array.from(betweenness().score(g).values);
        for (const x of values) expect(x).toBeCloseTo(values[0], 12);
        if (size > 3) expect(values[0]).toBeGreaterThan(0);
      }
    }
  });

  it('is 0 for every node of a complete graph', () => {
    for (const type of ['undirected', 'directed'] as const) {
      const g = new Graph({ type });
      for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) if (i !== j) g.mergeEdge(String(i), String(j));
      expect(Array.from(betweenness().score(g).values)).toEqual(new Array(8).fill(0));
      expect(Array.from(betweenness({ approximate: { epsilon: 0.1 } }).score(g).values)).toEqual(new Array(8).fill(0));
    }
  });

  it('counts only paths from the given sources (NetworkX betweenness_centrality_subset with all targets)', () => {
    fc.assert(
      fc.property(spec(false), (s) => {
        const g = buildGraph(s);
        const all = betweenness({ normalized: false }).score(g).values;
        const perSource = Array.from({ length: s.n }, (_, i) => betweenness({ normalized: false, sources: [String(i)] }).score(g).values);
        const summed = all.map((_, v) => perSource.reduce((acc, vec) => acc + vec[v], 0));
        expect(close(summed, all)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('approximate betweenness', () => {
  const polblogs = loadNetwork('polblogs');
  const exact = loadReference('polblogs').measures.betweenness.values!;

  it('stays within epsilon of NetworkX on polblogs and states its sample size and guarantee', () => {
    const v = betweenness({ approximate: { epsilon: 0.02, delta: 0.1, seed: 3 } }).score(polblogs);
    const p = v.meta.params as Record<string, number | string>;
    expect(p.method).toBe('sampling');
    expect(p.samples).toBeGreaterThan(1000);
    expect(p.vertexDiameterBound).toBeGreaterThan(2);
    const maxErr = Math.max(...exact.map((x, i) => Math.abs(v.values[i] - x)));
    expect(maxErr).toBeLessThanOrEqual(0.02);
  });

  it('gives the same values for the same seed and different ones for another seed', () => {
    const a = betweenness({ approximate: { epsilon: 0.05, seed: 11 } }).score(polblogs).values;
    const b = betweenness({ approximate: { epsilon: 0.05, seed: 11 } }).score(polblogs).values;
    const c = betweenness({ approximate: { epsilon: 0.05, seed: 12 } }).score(polblogs).values;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('runs the exact algorithm when that is cheaper than the samples the bound asks for', () => {
    const karate = loadNetwork('karate');
    const v = betweenness({ approximate: { epsilon: 0.01 } }).score(karate);
    expect(v.meta.params.method).toBe('exact');
    expect(close(v.values, loadReference('karate').measures.betweenness.values!)).toBe(true);
  });
});

describe('betweenness options, errors and run control', () => {
  it('rejects bad options at construction, naming the field', () => {
    const codeOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e instanceof InfluenceScoreError ? [e.code, e.issues[0]?.path.join('.')] : e;
      }
      return 'no error';
    };
    expect(codeOf(() => betweenness({ approximate: { epsilon: 0 } }))).toEqual(['INVALID_OPTION', 'approximate.epsilon']);
    expect(codeOf(() => betweenness({ approximate: { delta: 1 } }))).toEqual(['INVALID_OPTION', 'approximate.delta']);
    expect(codeOf(() => betweenness({ approximate: {}, weighted: true }))).toEqual(['INVALID_OPTION', 'approximate']);
    expect(codeOf(() => betweenness({ approximate: {}, endpoints: true }))).toEqual(['INVALID_OPTION', 'approximate']);
    expect(codeOf(() => betweenness({ distance: 'log' as 'weight' }))).toEqual(['INVALID_OPTION', 'distance']);
  });

  it('rejects a non-positive weight as a path length, naming the edge', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b', { weight: 1 });
    g.mergeEdge('b', 'c', { weight: 0 });
    expect(() => betweenness({ weighted: true }).score(g)).toThrow(/edge b -> c/);
  });

  it('rejects an unknown source node', () => {
    expect(() => betweenness({ sources: ['nope'] }).score(loadNetwork('karate'))).toThrow(InfluenceScoreError);
  });

  it('stops with ABORTED when the signal is aborted, and reports progress up to the total', () => {
    const g = loadNetwork('polblogs');
    const controller = new AbortController();
    controller.abort();
    expect(() => betweenness().score(g, { signal: controller.signal })).toThrow(expect.objectContaining({ code: 'ABORTED' }));
    const seen: [number, number][] = [];
    betweenness({ weighted: true }).score(loadNetwork('karate'), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    expect(seen.at(-1)![1]).toBeGreaterThan(0);
  });

  it('aborts a run in progress from the progress callback', () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (): unknown =>
      betweenness({ weighted: true }).score(loadNetwork('polblogs'), {
        signal: controller.signal,
        // Reports after the first are rate-limited by the clock, so waiting for a later one would make
        // the outcome depend on the machine's speed. The first report comes before the first source:
        // aborting there must stop the run at the next source.
        onProgress: (done, total) => {
          seen.push(done);
          if (done < total) controller.abort();
        },
      });
    expect(run).toThrow(expect.objectContaining({ code: 'ABORTED' }));
    expect(seen).toEqual([0]);
  });
});
