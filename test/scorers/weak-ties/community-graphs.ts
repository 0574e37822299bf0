/**
 * Seeded planted-partition graphs with LFR-like traits (Lancichinetti, Fortunato & Radicchi 2008):
 * community sizes spread log-uniformly, a target mean degree, and a mixing share μ of each node's
 * expected ties leaving its community. Ties are drawn pair by pair (O(n²): for graphs of a few hundred nodes).
 */
import { UndirectedGraph } from 'graphology';
import { createRng } from '../../../src/core/rng.js';
import type { LouvainInput } from '../../../src/scorers/weak-ties/internal/louvain.js';
import type { Tie } from '../../helpers/partition.js';

export interface CommunityGraphSpec {
  seed: number;
  /** Number of planted communities. */
  groups: number;
  minSize: number;
  maxSize: number;
  /** Expected mean degree. */
  degree: number;
  /** Expected share of a node's ties that leave its community. */
  mixing: number;
  /** Tie weights uniform in [1, 10] (noise: the structure is in the ties), else 1. */
  weighted: boolean;
}

export interface CommunityGraph {
  readonly n: number;
  readonly ties: Tie[];
  /** Planted community of each node. */
  readonly truth: Int32Array;
}

export function communityGraph(spec: CommunityGraphSpec): CommunityGraph {
  const rng = createRng(spec.seed);
  const sizes = Array.from({ length: spec.groups }, () => Math.floor(spec.minSize * (spec.maxSize / spec.minSize) ** rng.next()));
  const n = sizes.reduce((a, b) => a + b, 0);
  const truth = new Int32Array(n);
  let next = 0;
  sizes.forEach((size, c) => truth.fill(c, next, (next += size)));
  const ties: Tie[] = [];
  for (let u = 0; u < n; u++) {
    const size = sizes[truth[u]];
    const pIn = Math.min(1, (spec.degree * (1 - spec.mixing)) / Math.max(1, size - 1));
    const pOut = Math.min(1, (spec.degree * spec.mixing) / Math.max(1, n - size));
    for (let v = u + 1; v < n; v++) {
      if (rng.next() < (truth[u] === truth[v] ? pIn : pOut)) ties.push([u, v, spec.weighted ? 1 + 9 * rng.next() : 1]);
    }
  }
  return { n, ties, truth };
}

/** The symmetric adjacency our Louvain reads (rows in tie order; weights null when every tie weighs 1). */
export function louvainInput(n: number, ties: readonly Tie[], weighted: boolean): LouvainInput {
  const offsets = new Int32Array(n + 1);
  for (const [u, v] of ties) {
    offsets[u + 1]++;
    offsets[v + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * ties.length);
  const weights = new Float64Array(2 * ties.length);
  for (const [u, v, w] of ties) {
    weights[fill[u]] = w;
    targets[fill[u]++] = v;
    weights[fill[v]] = w;
    targets[fill[v]++] = u;
  }
  return { n, offsets, targets, weights: weighted ? weights : null };
}

/** The same ties as a graphology graph (nodes "0".."n−1", attribute `weight`), for graphology-communities-louvain. */
export function graphologyGraph(n: number, ties: readonly Tie[], weighted: boolean): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [u, v, w] of ties) g.addEdge(String(u), String(v), { weight: weighted ? w : 1 });
  return g;
}
