import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { createRng, type Rng } from '../../src/core/rng.js';

/** How {@link hubGraph} draws its edges. */
export interface HubGraphSpec {
  n: number;
  m: number;
  seed: number;
  directed?: boolean;
  /** Share of the draws whose target is one of the first `hubs` nodes (a heavy tail). */
  hubShare: number;
  hubs: number;
  /** Node key prefix. @defaultValue `'v'` */
  prefix?: string;
  /** Attributes of draw k, drawn after its endpoints and only when they differ. */
  attributes?: (k: number, rng: Rng) => Attributes;
}

/**
 * A seeded simple graph with hubs: m draws of (uniform source, hub-or-uniform target), self-loops
 * skipped, repeats merged. The same spec always gives the same graph.
 */
export function hubGraph({ n, m, seed, directed = false, hubShare, hubs, prefix = 'v', attributes }: HubGraphSpec): Graph {
  const rng = createRng(seed);
  const g = new Graph({ type: directed ? 'directed' : 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`${prefix}${i}`);
  for (let k = 0; k < m; k++) {
    const a = rng.int(n);
    const b = rng.next() < hubShare ? rng.int(hubs) : rng.int(n);
    if (a !== b) g.mergeEdge(`${prefix}${a}`, `${prefix}${b}`, attributes?.(k, rng));
  }
  return g;
}
