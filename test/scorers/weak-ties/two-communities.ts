/** Seeded synthetic network: two dense communities joined by a few bridge ties. */
import Graph from 'graphology';
import { createRng } from '../../../src/index.js';

export interface TwoCommunities {
  graph: Graph;
  /** Endpoints of the bridge ties. */
  bridgeEnds: Set<string>;
  community: Map<string, 0 | 1>;
}

/** Nodes `L0..L{size-1}` and `R0..R{size-1}`, intra-community ties with probability `p`, `bridges` random L–R ties. */
export function twoCommunities(opts: { size?: number; p?: number; bridges?: number; seed?: number } = {}): TwoCommunities {
  const { size = 60, p = 0.4, bridges = 4, seed = 7 } = opts;
  const rng = createRng(seed);
  const graph = new Graph({ type: 'undirected' });
  const community = new Map<string, 0 | 1>();
  for (const [side, c] of [['L', 0], ['R', 1]] as const) {
    for (let i = 0; i < size; i++) {
      graph.addNode(`${side}${i}`, { team: side });
      community.set(`${side}${i}`, c);
    }
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (rng.next() < p) graph.addEdge(`${side}${i}`, `${side}${j}`);
  }
  const bridgeEnds = new Set<string>();
  while (bridgeEnds.size < 2 * bridges) {
    const l = `L${rng.int(size)}`;
    const r = `R${rng.int(size)}`;
    if (bridgeEnds.has(l) || bridgeEnds.has(r)) continue;
    graph.addEdge(l, r);
    bridgeEnds.add(l);
    bridgeEnds.add(r);
  }
  return { graph, bridgeEnds, community };
}
