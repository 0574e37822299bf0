import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/rng.js';
import { contextFromColumns, getScoringContext, pagerank, type ScoringContext } from '../../src/index.js';

const DAY = 86_400_000;

/** Seeded graph: untimed and dated follows, dated and untimed shares, over 100 days. */
function graphOf(seed: number, n = 40, m = 200): Graph {
  const rng = createRng(seed);
  const g = new Graph({ type: 'directed', multi: true });
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  for (let e = 0; e < m; e++) {
    const s = rng.int(n);
    const t = (s + 1 + rng.int(n - 1)) % n;
    const type = rng.next() < 0.6 ? 'follow' : 'share';
    const dated = rng.next() < (type === 'follow' ? 0.3 : 0.8);
    g.addEdge(`v${s}`, `v${t}`, { type, ...(dated ? { time: Math.floor(rng.next() * 100 * DAY) } : {}) });
  }
  return g;
}

/** The edges a standing-follow window must keep: events dated inside it, follows made by its end or undated, nothing else. */
function expected(g: Graph, from: number, to: number): string[] {
  const out: string[] = [];
  g.forEachEdge((_e, a, s, t) => {
    const follow = a.type === 'follow';
    const inside = typeof a.time === 'number' ? (follow ? a.time <= to : a.time >= from && a.time <= to) : follow;
    if (inside) out.push(`${s}>${t}`);
  });
  return out;
}

const keptOf = (ctx: ScoringContext): string[] => Array.from({ length: ctx.edges.length }, (_, e) => `${ctx.keys[ctx.edges.src[e]]}>${ctx.keys[ctx.edges.dst[e]]}`);

describe('standing relations in a time window', () => {
  it('keep follows made by the window\'s end (dated or not) in every window and window everything else, on 30 generated graphs', () => {
    let cases = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const g = graphOf(seed);
      for (const [from, to] of [[0, 30 * DAY], [40 * DAY, 100 * DAY], [99 * DAY, 99 * DAY]]) {
        const ctx = getScoringContext(g, { window: { from, to }, standing: ['follow'] });
        expect(keptOf(ctx)).toEqual(expected(g, from, to));
        cases++;
      }
    }
    expect(cases).toBe(90);
  });

  it('drop untimed follows from a window without standing relations, as before', () => {
    const g = graphOf(3);
    const ctx = getScoringContext(g, { window: { from: 0, to: 30 * DAY } });
    expect(keptOf(ctx).length).toBeLessThan(expected(g, 0, 30 * DAY).length);
    let untimedKept = 0;
    for (let e = 0; e < ctx.edges.length; e++) if (Number.isNaN(ctx.edges.time[e])) untimedKept++;
    expect(untimedKept).toBe(0);
  });

  it('reach a scorer that picks its own relations when the window is set on the context', () => {
    const g = graphOf(5);
    const windowed = getScoringContext(g, { window: { from: 0, to: 10 * DAY }, standing: ['follow'] });
    const follows = getScoringContext(g, { relations: ['follow'], window: { from: 0, to: 10 * DAY }, standing: ['follow'] });
    const scorer = pagerank({ view: { relations: ['follow'] } });
    expect(Array.from(scorer.score(windowed).values)).toEqual(Array.from(scorer.score(follows).values));
    // Without standing relations on the context, the untimed follows are outside the window.
    const bare = getScoringContext(g, { window: { from: 0, to: 10 * DAY } });
    expect(Array.from(scorer.score(bare).values)).not.toEqual(Array.from(scorer.score(follows).values));
  });

  it('keep the same edges on the columnar path', () => {
    const g = graphOf(8);
    const src: string[] = [];
    const dst: string[] = [];
    const time: number[] = [];
    const type: string[] = [];
    g.forEachEdge((_e, a, s, t) => {
      src.push(s);
      dst.push(t);
      time.push(typeof a.time === 'number' ? a.time : Number.NaN);
      type.push(a.type);
    });
    const view = { window: { from: 20 * DAY, to: 60 * DAY }, standing: ['follow'] };
    const columns = contextFromColumns({ source: src, target: dst, time: Float64Array.from(time), type }, { view, keys: g.nodes(), directed: true });
    expect(keptOf(columns)).toEqual(expected(g, 20 * DAY, 60 * DAY));
  });

  it('change nothing without a window (the same cached context)', () => {
    const g = graphOf(9);
    expect(getScoringContext(g, { standing: ['follow'] })).toBe(getScoringContext(g));
  });
});
