import { describe, expect, it } from 'vitest';
import { bridging, weakTieReach } from '../../../src/index.js';
import { lfrLike, sbm } from '../../helpers/block-graphs.js';
import { graphologyGraph } from './community-graphs.js';
import { runFamilyCase } from './block-families.js';

// A few graphs of the weak-tie family (block-families.slow.test.ts runs 132 and prints the rates).
describe('weak-tie communities on graphs built independently of the library', () => {
  it('finds the planted communities of LFR-like graphs at mixing 0.5, where resolution 0.5 found one and scored everyone 0', () => {
    const [auto, half] = runFamilyCase({ name: 'lfr', kind: 'lfr', mixing: 0.5, n: 1000, build: () => lfrLike({ seed: 1, n: 1000, mixing: 0.5 }) }, ['auto', 0.5]);
    expect(auto.nmi).toBeGreaterThan(0.9);
    expect(auto.precision).toBeGreaterThan(0.9);
    expect(auto.recall).toBeGreaterThan(0.9);
    expect(half.communities).toBe(1);
    expect(half.allZero && half.warned).toBe(true);
  });

  it('bridging finds two blocks as two communities, where resolution 1 split them into more', () => {
    const g = sbm({ seed: 1, sizes: [500, 500], degree: 10, mixing: 0.1 });
    const graph = graphologyGraph(g.n, g.ties, false);
    expect(bridging().score(graph).meta.extra!.communities).toBe(2);
    expect(bridging({ resolution: 1 }).score(graph).meta.extra!.communities).toBeGreaterThan(2);
  });

  it('on two groups of 500 with 30% of ties across (mean degree 10) it finds no groups it can tell from chance, and says so with the remedies', () => {
    const g = sbm({ seed: 1, sizes: [500, 500], degree: 10, mixing: 0.3 });
    const reach = weakTieReach().score(graphologyGraph(g.n, g.ties, false));
    expect(reach.values.every((x) => x === 0)).toBe(true);
    const warning = reach.meta.warnings.find((w) => w.code === 'NO_BRIDGES');
    expect(warning?.message).toMatch(/found 1 community and no tie joins two of them, so every account scores 0; use ties: 'strength'.*communities: \{ attribute \}.*resolution/);
  });

  it('a graph without groups is one community, with the warning, for bridging too', () => {
    const g = sbm({ seed: 2, sizes: [2000], degree: 10, mixing: 0 });
    const graph = graphologyGraph(g.n, g.ties, false);
    const split = bridging().score(graph);
    expect(split.meta.extra!.communities).toBe(1);
    expect(split.meta.warnings.some((w) => w.code === 'NO_BRIDGES' && /^bridging: Louvain \(resolution 'auto'\) found 1 community and no tie joins two of them/.test(w.message))).toBe(true);
  });

  it('an attribute grouping with no tie across is said too', () => {
    const g = sbm({ seed: 3, sizes: [50, 50], degree: 6, mixing: 0 });
    const graph = graphologyGraph(g.n, g.ties, false);
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'team', Number(node) < 50 ? 'a' : 'b'));
    const reach = weakTieReach({ communities: { attribute: 'team' } }).score(graph);
    expect(reach.meta.warnings.some((w) => w.code === 'NO_BRIDGES' && w.message.startsWith('weak-tie reach: the attribute "team" gives 2 communities and no tie joins two of them'))).toBe(true);
  });
});
