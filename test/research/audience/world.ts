import { MultiDirectedGraph } from 'graphology';
import { createRng } from '../../../src/core/rng.js';

/** A seeded multigraph of `follow` and `like` edges with a few popular accounts, parallel edges and self-loops included. */
export function audienceWorld(n: number, m: number, seed: number): MultiDirectedGraph {
  const rng = createRng(seed);
  const g = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`a${i}`);
  const popular = Math.max(1, Math.floor(n / 10));
  for (let k = 0; k < m; k++) {
    const u = rng.int(n);
    const v = rng.next() < 0.5 ? rng.int(popular) : rng.int(n);
    g.addEdge(`a${u}`, `a${v}`, { type: rng.next() < 0.7 ? 'follow' : 'like' });
  }
  return g;
}

/** The brute-force audience: every other account with an edge of one of `types` into `v`. */
export function bruteAudience(g: MultiDirectedGraph, v: string, types: readonly string[]): Set<string> {
  const out = new Set<string>();
  // A full scan: graphology's multigraph in-edge iterator trips over self-loops, and this must be obviously right.
  g.forEachEdge((_e, attrs, source, target) => {
    if (target === v && source !== v && types.includes(attrs.type as string)) out.add(source);
  });
  return out;
}
