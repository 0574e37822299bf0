/** The planted-partition claim of planted-partitions.test.ts on 1000 graphs (seeds 1..1000), with the rate printed. */
import { describe, expect, it } from 'vitest';
import { bridging, weakTieReach } from '../../../src/index.js';
import { bridgeEndsOnTop, plantedPartition } from './two-communities.js';

describe('weak-tie reach on 1000 planted partitions', () => {
  it('ranks the bridge ends strictly above every other account in at least 95% of graphs', () => {
    const GRAPHS = 1000;
    const onTop = { communities: 0, strength: 0, participation: 0 };
    const missed: string[] = [];
    for (let seed = 1; seed <= GRAPHS; seed++) {
      const { graph, bridgeEnds, sizes, density, bridges } = plantedPartition(seed);
      if (bridgeEndsOnTop(weakTieReach().score(graph), bridgeEnds)) onTop.communities++;
      else missed.push(`seed ${seed}: ${sizes.join('/')} accounts, density ${density.toFixed(2)}, ${bridges} bridge(s)`);
      if (bridgeEndsOnTop(weakTieReach({ ties: 'strength' }).score(graph), bridgeEnds)) onTop.strength++;
      if (bridgeEndsOnTop(bridging().score(graph), bridgeEnds)) onTop.participation++;
    }
    console.log(`bridge ends on top, of ${GRAPHS} graphs:`, onTop);
    console.log(missed.join('\n'));
    expect(onTop.communities).toBeGreaterThanOrEqual(0.95 * GRAPHS);
  });
});
