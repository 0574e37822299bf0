/**
 * The trend family of issue #19 on attention worlds (test/helpers/attention-world.ts): how many
 * planted risers, faders, starters and stoppers each way of measuring momentum finds, and how many
 * steady accounts it labels.
 */
import { pagerank, trend } from '../../src/index.js';
import { attentionWorld, type AttentionWorldOptions } from './attention-world.js';

export interface TrendFamilyOutcome {
  readonly world: AttentionWorldOptions;
  readonly momentum: 'rate' | 'rank';
  /** Planted risers labelled rising or new, of `planted`; and of those with ≥ 30 events in the period. */
  readonly risers: number;
  readonly faders: number;
  readonly planted: number;
  readonly denseRisers: [found: number, of: number];
  readonly denseFaders: [found: number, of: number];
  readonly starters: [found: number, of: number];
  readonly stoppers: [found: number, of: number];
  /** Steady accounts labelled anything but steady, and labelled new, of `steady`. */
  readonly steadyLabelled: number;
  readonly steadyNew: number;
  readonly steady: number;
}

/** Runs trend (PageRank on shares, 8-week windows every 4 weeks) both ways on one world. */
export function trendFamilyCase(world: AttentionWorldOptions, ways: readonly ('rate' | 'rank')[] = ['rate', 'rank']): TrendFamilyOutcome[] {
  const w = attentionWorld(world);
  return ways.map((momentum) => {
    const t = trend(w.graph, pagerank({ view: { relations: ['share'] } }), { window: '8w', step: '4w', momentum });
    const index = new Map(t.momentum.keys.map((k, i) => [k, i]));
    const status = (k: string) => t.status[index.get(k)!];
    // Events received over the period: each edge's target.
    const received = new Map<string, number>();
    w.graph.forEachEdge((_e, _a, _s, target) => received.set(target, (received.get(target) ?? 0) + 1));
    const dense = (keys: readonly string[]) => keys.filter((k) => (received.get(k) ?? 0) >= 30);
    const count = (keys: readonly string[], ok: string[]) => keys.filter((k) => ok.includes(status(k))).length;
    const pair = (keys: readonly string[], ok: string[]): [number, number] => [count(keys, ok), keys.length];
    return {
      world,
      momentum,
      risers: count(w.risers, ['rising', 'new']),
      faders: count(w.faders, ['fading', 'gone']),
      planted: w.risers.length,
      denseRisers: pair(dense(w.risers), ['rising', 'new']),
      denseFaders: pair(dense(w.faders), ['fading', 'gone']),
      starters: pair(w.starters, ['new', 'rising']),
      stoppers: pair(w.stoppers, ['gone', 'fading']),
      steadyLabelled: w.steady.filter((k) => status(k) !== 'steady').length,
      steadyNew: count(w.steady, ['new']),
      steady: w.steady.length,
    };
  });
}
