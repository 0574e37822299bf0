/**
 * A report that never contradicts itself (issue #20 item 6): the trend windows score the same
 * composite, statuses agree with the values shown, standings resolve the top of big graphs, the
 * advocacy section tells "no evidence" from "evidence below the threshold", amplification uses the
 * exposure the posts carry, warnings come grouped once, and the run reports its steps.
 */
import Graph from 'graphology';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/rng.js';
import { buildSocialGraph, combine, createScoreVector, influenceScore, InfluenceScoreError, precomputed } from '../../src/index.js';
import { createReport, createReportAsync } from '../../src/report.js';
import { advocacyData } from '../../src/report/sections/advocacy.js';
import { shownStatus, trendsData } from '../../src/report/sections/trends.js';
import { standing } from '../../src/report/sentence.js';
import { partsOf, trendInput } from '../../src/report/trend-input.js';
import { distributionLead } from '../../src/report/views.js';
import { groupWarnings, trendWarnings } from '../../src/report/warnings.js';
import { rejection, thrown } from '../helpers/errors.js';
import { warning } from '../../src/core/warnings.js';
import { socialWorld } from '../helpers/social-world.js';

const DAY = 86_400_000;
const date = new Date(Date.UTC(2024, 4, 1));

/** Undated follows (as most follow exports are) and dated shares and replies, seeded. */
function undatedFollowWorld(seed: number, n = 120): Graph {
  const rng = createRng(seed);
  const g = new Graph({ type: 'directed', multi: true });
  for (let i = 0; i < n; i++) g.addNode(`a${i}`, { followers: 1 + rng.int(500), createdAt: Date.UTC(2020, 0, 1) });
  for (let e = 0; e < 6 * n; e++) {
    const s = rng.int(n);
    const t = Math.floor(n * rng.next() ** 2);
    if (s !== t) g.addEdge(`a${s}`, `a${t}`, { type: 'follow' });
  }
  for (let e = 0; e < 3 * n; e++) {
    const s = rng.int(n);
    const t = Math.floor(n * rng.next() ** 2);
    if (s !== t) g.addEdge(`a${s}`, `a${t}`, { type: rng.next() < 0.5 ? 'share' : 'reply', time: Date.UTC(2024, 0, 1) + rng.int(120) * DAY });
  }
  return g;
}

describe('trend windows of the report', () => {
  it('keep undated follows in every window, so every window of the default score has reach (10 seeded worlds)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const g = undatedFollowWorld(seed);
      const input = trendInput(g, influenceScore(), [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1) + 119 * DAY], 6, undefined);
      for (const vector of input.vectors) expect(partsOf(vector)).toContain('reach');
      expect(input.warnings.filter((w) => /keeps 0 of/.test(w.message))).toEqual([]);
    }
  });

  it('score the same parts in every window as the ranked table, or say which part they leave out and why', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const report = createReport(undatedFollowWorld(seed), { date });
      const { document } = parseHTML(report.html);
      const lead = document.querySelector('#trends p.lead')?.textContent ?? '';
      const note = document.querySelector('#trends p.note')?.textContent ?? '';
      // Either no gap at all, or the gap stated in the section.
      if (report.warnings.some((w) => /trends leave out/.test(w.message))) expect(note).toMatch(/Every period is scored on the same parts/);
      else expect(lead).toMatch(/by Influence score in each period/);
      expect(report.warnings.filter((w) => /keeps 0 of/.test(w.message))).toEqual([]);
    }
  });
});

describe('statuses shown', () => {
  it('call an account rising only when its last window stands above its first, fading only below', () => {
    expect(shownStatus('rising', 99.9, 94)).toBe('mixed');
    expect(shownStatus('fading', 99.9, 99.9)).toBe('mixed');
    expect(shownStatus('rising', 60, 90)).toBe('rising');
    expect(shownStatus('steady', 60, 90)).toBe('steady');
    const vector = (values: number[]) => createScoreVector({ keys: ['a', 'b', 'c', 'd'], values: Float64Array.from(values), meta: { scorer: 'x', params: {}, elapsedMs: 0, warnings: [], higherIsBetter: true, range: [0, Infinity] } });
    const data = trendsData({ windows: [{ from: 0, to: 1 }, { from: 1, to: 2 }], vectors: [vector([4, 3, 2, 1]), vector([3, 4, 2, 1])], status: () => 'rising' }, ['a', 'b'], (n) => n);
    if (!data.shown) throw new Error('expected a section');
    expect(data.data.series.map((s) => s.status)).toEqual(['mixed', 'rising']);
    expect(data.data.mixed).toBe(1);
  });

  it('agree with the first and last standings in the reports of 6 generated worlds', () => {
    let rows = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const report = createReport(buildSocialGraph(socialWorld({ seed, accounts: 200 })), { date, top: 20 });
      const { document } = parseHTML(report.html);
      for (const tr of Array.from(document.querySelectorAll('#trends-table tbody tr') as ArrayLike<Element>)) {
        const cells = Array.from(tr.querySelectorAll('td') as ArrayLike<Element>).map((td) => td.textContent ?? '');
        const [first, last, status] = cells.slice(2);
        const share = (text: string): number => (text.startsWith('top') ? 1 : -1) * -Number.parseFloat(text.replace(/^(top|bottom) /, ''));
        if (status === 'rising') expect(share(last)).toBeGreaterThanOrEqual(share(first));
        if (status === 'fading') expect(share(last)).toBeLessThanOrEqual(share(first));
        rows++;
      }
    }
    expect(rows).toBe(120);
  });
});

describe('standings at the top of a big graph', () => {
  it('read "top 0.01%" and finer instead of rounding the top 1% together', () => {
    expect(standing(0.9999)).toBe('top 0.01%');
    expect(standing(0.99)).toBe('top 1%');
    expect(standing(1 - 1 / 400_000)).toBe('top 0.0003%');
    expect(standing(0.9963)).toBe('top 0.4%');
  });

  it('give the top rows of a 20,000-account composite distinct part values, scores and sentences where the parts differ', () => {
    const n = 20_000;
    const rng = createRng(4);
    const keys = Array.from({ length: n }, (_, i) => `u${i}`);
    const reach = new Map(keys.map((k, i) => [k, i + rng.next()]));
    const engagement = new Map(keys.map((k, i) => [k, i * (0.5 + rng.next())]));
    const graph = new Graph();
    for (const k of keys) graph.addNode(k);
    const scorer = combine({ parts: { reach: [precomputed('reach', reach), 1], engagement: [precomputed('engagement', engagement), 1] }, scale: [0, 100] });
    const report = createReport(graph, { scorer, date, top: 20 });
    const { document } = parseHTML(report.html);
    const rows = Array.from(document.querySelectorAll('#top-table tbody tr') as ArrayLike<Element>).map((tr) => Array.from(tr.querySelectorAll('td') as ArrayLike<Element>).map((td) => td.textContent ?? ''));
    const scoreTexts = rows.map((r) => r[2]);
    // As many different score texts as different scores (two parts swapped give equal scores).
    expect(new Set(scoreTexts).size).toBe(new Set(report.vectors.get('score')!.top(20).map((r) => r.value)).size);
    expect(new Set(scoreTexts).size).toBeGreaterThan(10);
    const partTexts = rows.map((r) => `${r[3]}|${r[4]}`);
    expect(partTexts.every((t) => /top 0\.\d+%/.test(t))).toBe(true);
    // The sentence is the why cell's text before its "every part" disclosure.
    const why = Array.from(document.querySelectorAll('#top-table td.why') as ArrayLike<Element>).map((td) => td.childNodes[0].textContent ?? '');
    // Rows whose parts read differently explain themselves differently.
    expect(new Set(why).size).toBe(new Set(partTexts).size);
    expect(new Set(partTexts).size).toBeGreaterThan(10);
  });
});

describe('the advocacy section', () => {
  const vector = (evidence: number[]) =>
    createScoreVector({
      keys: ['brand', 'a', 'b'],
      values: new Float64Array(3),
      meta: { scorer: 'advocacy', params: { threshold: 0.25 }, elapsedMs: 0, warnings: [], higherIsBetter: true, range: [-Infinity, Infinity], extra: { stance: ['neutral', 'neutral', 'neutral'], evidence: Float64Array.from(evidence), affiliated: Uint8Array.from([1, 0, 0]) } },
    });
  it('tells "no evidence" from "evidence below the threshold", with the counts', () => {
    const none = advocacyData(vector([0, 0, 0]), { brand: 'acme', top: 5, label: (n) => n });
    const below = advocacyData(vector([0, 3, 4]), { brand: 'acme', top: 5, label: (n) => n });
    expect(!none.shown && none.reason).toMatch(/^no evidence/);
    expect(!below.shown && below.reason).toMatch(/^evidence below the threshold: 7 pieces of evidence about acme from 2 accounts.*±0\.25/);
  });
});

describe('amplification', () => {
  it('divides by impressions when the posts carry them, in the score and in the audience chart', () => {
    const graph = buildSocialGraph(socialWorld({ seed: 2, accounts: 150 }));
    const report = createReport(graph, { date });
    expect(report.vectors.get('engagement_rate')!.meta.params).toMatchObject({ denominator: 'impressions' });
    const byImpressions = influenceScore({ parts: { amplification: { denominator: 'impressions' } } }).score(graph);
    expect(Array.from(report.vectors.get('score')!.values)).toEqual(Array.from(byImpressions.values));
    expect(report.html).toMatch(/Engagement here is per impression/);
  });
});

describe('warnings', () => {
  it('say a warning of several windows once, even when its dates and figures differ per window', () => {
    const lines = trendWarnings([
      warning('EMPTY_VIEW', 'window 1: network: the view keeps 0 of 3501 edges (1358 outside the window 2021-01-01T03:29:54.446Z … 2022-02-20T19:24:05.574Z): every score is computed on a graph without edges'),
      warning('EMPTY_VIEW', 'window 2: network: the view keeps 0 of 3501 edges (1358 outside the window 2021-07-27T23:27:00.010Z … 2022-09-16T15:21:11.138Z): every score is computed on a graph without edges'),
      warning('RULE_SKIPPED', 'window 2: trust: responsiveness left out'),
      warning('RULE_SKIPPED', 'window 3: trust: responsiveness left out'),
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0].message).toMatch(/^trends, windows 1–2: network: the view keeps 0 of 3501 edges .*\(figures of window 1; the other windows' differ\)$/);
  });

  it('come in groups a marketer reads, each with its technical lines behind a disclosure', () => {
    const groups = groupWarnings([
      warning('INCONSISTENT_DATA', 'amplification: 1 post(s) have more engagements than impressions'),
      warning('PART_DROPPED', 'trends, windows 1–4: relevance left out: no posts'),
      warning('INCONSISTENT_DATA', 'amplification: 1 post(s) have more engagements than impressions'),
    ]);
    expect(groups.map((g) => g.code)).toEqual(['PARTS_LEFT_OUT', 'POST_FIGURES']);
    expect(groups[1].details).toHaveLength(1);
    const report = createReport(buildSocialGraph(socialWorld({ seed: 3, accounts: 120 })), { date });
    const { document } = parseHTML(report.html);
    const items = Array.from(document.querySelectorAll('ul.warnings > li') as ArrayLike<Element>);
    for (const li of items) expect(li.querySelector('details summary')?.textContent).toMatch(/^technical detail/);
  });
});

describe('the distribution lead', () => {
  it('says most accounts score low only when the median is in the lowest quarter of the range', () => {
    expect(distributionLead({ min: 0, median: 49, max: 100 })).not.toMatch(/Most accounts score low/);
    expect(distributionLead({ min: 0, median: 10, max: 100 })).toMatch(/Most accounts score low/);
  });
});

describe('run options', () => {
  const graph = buildSocialGraph(socialWorld({ seed: 5, accounts: 80 }));
  it('report each step before it runs, in order, and done at the end', () => {
    const steps: string[] = [];
    createReport(graph, { date }, { onProgress: (done, total, step) => steps.push(`${done}/${total} ${step}`) });
    expect(steps).toEqual(['0/8 score', '1/8 top accounts', '2/8 distribution', '3/8 audience', '4/8 bridges', '5/8 trends', '6/8 advocacy', '7/8 page', '8/8 done']);
  });

  it('abort with ABORTED, in the sync form before the first step and in the async form between steps', async () => {
    const aborted = new AbortController();
    aborted.abort();
    expect(thrown(() => createReport(graph, { date }, { signal: aborted.signal })).code).toBe('ABORTED');
    const later = new AbortController();
    const error = await rejection(createReportAsync(graph, { date }, { signal: later.signal, onProgress: (_d, _t, step) => step === 'bridges' && later.abort() }));
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InfluenceScoreError).code).toBe('ABORTED');
  });

  it('give the same page in the async form', async () => {
    expect((await createReportAsync(graph, { date })).html).toBe(createReport(graph, { date }).html);
  });
});
