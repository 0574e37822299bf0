import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildSocialGraph, responsiveness } from '../../../src/index.js';
import { community, DAY, errorOf, HOUR } from './fixture.js';

describe('responsiveness', () => {
  const graph = community();

  it('multiplies the answer rate by (1 − s + s·2^(−median delay / halfLatency))', () => {
    const r = responsiveness().score(graph);
    // ada: asked by bob (380d), cy (381d), bob (384d, unanswered); answers after 1 h and 3 h.
    expect(r.get('ada')).toBeCloseTo((2 / 3) * (0.5 + 0.5 * 2 ** (-2 / 24)), 14);
    // bob: asked by ada at 380d+1h (answered 95 h later) and 382d (48 h later).
    expect(r.get('bob')).toBeCloseTo(0.5 + 0.5 * 2 ** (-71.5 / 24), 14);
    // cy answers nobody; dee and eve are never asked.
    expect(r.get('cy')).toBe(0);
    expect(r.get('dee')).toBe(0);
    expect(Array.from(r.meta.extra!.medianDelay as Float64Array).slice(0, 2)).toEqual([2 * HOUR, 71.5 * HOUR]);
  });

  it('does not count an ask whose answer window is still open at asOf', () => {
    const r = responsiveness().score(graph);
    // dee's mention of cy at 399d (= asOf) is pending: cy has 2 counted asks, not 3.
    expect((r.meta.extra!.asks as Float64Array)[2]).toBe(2);
    expect(r.meta.params.asOf).toBe(399 * DAY);
  });

  it('ignores answers later than the deadline `within`, given in ms or as a duration string', () => {
    const r = responsiveness({ within: 2 * DAY }).score(graph);
    // bob's 95 h answer is too late; the 48 h one counts.
    expect(r.get('bob')).toBeCloseTo(0.5 * (0.5 + 0.5 * 2 ** (-2)), 14);
    expect(r.meta.warnings).toEqual([]);
    const s = responsiveness({ within: '48h', halfLatency: '1d' }).score(graph);
    expect(Array.from(s.values)).toEqual(Array.from(r.values));
    expect(s.meta.params.within).toBe(2 * DAY);
  });

  it("the deprecated window still works as within, with a DEPRECATED warning", () => {
    const old = responsiveness({ window: 2 * DAY }).score(graph);
    expect(Array.from(old.values)).toEqual(Array.from(responsiveness({ within: '2d' }).score(graph).values));
    expect(old.meta.warnings.map((w) => w.code)).toEqual(['DEPRECATED']);
    expect(old.meta.warnings[0].message).toMatch(/^responsiveness: window is deprecated, use within/);
    expect(errorOf(() => responsiveness({ window: 1, within: 1 })).code).toBe('INVALID_OPTION');
  });

  it('scores only the rate when speedWeight is 0, and rate × latency when it is 1', () => {
    expect(responsiveness({ speedWeight: 0 }).score(graph).get('ada')).toBeCloseTo(2 / 3, 15);
    expect(responsiveness({ speedWeight: 1, halfLatency: 2 * HOUR }).score(graph).get('ada')).toBeCloseTo(1 / 3, 15);
  });

  it('decreases as the answers get slower', () => {
    const at = (delay: number): number => {
      const g = buildSocialGraph({
        interactions: [
          { from: 'fan', to: 'brand', type: 'mention', time: 0 },
          { from: 'brand', to: 'fan', type: 'reply', time: delay },
          { from: 'x', to: 'y', type: 'like', time: 30 * DAY },
        ],
      });
      return responsiveness({ asOf: 30 * DAY }).score(g).get('brand')!;
    };
    const scores = [0, HOUR, DAY, 3 * DAY, 6 * DAY].map(at);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
    expect(scores[0]).toBe(1);
    expect(scores[2]).toBeCloseTo(0.75, 15);
  });

  it('raises MISSING_DATA naming the edge when a mention has no time', () => {
    const g = new Graph({ type: 'directed', multi: true });
    g.mergeNode('a');
    g.mergeNode('b');
    g.addEdge('a', 'b', { type: 'mention', time: 5 });
    g.addEdge('b', 'a', { type: 'reply' });
    const e = errorOf(() => responsiveness().score(g));
    expect(e.code).toBe('MISSING_DATA');
    expect(e.issues[0].message).toContain('reply edge b → a has no time');
    expect(e.issues[0].field).toBe('time');
  });

  it('rejects a non-positive or malformed deadline or halfLatency at construction', () => {
    expect(errorOf(() => responsiveness({ within: 0 })).code).toBe('INVALID_OPTION');
    expect(errorOf(() => responsiveness({ within: '2 fortnights' as '2d' })).issues[0].path).toEqual(['within']);
    expect(errorOf(() => responsiveness({ window: 0 })).issues[0].path).toEqual(['window']);
    expect(errorOf(() => responsiveness({ halfLatency: -1 })).issues[0].path).toEqual(['halfLatency']);
  });
});
