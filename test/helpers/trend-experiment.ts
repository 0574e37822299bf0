/** The planted rising/fading experiment (README "Brand toolkit"): how trend ranks the planted accounts of one generated world. */
import { brandWorld, buildSocialGraph, pagerank, trend } from '../../src/index.js';

export interface TrendOutcome {
  readonly seed: number;
  /** Planted rising accounts labelled rising or new; planted fading labelled fading or gone. */
  readonly risingLabelled: number;
  readonly fadingLabelled: number;
  /** Planted rising among the 8 highest momenta; planted fading among the 8 lowest. */
  readonly risingTop8: number;
  readonly fadingBottom8: number;
  /** Accounts not planted that are labelled rising or fading, and how many accounts there are. */
  readonly falseAlarms: number;
  readonly accounts: number;
  readonly planted: number;
}

export function trendExperiment(seed: number): TrendOutcome {
  const world = brandWorld({ seed });
  const graph = buildSocialGraph(world.records);
  const t = trend(graph, pagerank({ view: { relations: ['share', 'reply'] } }), { window: '60d', step: '30d' });
  const statusOf = (k: string) => t.status[t.momentum.keys.indexOf(k)];
  const order = [...t.momentum.keys.keys()].sort((a, b) => t.momentum.values[b] - t.momentum.values[a] || a - b).map((i) => t.momentum.keys[i]);
  const rising = new Set(world.truth.rising);
  const fading = new Set(world.truth.fading);
  return {
    seed,
    risingLabelled: world.truth.rising.filter((k) => ['rising', 'new'].includes(statusOf(k))).length,
    fadingLabelled: world.truth.fading.filter((k) => ['fading', 'gone'].includes(statusOf(k))).length,
    risingTop8: order.slice(0, 8).filter((k) => rising.has(k)).length,
    fadingBottom8: order.slice(-8).filter((k) => fading.has(k)).length,
    falseAlarms: t.momentum.keys.filter((k, i) => !rising.has(k) && !fading.has(k) && (t.status[i] === 'rising' || t.status[i] === 'fading')).length,
    accounts: t.momentum.keys.length,
    planted: rising.size,
  };
}
