/**
 * Weak ties as bridges: two tight communities joined by four ties. The accounts on those ties lead
 * weak-tie reach and bridging although their degree is ordinary. Also shows tie classification.
 *
 * Run after `npm run build` (Node ≥ 20):  npx tsx examples/weak-ties-bridges.ts
 */
import Graph from 'graphology';
import { bridging, constraint, createRng, degree, tieStrength, weakTieReach } from 'influence-score';

/** Two communities of `size` accounts (ties with probability `p`) and `bridges` ties across, seeded. */
export function twoCommunities(size = 60, p = 0.4, bridges = 4, seed = 7): { graph: Graph; bridgeEnds: string[] } {
  const rng = createRng(seed);
  const graph = new Graph({ type: 'undirected' });
  for (const side of ['L', 'R']) {
    for (let i = 0; i < size; i++) graph.addNode(`${side}${i}`, { team: side });
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (rng.next() < p) graph.addEdge(`${side}${i}`, `${side}${j}`);
  }
  const bridgeEnds: string[] = [];
  while (bridgeEnds.length < 2 * bridges) {
    const [l, r] = [`L${rng.int(size)}`, `R${rng.int(size)}`];
    if (bridgeEnds.includes(l) || bridgeEnds.includes(r)) continue;
    graph.addEdge(l, r);
    bridgeEnds.push(l, r);
  }
  return { graph, bridgeEnds };
}

/** Prints the top 8 by each measure, marking bridge ends with *. Returns the weak-tie reach leaders. */
export function main(): string[] {
  const { graph, bridgeEnds } = twoCommunities();
  const ties = tieStrength({ strength: 'overlap', threshold: { quantile: 0.5 } }).classify(graph);
  console.log(`${ties.length} ties, ${ties.weakCount} weak (overlap ≤ ${ties.threshold.toFixed(3)}); bridge overlap: ${ties.get(bridgeEnds[0], bridgeEnds[1])}`);
  const measures = {
    'weak-tie reach': weakTieReach({ hops: 2 }),
    participation: bridging({ communities: { attribute: 'team' } }),
    'constraint (low first)': constraint(),
    degree: degree(),
  };
  let leaders: string[] = [];
  for (const [name, scorer] of Object.entries(measures)) {
    const top = scorer.score(graph).top(8);
    if (name === 'weak-tie reach') leaders = top.map((r) => r.key);
    console.log(`${name.padEnd(24)} ${top.map((r) => `${r.key}${bridgeEnds.includes(r.key) ? '*' : ''}`).join(' ')}`);
  }
  return leaders;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
