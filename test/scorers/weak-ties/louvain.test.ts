/**
 * Our Louvain (src/scorers/weak-ties/internal/louvain.ts) against an independent modularity
 * (test/helpers/partition.ts), graphology-communities-louvain (a devDependency, for comparison
 * only), and igraph / NetworkX references (test/fixtures/refs/louvain.json, from
 * bench/python/louvain_refs.py), on the bundled networks and on generated planted partitions.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bridging, getScoringContext, weakTieReach } from '../../../src/index.js';
import { createRng } from '../../../src/core/rng.js';
import { finishAsync, finishSync, type RunControl, runControl } from '../../../src/core/run.js';
import { louvain, setMaxVisitsPerNode } from '../../../src/scorers/weak-ties/internal/louvain.js';
import { tiePairs } from '../../../src/scorers/weak-ties/internal/pairs.js';
import { modularityOf, nmi, type Tie } from '../../helpers/partition.js';
import { buildGraph, graphSpec } from '../../helpers/arbitraries.js';
import { communityGraph, type CommunityGraphSpec, graphologyGraph, louvainInput } from './community-graphs.js';
import { lfrComparison, meanAgainstGraphology, networkTies, run, unit } from './louvain-compare.js';
import type { ScoreVector, Warning } from '../../../src/index.js';

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

  it('two runs interleaved at every checkpoint give the partitions of two runs in one go (no shared state between runs)', async () => {
    const g = communityGraph({ seed: 4, groups: 12, minSize: 40, maxSize: 200, degree: 16, mixing: 0.3, weighted: true });
    const input = louvainInput(g.n, g.ties, true);
    // A control that asks for a pause at every checkpoint; the async driver then gives the other run a turn.
    const pausing = (pauses: { count: number }): RunControl => ({ ...runControl(undefined, 'louvain'), async: true, tick: () => ++pauses.count > 0 });
    for (const resolution of [0.5, 1]) {
      const pauses = [{ count: 0 }, { count: 0 }];
      const [a, b] = await Promise.all([11, 12].map((seed, i) => finishAsync(louvain(input, { resolution, seed }, pausing(pauses[i])), undefined, 'louvain')));
      expect(pauses[0].count, 'runs paused many times each').toBeGreaterThan(20);
      expect(pauses[1].count).toBeGreaterThan(20);
      expect(Array.from(a.of)).toEqual(Array.from(run(input, resolution, 11).of));
      expect(Array.from(b.of)).toEqual(Array.from(run(input, resolution, 12).of));
      expect(a.modularity).toBe(run(input, resolution, 11).modularity);
    }
  });

  it('different seeds give different node orders but equally good partitions (Q within 0.03 of the best of 8 seeds, 6 graphs)', () => {
    for (let graphSeed = 1; graphSeed <= 6; graphSeed++) {
      const g = communityGraph({ seed: graphSeed, groups: 8, minSize: 10, maxSize: 60, degree: 8, mixing: 0.35, weighted: graphSeed % 2 === 0 });
      const input = louvainInput(g.n, g.ties, graphSeed % 2 === 0);
      const found = Array.from({ length: 8 }, (_, seed) => run(input, 1, seed));
      const qs = found.map((f) => f.modularity!);
      const best = Math.max(...qs);
      for (const q of qs) expect(best - q, `graph ${graphSeed}: ${qs.join(', ')}`).toBeLessThan(0.03);
      // The seed matters: not every seed lands on the same labels.
      expect(new Set(found.map((f) => Array.from(f.of).join(','))).size, `graph ${graphSeed}`).toBeGreaterThan(1);
    }
  });

  it('reports progress in adjacency entries read: done and the share never fall, the total only grows, and it ends at done = total', () => {
    for (const [i, spec] of [
      { seed: 4, groups: 12, minSize: 40, maxSize: 200, degree: 16, mixing: 0.2, weighted: false },
      { seed: 5, groups: 30, minSize: 10, maxSize: 60, degree: 6, mixing: 0.5, weighted: true },
    ].entries()) {
      const g = communityGraph(spec);
      const input = louvainInput(g.n, g.ties, spec.weighted);
      const calls: [number, number][] = [];
      const control: RunControl = { ...runControl(undefined, 'louvain'), tick: (d, t) => (calls.push([d, t]), false) };
      const found = finishSync(louvain(input, { resolution: 1, seed: 1 }, control));
      expect(found.modularity).toBe(run(input, 1, 1).modularity);
      const entries = input.offsets[input.n] + input.n;
      // A checkpoint every 4096 entries: at least the sweeps of the first moving phase and the modularity.
      expect(calls.length, `case ${i}`).toBeGreaterThan((2 * entries) / 4096);
      for (let k = 1; k < calls.length; k++) {
        expect(calls[k][0]).toBeGreaterThanOrEqual(calls[k - 1][0]);
        expect(calls[k][1]).toBeGreaterThanOrEqual(calls[k - 1][1]);
        expect(calls[k][0] / calls[k][1]).toBeGreaterThanOrEqual(calls[k - 1][0] / calls[k - 1][1]);
      }
      for (const [d, t] of calls) expect(d).toBeLessThanOrEqual(t);
      const [lastDone, lastTotal] = calls[calls.length - 1];
      expect(lastDone).toBe(lastTotal);
      // The estimate (6 sweeps of the input) is within a factor 2 of the work done, so the bar moves evenly.
      const before = calls[calls.length - 2];
      expect(before[0] / before[1], `case ${i}: ${before[0]} of ${before[1]}, ${entries} entries`).toBeGreaterThan(0.5);
    }
  });

  it('a moving phase stopped by the visit guard says so: truncated here, a warning in bridging and weakTieReach meta', () => {
    const g = communityGraph({ seed: 3, groups: 6, minSize: 10, maxSize: 80, degree: 10, mixing: 0.3, weighted: false });
    const input = louvainInput(g.n, g.ties, false);
    const graph = graphologyGraph(g.n, g.ties, false);
    const louvainWarnings = (v: ScoreVector): Warning[] => v.meta.warnings.filter((w) => w.message.includes('Louvain stopped'));
    expect(run(input, 1, 1).truncated).toBe(false);
    expect(louvainWarnings(bridging().score(graph))).toEqual([]);
    setMaxVisitsPerNode(1); // one sweep only: moves in that sweep requeue neighbours that never get their turn
    try {
      expect(run(input, 1, 1).truncated).toBe(true);
      for (const scored of [bridging().score(graph), bridging({ measure: 'weak-communities' }).score(graph), weakTieReach().score(graph)]) {
        expect(louvainWarnings(scored)).toEqual([{ code: 'TRUNCATED', message: expect.stringContaining('guard of 1 visits per node') }]);
      }
    } finally {
      setMaxVisitsPerNode();
    }
    expect(louvainWarnings(weakTieReach().score(graph))).toEqual([]);
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

