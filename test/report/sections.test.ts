import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { combine, createScoreVector, degree, explain, type Explanation, pagerank, percentile, type ScoreVector, spearmanRho } from '../../src/index.js';
import {
  advocacyData,
  audienceData,
  bridgesData,
  distributionData,
  explanationSentence,
  summaryData,
  topAccountsData,
  trendsData,
} from '../../src/report.js';
import { sparkline } from '../../src/report/charts.js';
import { trendWarnings } from '../../src/report/warnings.js';
import { vec } from '../compose/vectors.js';
import type { Warning } from '../../src/index.js';

/** A warning of one code, for the dedupe tests. */
const w = (message: string): Warning => ({ code: 'MISSING_DATA', message });

const label = (node: string): string => `@${node}`;
const keys = (n: number): string[] => Array.from({ length: n }, (_, i) => `k${i}`);
const withExtra = (values: number[], extra: Record<string, unknown>): ScoreVector =>
  createScoreVector({
    keys: keys(values.length),
    values: Float64Array.from(values),
    meta: { scorer: 'test', params: {}, elapsedMs: 0, warnings: [], higherIsBetter: true, range: [-1, 1], extra },
  });

// A small graph with a clear hub, for a real composite.
const graph = new UndirectedGraph();
for (let i = 1; i < 8; i++) graph.mergeEdge('hub', `s${i}`);
graph.mergeEdge('s1', 's2');
graph.mergeEdge('s3', 'x');
const composite = combine({ parts: { reach: [pagerank(), 2], links: [degree(), 1] }, scale: [0, 100] }).score(graph);

describe('topAccountsData', () => {
  it('lists the best rows of the vector with each part and the share of accounts each one beats', () => {
    const section = topAccountsData(composite, { top: 3, label, explanation: (node, { rank, beats }) => `${node}#${rank}:${beats}`, scorer: 'Influence' });
    expect(section.shown).toBe(true);
    if (!section.shown) return;
    const { rows, partNames, total } = section.data;
    expect(partNames).toEqual(['reach', 'links']);
    expect(total).toBe(graph.order);
    expect(rows.map((r) => r.node)).toEqual(composite.top(3).map((e) => e.key));
    expect(rows[0]).toMatchObject({ rank: 1, node: 'hub', label: '@hub', explanation: `hub#1:${rows[0].beats}` });
    for (const row of rows) {
      expect(row.parts.map((p) => p.value)).toEqual([composite.parts!.reach.get(row.node), composite.parts!.links.get(row.node)]);
      const lower = [...composite.values].filter((v) => v < row.score).length;
      expect(row.beats).toBe(lower / graph.order);
    }
  });

  it('counts beaten accounts the other way for a lower-is-better score', () => {
    const section = topAccountsData(vec([3, 1, 2, 1], { higherIsBetter: false }), { top: 4, label, explanation: () => '', scorer: 'c' });
    if (!section.shown) throw new Error('expected rows');
    expect(section.data.rows.map((r) => [r.node, r.beats])).toEqual([
      ['k1', 0.5],
      ['k3', 0.5],
      ['k2', 0.25],
      ['k0', 0],
    ]);
  });

  it('is skipped, with the reason, for a graph without accounts', () => {
    expect(topAccountsData(vec([]), { top: 5, label, explanation: () => '', scorer: 's' })).toEqual({ shown: false, reason: 'the graph has no accounts' });
  });
});

describe('distributionData', () => {
  it('gives the quartiles (linear interpolation) and the lowest score of the ranked table', () => {
    const section = distributionData(vec([9, 1, 8, 2, 7, 3, 6, 4, 5]), 3);
    if (!section.shown) throw new Error('expected a distribution');
    expect(section.data).toMatchObject({ min: 1, q1: 3, median: 5, q3: 7, max: 9, cut: 7, top: 3 });
    expect(section.data.values.length).toBe(9);
  });

  it('is skipped for fewer than three accounts or identical scores', () => {
    expect(distributionData(vec([1, 2]), 1).shown).toBe(false);
    const flat = distributionData(vec([4, 4, 4, 4]), 2);
    expect(flat).toEqual({ shown: false, reason: 'every account scored 4: nothing to tell apart' });
  });
});

describe('audienceData', () => {
  const rate = vec([0.01, 0.05, 0.02, 0.04, 0.03]);
  const inDegree = vec([5, 1, 4, 2, 3]);
  const top = ['k1'];

  it('reads follower counts when at least half the accounts have one, with Spearman rho over the points', () => {
    const followers = new Map([
      ['k0', 1_000_000],
      ['k1', 200],
      ['k2', 50_000],
    ]);
    const section = audienceData(rate, { followers, inDegree, topNodes: top, label });
    if (!section.shown) throw new Error('expected points');
    expect(section.data.source).toBe('followers');
    expect(section.data.points.map((p) => [p.node, p.audience, p.rate, p.top, p.rank])).toEqual([
      ['k0', 1_000_000, 0.01, false, null],
      ['k1', 200, 0.05, true, 1],
      ['k2', 50_000, 0.02, false, null],
    ]);
    expect(section.data.missing).toBe(2);
    expect(section.data.rho).toBeCloseTo(-1, 12);
  });

  it('falls back to in-degree when most accounts have no follower count', () => {
    const section = audienceData(rate, { followers: new Map([['k0', 10]]), inDegree, topNodes: top, label });
    if (!section.shown) throw new Error('expected points');
    expect(section.data.source).toBe('in-degree');
    expect(section.data.points.map((p) => p.audience)).toEqual([5, 1, 4, 2, 3]);
    expect(section.data.rho).toBeCloseTo(spearmanRho([5, 1, 4, 2, 3], [0.01, 0.05, 0.02, 0.04, 0.03]), 12);
  });

  it('passes the reason through when there is no engagement rate', () => {
    expect(audienceData('no posts', { followers: null, inDegree, topNodes: top, label })).toEqual({ shown: false, reason: 'no posts' });
  });
});

describe('bridgesData', () => {
  it('lists the strongest bridges with their degree and degree rank (ties share the best rank)', () => {
    const bridge = vec([0.1, 0.9, 0, 0.5]);
    const deg = vec([7, 2, 7, 1]);
    const section = bridgesData(bridge, deg, { top: 3, label, measure: 'Weak-tie reach' });
    if (!section.shown) throw new Error('expected bridges');
    expect(section.data.rows.map((r) => [r.node, r.bridge, r.degree, r.degreeRank])).toEqual([
      ['k1', 0.9, 2, 3],
      ['k3', 0.5, 1, 4],
      ['k0', 0.1, 7, 1],
    ]);
    expect(section.data.all).toHaveLength(4);
  });

  it('is skipped when nobody bridges, and passes a computation failure through', () => {
    expect(bridgesData(vec([0, 0]), vec([1, 1]), { top: 3, label, measure: 'Bridging' }).shown).toBe(false);
    expect(bridgesData('too big', vec([1]), { top: 3, label, measure: 'Bridging' })).toEqual({ shown: false, reason: 'too big' });
  });
});

describe('trendsData', () => {
  it('gives each account its percentile (0-100) in every window and its status', () => {
    const windows = [
      { from: 0, to: 10 },
      { from: 10, to: 20 },
      { from: 20, to: 30 },
    ];
    const vectors = [vec([3, 1, 2]), vec([1, 2, 3]), vec([1, 3, 2])];
    const section = trendsData({ windows, vectors, status: (n) => (n === 'k1' ? 'rising' : undefined) }, ['k1', 'k0'], label);
    if (!section.shown) throw new Error('expected series');
    const k1 = section.data.series[0];
    expect(k1).toMatchObject({ node: 'k1', label: '@k1', status: 'rising' });
    expect(k1.percentiles).toEqual(vectors.map((v) => 100 * percentile(v).get('k1')!));
    expect(k1.percentiles[0]).toBeLessThan(k1.percentiles[2]!);
    expect(section.data.series[1].status).toBeUndefined();
  });

  it('draws the sparkline on the top-share scale its status is measured on: each halving of the top share is one equal step', () => {
    // Percentiles 50, 75, 87.5, 93.75: top half, quarter, eighth, sixteenth; then a fall to the top 16% (84).
    const svg = sparkline({ node: 'k', label: 'k', percentiles: [50, 75, 87.5, 93.75, 84], status: 'fading' }, 5, 100);
    const path = /<path[^>]* d="M([^"]+)"/.exec(svg)![1];
    const ys = path.split('L').map((point) => Number(point.split(',')[1]));
    const steps = ys.slice(1, 4).map((y, i) => ys[i] - y);
    // Plot writes paths to 3 decimals.
    for (const step of steps) expect(step).toBeCloseTo(steps[0], 2);
    expect(steps[0]).toBeGreaterThan(0);
    // 93.75 → 84 (top 6.25% → top 16%) falls about 1.36 steps, far more than its 10 percentile points suggest.
    expect((ys[4] - ys[3]) / steps[0]).toBeCloseTo(Math.log2(0.16 / 0.0625), 2);
  });

  it('says how many accounts the windows hold, for the top of the sparkline scale', () => {
    const section = trendsData({ windows: [{ from: 0, to: 1 }, { from: 1, to: 2 }], vectors: [vec([1, 2, 3]), vec([1, 2], { keys: ['k0', 'k1'] })] }, ['k0'], label);
    expect(section.shown && section.data.accounts).toBe(3);
  });

  it('marks an account missing from a window as null, and is skipped below two windows', () => {
    const windows = [
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ];
    const section = trendsData({ windows, vectors: [vec([1, 2]), vec([1], { keys: ['k0'] })] }, ['k1'], label);
    if (!section.shown) throw new Error('expected series');
    expect(section.data.series[0].percentiles[1]).toBeNull();
    expect(trendsData({ windows: windows.slice(0, 1), vectors: [vec([1])] }, ['k0'], label).shown).toBe(false);
    expect(trendsData('the edges carry no times', ['k0'], label)).toEqual({ shown: false, reason: 'the edges carry no times' });
  });
});

describe('advocacyData', () => {
  it('splits accounts by their stance labels: advocates strongest first, detractors most negative first, with counts', () => {
    const v = withExtra([0.8, -0.6, 0.1, 0.3, -0.9], { stance: ['advocate', 'detractor', 'neutral', 'advocate', 'detractor'] });
    const section = advocacyData(v, { brand: 'acme', top: 5, label });
    if (!section.shown) throw new Error('expected advocacy');
    expect(section.data.advocates.map((r) => r.node)).toEqual(['k0', 'k3']);
    expect(section.data.detractors.map((r) => r.node)).toEqual(['k4', 'k1']);
    expect([...section.data.counts]).toEqual([
      ['advocate', 2],
      ['detractor', 2],
      ['neutral', 1],
    ]);
  });

  it('lists the brand\'s own people apart as ambassadors (those with evidence), out of the advocates and the counts', () => {
    const v = withExtra([0.8, 0.9, 0.2, -0.5], {
      stance: ['advocate', 'advocate', 'neutral', 'detractor'],
      affiliated: Uint8Array.from([0, 1, 1, 0]),
      evidence: Float64Array.from([3, 5, 0, 2]),
    });
    const section = advocacyData(v, { brand: 'acme', top: 5, label });
    if (!section.shown) throw new Error('expected advocacy');
    expect(section.data.advocates.map((r) => r.node)).toEqual(['k0']);
    expect(section.data.ambassadors.map((r) => r.node)).toEqual(['k1']);
    expect([...section.data.counts]).toEqual([
      ['advocate', 1],
      ['detractor', 1],
    ]);
  });

  it('reads the sign without stance labels, and is skipped when nobody takes a side', () => {
    const section = advocacyData(vec([0.5, -0.2, 0]), { brand: 'acme', top: 1, label });
    if (!section.shown) throw new Error('expected advocacy');
    expect(section.data.advocates.map((r) => r.node)).toEqual(['k0']);
    expect(section.data.detractors.map((r) => r.node)).toEqual(['k1']);
    expect(advocacyData(vec([0, 0]), { brand: 'acme', top: 3, label }).shown).toBe(false);
  });
});

describe('summaryData', () => {
  it('deduplicates warnings in order and dates the report in ISO 8601', () => {
    const summary = summaryData({
      title: 'T',
      source: 'x.csv',
      nodes: 3,
      edges: 2,
      directed: true,
      view: null,
      scorer: { id: 'pagerank', label: 'PageRank', params: { alpha: 0.85 } },
      warnings: [w('b'), w('a'), w('b'), { code: 'FALLBACK', message: 'a' }],
      skipped: [],
      version: '1.0.0',
      date: new Date(Date.UTC(2024, 4, 1)),
      timeSpan: null,
    });
    // Same text under another code is another warning.
    expect(summary.warnings).toEqual([w('b'), w('a'), { code: 'FALLBACK', message: 'a' }]);
    expect(summary.date).toBe('2024-05-01T00:00:00.000Z');
  });

  it('counts a warning that only adds or drops a "source: " prefix as a repeat, keeping the first', () => {
    const summary = summaryData({
      title: 'T',
      source: null,
      nodes: 3,
      edges: 2,
      directed: true,
      view: null,
      scorer: { id: 'pagerank', label: 'PageRank', params: {} },
      warnings: ['amplification: 2 posts lack impressions', '2 posts lack impressions', 'weights capped', 'trust: weights capped', 'posts lack impressions', 'reach: x', 'network: x'].map(w),
      skipped: [],
      version: '1.0.0',
      date: new Date(0),
      timeSpan: null,
    });
    expect(summary.warnings).toEqual(['amplification: 2 posts lack impressions', 'weights capped', 'posts lack impressions', 'reach: x', 'network: x'].map(w));
  });
});

describe('explanationSentence', () => {
  const part = (name: string, value: number, share: number, weight = 0.5) => ({ name, value, share, weight, raw: value, contribution: share });
  const explanation = (parts: ReturnType<typeof part>[]): Explanation => ({ node: 'n', score: 50, aggregate: 'arithmetic', normalize: 'percentile', scale: [0, 100], parts });

  it('names the parts that carry the score, largest share first, then those that hold it back', () => {
    expect(explanationSentence(explanation([part('trust', 0.2, 0.1), part('reach', 0.98, 0.6), part('engagement', 0.91, 0.3)]))).toBe(
      'Driven by reach (top 2%) and engagement (top 9%); held back by trust (bottom 20%).',
    );
  });

  it('keeps to the two strongest and the two weakest parts when there are many', () => {
    const five = [part('a', 0.99, 0.3), part('b', 0.8, 0.25), part('c', 0.7, 0.2), part('d', 0.3, 0.15), part('e', 0.1, 0.1), part('f', 0.2, 0.05)];
    expect(explanationSentence(explanation(five))).toBe('Driven by a (top 1%) and b (top 20%); held back by e (bottom 10%) and f (bottom 20%).');
    expect(explanationSentence(explanation(five.slice(0, 3)))).toBe('Strong on every part, led by a (top 1%) and b (top 20%).');
    expect(explanationSentence(explanation(five.slice(3)))).toBe('Below the median on every part, weakest on e (bottom 10%) and f (bottom 20%).');
  });

  it('says when every part is strong or every part is weak, and ignores parts of weight 0', () => {
    expect(explanationSentence(explanation([part('a', 0.9, 0.5), part('b', 0.7, 0.5)]))).toBe('Strong on every part: a (top 10%) and b (top 30%).');
    expect(explanationSentence(explanation([part('a', 0.1, 0.5), part('b', 0.3, 0.5), part('c', 0.99, 0, 0)]))).toBe(
      'Below the median on every part: a (bottom 10%) and b (bottom 30%).',
    );
  });

  it('explains a real composite in one sentence that names every part', () => {
    const sentence = explanationSentence(explain(composite, 'hub'));
    expect(sentence).toMatch(/^Strong on every part: (reach|links) \(top \d+%\) and (reach|links) \(top \d+%\)\.$/);
  });
});

describe('trendWarnings', () => {
  it('says each window warning once, naming the windows it arose in as ranges', () => {
    expect(trendWarnings(['window 1: x', 'window 2: x', 'window 2: y', 'window 3: x', 'window 5: x', 'plain'].map(w))).toEqual(
      ['trends, windows 1–3, 5: x', 'trends, window 2: y', 'trends: plain'].map(w),
    );
    // Keyed by code too: one sentence under another code is reported apart, keeping its code.
    expect(trendWarnings([w('window 1: x'), { code: 'UNDATED', message: 'window 2: x' }])).toEqual([w('trends, window 1: x'), { code: 'UNDATED', message: 'trends, window 2: x' }]);
  });
});
