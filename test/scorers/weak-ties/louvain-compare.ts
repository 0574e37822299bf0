/** Runs our Louvain and graphology-communities-louvain side by side, scoring both with the independent modularity helper. */
import louvainGraphology from 'graphology-communities-louvain';
import { getScoringContext } from '../../../src/index.js';
import { createRng } from '../../../src/core/rng.js';
import { finishSync, runControl } from '../../../src/core/run.js';
import { louvain, type LouvainInput, type LouvainPartition } from '../../../src/scorers/weak-ties/internal/louvain.js';
import { tiePairs } from '../../../src/scorers/weak-ties/internal/pairs.js';
import { loadNetwork, type SMALL_NETWORKS } from '../../helpers/networks.js';
import { modularityOf, type Tie } from '../../helpers/partition.js';
import { communityGraph, type CommunityGraphSpec, graphologyGraph, louvainInput } from './community-graphs.js';

/** Our Louvain, synchronously. */
export const run = (input: LouvainInput, resolution: number, seed: number): LouvainPartition => finishSync(louvain(input, { resolution, seed }, runControl(undefined, 'louvain')));

/** The ties with every weight 1. */
export const unit = (ties: readonly Tie[]): Tie[] => ties.map(([u, v]) => [u, v, 1]);

/** graphology-communities-louvain's partition of the same ties, seeded through our PRNG, scored by the independent helper. */
export function graphologyQ(n: number, ties: readonly Tie[], weighted: boolean, resolution: number, seed: number): number {
  const found = louvainGraphology(graphologyGraph(n, ties, weighted), { resolution, rng: createRng(seed).next, getEdgeWeight: 'weight' });
  const membership = Array.from({ length: n }, (_, i) => found[String(i)]);
  return modularityOf(weighted ? ties : unit(ties), membership, resolution);
}

/** The ties of a bundled network as the library's views see them (undirected projection, parallel edges merged). */
export function networkTies(name: (typeof SMALL_NETWORKS)[number]): { n: number; ties: Tie[] } {
  const ctx = getScoringContext(loadNetwork(name));
  const { source, target, m, adj, pairOf } = tiePairs(ctx);
  const weight = new Float64Array(m);
  for (let e = 0; e < adj.targets.length; e++) weight[pairOf[e]] = adj.weights[e];
  return { n: ctx.n, ties: Array.from({ length: m }, (_, p) => [source[p], target[p], weight[p]] as const) };
}

/** Ours minus graphology's Q on LFR-like graphs drawn from seeds from..to. */
export function lfrComparison(from: number, to: number): number[] {
  const diffs: number[] = [];
  for (let s = from; s <= to; s++) {
    const r = createRng(1000 + s);
    const spec: CommunityGraphSpec = { seed: s, groups: 2 + r.int(12), minSize: 8 + r.int(20), maxSize: 40 + r.int(80), degree: 4 + r.int(16), mixing: 0.05 + 0.5 * r.next(), weighted: r.next() < 0.5 };
    const resolution = r.next() < 0.5 ? 0.5 : 1;
    const g = communityGraph(spec);
    const ours = run(louvainInput(g.n, g.ties, spec.weighted), resolution, s);
    diffs.push(ours.modularity! - graphologyQ(g.n, g.ties, spec.weighted, resolution, s));
  }
  return diffs;
}

/** Our mean Q and graphology's over seeds 1..seeds on each network, weighted (when it has weights) and not, at γ 0.5 and 1. */
export function meanAgainstGraphology(names: readonly (typeof SMALL_NETWORKS)[number][], seeds: number): { label: string; ours: number; theirs: number }[] {
  const rows: { label: string; ours: number; theirs: number }[] = [];
  for (const name of names) {
    const { n, ties } = networkTies(name);
    for (const weighted of ties.some(([, , w]) => w !== 1) ? [false, true] : [false]) {
      const input = louvainInput(n, ties, weighted);
      for (const resolution of [0.5, 1]) {
        let ours = 0;
        let theirs = 0;
        for (let seed = 1; seed <= seeds; seed++) {
          ours += run(input, resolution, seed).modularity!;
          theirs += graphologyQ(n, ties, weighted, resolution, seed);
        }
        rows.push({ label: `${name} weighted ${weighted} γ ${resolution}`, ours: ours / seeds, theirs: theirs / seeds });
      }
    }
  }
  return rows;
}
