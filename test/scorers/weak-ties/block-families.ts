/**
 * The weak-tie family of issue #19: SBMs with 2–3 blocks of equal or unequal sizes, LFR-like graphs,
 * mixing 0.1–0.5, 1k–20k nodes, and graphs without groups (one block). Per graph and per community
 * rule: how many communities, the NMI with the planted groups, which ties are weak against the planted
 * cross-group ties, and whether weak-tie reach came back all zero and whether it said so.
 */
import { bridging, weakTieReach } from '../../../src/index.js';
import { type BlockGraph, lfrLike, sbm } from '../../helpers/block-graphs.js';
import { nmi } from '../../helpers/partition.js';
import { graphologyGraph } from './community-graphs.js';

export interface FamilyCase {
  readonly name: string;
  readonly kind: 'sbm' | 'lfr' | 'none';
  readonly mixing: number;
  readonly n: number;
  readonly build: () => BlockGraph;
}

export interface FamilyOutcome {
  readonly name: string;
  readonly kind: FamilyCase['kind'];
  readonly mixing: number;
  readonly n: number;
  readonly rule: 'auto' | number;
  readonly planted: number;
  readonly communities: number;
  readonly nmi: number;
  /** Planted cross-group ties marked weak, of all planted cross-group ties; weak ties that are planted cross-group ties, of all weak ties. */
  readonly recall: number;
  readonly precision: number;
  readonly allZero: boolean;
  readonly warned: boolean;
}

/** The family: `seeds` seeds of each shape. */
export function weakTieFamily(seeds: readonly number[], sizes: readonly number[] = [1000, 5000, 20000]): FamilyCase[] {
  const cases: FamilyCase[] = [];
  for (const seed of seeds) {
    for (const n of sizes) {
      for (const mixing of [0.1, 0.3, 0.5]) {
        cases.push({ name: `lfr n${n} μ${mixing} s${seed}`, kind: 'lfr', mixing, n, build: () => lfrLike({ seed, n, mixing }) });
        for (const [label, shares] of [['2 equal', [0.5, 0.5]], ['2 unequal', [0.2, 0.8]], ['3 unequal', [0.1, 0.3, 0.6]]] as const) {
          for (const degree of [10, 20]) {
            const blockSizes = shares.map((s) => Math.round(s * n));
            cases.push({ name: `sbm ${label} n${n} d${degree} μ${mixing} s${seed}`, kind: 'sbm', mixing, n, build: () => sbm({ seed, sizes: blockSizes, degree, mixing }) });
          }
        }
      }
      cases.push({ name: `no groups n${n} d10 s${seed}`, kind: 'none', mixing: 0, n, build: () => sbm({ seed, sizes: [n], degree: 10, mixing: 0 }) });
    }
  }
  return cases;
}

export function runFamilyCase(c: FamilyCase, rules: readonly ('auto' | number)[]): FamilyOutcome[] {
  const g = c.build();
  const graph = graphologyGraph(g.n, g.ties, false);
  const planted = new Set(g.truth).size;
  return rules.map((rule) => {
    const split = bridging({ resolution: rule }).score(graph);
    const membership = split.meta.extra!.membership as Int32Array;
    // graphologyGraph adds nodes "0".."n−1" in order, so index i is node i.
    let cross = 0;
    let weak = 0;
    let both = 0;
    for (const [u, v] of g.ties) {
      const c1 = g.truth[u] !== g.truth[v];
      const w = membership[u] !== membership[v];
      cross += c1 ? 1 : 0;
      weak += w ? 1 : 0;
      both += c1 && w ? 1 : 0;
    }
    const reach = weakTieReach({ resolution: rule }).score(graph);
    return {
      name: c.name,
      kind: c.kind,
      mixing: c.mixing,
      n: c.n,
      rule,
      planted,
      communities: split.meta.extra!.communities as number,
      nmi: nmi(membership, g.truth),
      recall: cross === 0 ? Number.NaN : both / cross,
      precision: weak === 0 ? Number.NaN : both / weak,
      allZero: reach.values.every((x) => x === 0),
      warned: reach.meta.warnings.some((w) => w.code === 'NO_BRIDGES'),
    };
  });
}
