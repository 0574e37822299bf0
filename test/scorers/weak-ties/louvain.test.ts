/**
 * Our Louvain (src/scorers/weak-ties/internal/louvain.ts) against an independent modularity
 * (test/helpers/partition.ts), graphology-communities-louvain (a devDependency, for comparison
 * only), and igraph / NetworkX references (test/fixtures/refs/louvain.json, from
 * bench/python/louvain_refs.py), on the bundled networks and on generated planted partitions.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getScoringContext } from '../../../src/index.js';
import { createRng } from '../../../src/core/rng.js';
import { tiePairs } from '../../../src/scorers/weak-ties/internal/pairs.js';
import { modularityOf, nmi, type Tie } from '../../helpers/partition.js';
import { buildGraph, graphSpec } from '../../helpers/arbitraries.js';
import { communityGraph, type CommunityGraphSpec, louvainInput } from './community-graphs.js';
import { lfrComparison, meanAgainstGraphology, networkTies, run, unit } from './louvain-compare.js';

describe('Louvain', () => {
  it('reports the modularity of its partition, recomputed independently from the ties, to 1e-12', () => {
    fc.assert(
      fc.property(graphSpec({ minN: 1, maxN: 40, maxEdges: 150, directed: false }), fc.boolean(), fc.constantFrom(0.5, 1, 2), fc.nat(1000), (spec, weighted, resolution, seed) => {
        const graph = buildGraph(spec);
        const ctx = getScoringContext(graph);
        const { source, target, m, adj, pairOf } = tiePairs(ctx);
        const weight = new Float64Array(m);
        for (let e = 0; e < adj.targets.length; e++) weight[pairOf[e]] = adj.weights[e];
        const ties: Tie[] = Array.from({ length: m }, (_, p) => [source[p], target[p], weighted ? weight[p] : 1]);
        const found = run({ n: ctx.n, offsets: adj.offsets, targets: adj.targets, weights: weighted ? adj.weights : null }, resolution, seed);
        if (m === 0) {
          expect(found.modularity).toBeNull();
          expect(found.count).toBe(ctx.n);
          return;
        }
        expect(Math.abs(found.modularity! - modularityOf(ties, found.of, resolution))).toBeLessThan(1e-12);
        // Ids are dense, numbered by each community's lowest node.
        let seen = -1;
        for (const c of found.of) {
          expect(c).toBeLessThanOrEqual(seen + 1);
          seen = Math.max(seen, c);
        }
        expect(seen + 1).toBe(found.count);
        // Every move raised Q, so it beats every node alone.
        expect(found.modularity!).toBeGreaterThanOrEqual(modularityOf(ties, Int32Array.from({ length: ctx.n }, (_, i) => i), resolution) - 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('the same seed gives the same partition', () => {
    const g = communityGraph({ seed: 3, groups: 6, minSize: 10, maxSize: 80, degree: 10, mixing: 0.3, weighted: true });
    const input = louvainInput(g.n, g.ties, true);
    for (const resolution of [0.5, 1]) expect(Array.from(run(input, resolution, 11).of)).toEqual(Array.from(run(input, resolution, 11).of));
  });

  it('disjoint cliques come out as one community each, whatever the seed, at γ 0.5 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 3, max: 12 }), { minLength: 1, maxLength: 8 }), fc.constantFrom(0.5, 1), fc.nat(1000), (sizes, resolution, seed) => {
        const ties: Tie[] = [];
        const truth: number[] = [];
        sizes.forEach((size, c) => {
          const first = truth.length;
          for (let i = 0; i < size; i++) {
            for (let j = 0; j < i; j++) ties.push([first + j, first + i, 1]);
            truth.push(c);
          }
        });
        const found = run(louvainInput(truth.length, ties, false), resolution, seed);
        expect(found.count).toBe(sizes.length);
        expect(Array.from(found.of)).toEqual(truth); // first node of each clique opens the next id
      }),
      { numRuns: 60 },
    );
  });

  it('a graph without ties leaves every node alone with modularity null; isolates stay alone', () => {
    expect(run(louvainInput(4, [], false), 1, 1)).toMatchObject({ count: 4, modularity: null });
    const found = run(louvainInput(5, [[0, 1, 1], [1, 2, 1], [0, 2, 1]], false), 1, 1);
    expect(Array.from(found.of)).toEqual([0, 0, 0, 1, 2]);
  });

  // Planted partitions, 2–7 groups of 20–60 nodes, mean degree 8–17, 2–10% of ties leaving their
  // group, weighted or not (seeds 5001..5200). Measured: Q ≥ the planted partition's Q in 199/200
  // at γ = 0.5 and 200/200 at γ = 1; the planted partition recovered exactly in 187/200 at γ = 0.5
  // (mean NMI 0.998) and 178/200 at γ = 1 (mean NMI 0.985: at γ = 1 modularity itself prefers to
  // split some dense 60-node groups, with a higher Q than the planted partition's).
  it('on clear planted partitions, reaches at least the planted Q and recovers the groups (NMI)', () => {
    const K = 200;
    for (const resolution of [0.5, 1]) {
      let exact = 0;
      let atLeastTruth = 0;
      let nmiSum = 0;
      for (let s = 1; s <= K; s++) {
        const r = createRng(5000 + s);
        const spec: CommunityGraphSpec = { seed: 5000 + s, groups: 2 + r.int(6), minSize: 20, maxSize: 60, degree: 8 + r.int(10), mixing: 0.02 + 0.08 * r.next(), weighted: r.next() < 0.5 };
        const g = communityGraph(spec);
        const found = run(louvainInput(g.n, g.ties, spec.weighted), resolution, s);
        const x = nmi(found.of, g.truth);
        if (x > 1 - 1e-9) exact++;
        nmiSum += x;
        if (found.modularity! >= modularityOf(spec.weighted ? g.ties : unit(g.ties), g.truth, resolution) - 1e-9) atLeastTruth++;
      }
      expect(atLeastTruth).toBeGreaterThanOrEqual(0.98 * K);
      expect(exact).toBeGreaterThanOrEqual((resolution === 0.5 ? 0.9 : 0.85) * K);
      expect(nmiSum / K).toBeGreaterThanOrEqual(resolution === 0.5 ? 0.99 : 0.97);
    }
  });

  // LFR-like graphs (2–13 groups, sizes 8–120 spread log-uniformly, mean degree 4–19, mixing
  // 0.05–0.55, weighted or not, γ 0.5 or 1), seeds 1..50 here, 1..1000 in louvain.slow.test.ts.
  // Measured on seeds 1..300: ours higher in 177, equal in 104, lower in 19 (13 of them by more than
  // 1e-3, the worst by 0.019); mean difference +0.008, largest gain +0.062.
  it('reaches at least graphology-communities-louvain\'s modularity (less 1e-3) on at least 90% of generated graphs', () => {
    const K = 50;
    const diffs = lfrComparison(1, K);
    const notWorse = diffs.filter((d) => d >= -1e-3).length;
    expect(notWorse).toBeGreaterThanOrEqual(0.9 * K);
    expect(diffs.reduce((a, b) => a + b, 0) / K).toBeGreaterThan(0);
  });

  // polblogs too, and 20 seeds, in louvain.slow.test.ts.
  it('on karate, dolphins and lesmis, its mean Q over 10 seeds is at least graphology\'s less 0.002, at γ 0.5 and 1, weighted and not', () => {
    for (const row of meanAgainstGraphology(['karate', 'dolphins', 'lesmis'], 10)) expect(row.ours, row.label).toBeGreaterThanOrEqual(row.theirs - 0.002);
  });
});


interface LouvainReference {
  network: 'karate' | 'dolphins' | 'lesmis';
  weighted: boolean;
  resolution: number;
  library: string;
  meanQ: number;
  bestQ: number;
  bestMembership: number[];
}

// igraph 0.10.2 community_multilevel and NetworkX 3.6 louvain_communities, seeds 1..20 each.
describe('Louvain against igraph and NetworkX (test/fixtures/refs/louvain.json)', () => {
  const refs = (JSON.parse(readFileSync(new URL('../../fixtures/refs/louvain.json', import.meta.url), 'utf8')) as { cases: LouvainReference[] }).cases;

  it.each(refs.map((r) => [`${r.library} on ${r.network}${r.weighted ? ' (weighted)' : ''} at γ ${r.resolution}`, r] as const))('%s: their Q is ours to 1e-12 on their partition; our mean Q over the same 20 seeds and our best over 100 are as high (less 0.002)', (_name, ref) => {
    const { n, ties } = networkTies(ref.network);
    const scored = ref.weighted ? ties : unit(ties);
    expect(Math.abs(modularityOf(scored, ref.bestMembership, ref.resolution) - ref.bestQ)).toBeLessThan(1e-12);
    const input = louvainInput(n, ties, ref.weighted);
    // Best-of depends on luck: on dolphins at γ 0.5 the best partition (Q 0.6769) comes up in 41 of
    // our first 500 seeds, and in 1 or 2 of 20 for igraph and NetworkX.
    const qs = Array.from({ length: 100 }, (_, i) => run(input, ref.resolution, i + 1).modularity!);
    expect(qs.slice(0, 20).reduce((a, b) => a + b, 0) / 20).toBeGreaterThanOrEqual(ref.meanQ - 0.002);
    expect(Math.max(...qs)).toBeGreaterThanOrEqual(ref.bestQ - 0.002);
  });
});

