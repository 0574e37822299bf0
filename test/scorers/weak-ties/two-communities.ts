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

/** A planted partition: its graph, the bridge ends, and the parameters it was drawn with. */
export interface PlantedPartition {
  graph: Graph;
  bridgeEnds: Set<string>;
  sizes: number[];
  density: number;
  bridges: number;
}

/**
 * 2–4 communities of 30–120 accounts, each pair inside a community tied with one probability drawn
 * from [0.1, 0.5], and 1–6 bridges, each between two random communities with ends that carry no other
 * bridge (nodes `c<community>n<index>`).
 */
export function plantedPartition(seed: number): PlantedPartition {
  const rng = createRng(seed);
  const sizes = Array.from({ length: 2 + rng.int(3) }, () => 30 + rng.int(91));
  const density = 0.1 + 0.4 * rng.next();
  const bridges = 1 + rng.int(6);
  const graph = new Graph({ type: 'undirected' });
  const key = (c: number, i: number): string => `c${c}n${i}`;
  sizes.forEach((size, c) => {
    for (let i = 0; i < size; i++) graph.addNode(key(c, i));
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (rng.next() < density) graph.addEdge(key(c, i), key(c, j));
  });
  const bridgeEnds = new Set<string>();
  while (bridgeEnds.size < 2 * bridges) {
    const a = rng.int(sizes.length);
    const b = (a + 1 + rng.int(sizes.length - 1)) % sizes.length;
    const u = key(a, rng.int(sizes[a]));
    const v = key(b, rng.int(sizes[b]));
    if (bridgeEnds.has(u) || bridgeEnds.has(v)) continue;
    graph.addEdge(u, v);
    bridgeEnds.add(u);
    bridgeEnds.add(v);
  }
  return { graph, bridgeEnds, sizes, density, bridges };
}

/** Whether every bridge end scores strictly above every other account (the ends are exactly the top 2b, no tie at the cut). */
export function bridgeEndsOnTop(scores: { keys: readonly string[]; values: ArrayLike<number> }, bridgeEnds: ReadonlySet<string>): boolean {
  let lowestEnd = Infinity;
  let highestOther = -Infinity;
  scores.keys.forEach((k, i) => {
    if (bridgeEnds.has(k)) lowestEnd = Math.min(lowestEnd, scores.values[i]);
    else highestOther = Math.max(highestOther, scores.values[i]);
  });
  return lowestEnd > highestOther;
}
