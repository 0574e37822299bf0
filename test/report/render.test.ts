import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { topRows } from '../helpers/report-html.js';
import { buildSocialGraph, InfluenceScoreError, pagerank, parseEdgeCsv } from '../../src/index.js';
import { loadGraph } from '../../src/node.js';
import { createReport, renderReport } from '../../src/report.js';
import { thrown } from '../helpers/errors.js';
import { socialWorld } from '../helpers/social-world.js';
import { messages } from '../helpers/warnings.js';
import { isFlatWarning } from '../../src/core/flat-scores.js';

const karate = parseEdgeCsv(readFileSync('data/karate.csv', 'utf8'));
const date = new Date('2024-05-01T00:00:00Z');

/** Every URL-bearing attribute or CSS reference in the page, other than in-page anchors and SVG namespaces. */
function externalReferences(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:src|href|xlink:href|action|poster|srcset)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]).filter((v) => !v.startsWith('#'));
  const css = [...html.matchAll(/url\(([^)]*)\)|@import/gi)].map((m) => m[0]);
  return [...attributes, ...css];
}

describe('renderReport', () => {
  it('writes one self-contained page: no script, no external reference, a CSP that forbids loading anything', () => {
    const html = renderReport(buildSocialGraph(socialWorld({ accounts: 120, seed: 2 })), { date });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<img/i);
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@media print');
  });

  it('opens with highlights taken from the sections: top account, audience against engagement, strongest bridge', () => {
    const graph = buildSocialGraph(socialWorld({ accounts: 120, seed: 2 }));
    const report = createReport(graph, { date });
    const { document } = parseHTML(report.html);
    const highlights = Array.from(document.querySelectorAll('ul.highlights li') as ArrayLike<Element>).map((li) => li.textContent ?? '');
    const top = report.vectors.get('score')!.top(1)[0];
    expect(highlights[0]).toBe(`Top account: ${top.key}, Influence score ${top.value.toFixed(1)}.`);
    expect(highlights[1]).toMatch(/^Audience size says (almost nothing|a little|a good deal) about engagement here \(Spearman -?0\.\d\d\)\.$/);
    expect(highlights[2]).toMatch(/^Strongest bridge: \S+, only #\d+ by connections\.$/);
  });

  it('shows every section the data allows and says why the others are missing', () => {
    const report = createReport(karate, { date, top: 5 });
    expect(report.skipped.map((s) => s.section)).toEqual(['Audience is not influence', 'Rising and fading', 'Advocates and detractors']);
    expect(report.skipped[0].reason).toMatch(/no posts/);
    expect(report.skipped[1].reason).toBe('the edges carry no times');
    for (const { reason } of report.skipped) expect(report.html).toContain(`Not shown: ${reason}`);
    expect(report.html).toContain('id="top-table"');
    expect(topRows(report.html)).toBe(5);
    // The default score (influenceScore) left out the parts karate cannot feed, loudly.
    expect(report.warnings).toEqual(expect.arrayContaining([{ code: 'PART_DROPPED', message: 'amplification left out: no posts' }]));
    expect(Object.keys(report.vectors.get('score')!.parts!)).toEqual(['reach', 'trust']);
    expect([...report.vectors.keys()]).toEqual(['score', 'in_degree', 'weak_tie_reach']);
  });

  it('ranks by the scorer it is given and explains a plain score by its standing among the accounts', () => {
    const report = createReport(karate, { scorer: pagerank(), date, top: 3 });
    const best = pagerank().score(karate).top(1)[0].key;
    expect(report.html).toMatch(new RegExp(`<td class="account">${best}</td>`));
    expect(report.html).toMatch(/Top 3% by PageRank\./);
    expect(report.warnings).toEqual([]);
  });

  it('escapes ids and labels: an account named like markup stays text, in the table and in the charts', () => {
    const evil = '<script>alert("x")</script>';
    const quoted = `"${evil.replaceAll('"', '""')}"`;
    // Two cliques joined through the markup-named account, so it shows up among the bridges too.
    const rows = ['source,target', `${quoted},a1`, `a1,${quoted}`, `${quoted},b`, `b,${quoted}`];
    for (const g of ['a', 'b']) for (let i = 1; i <= 4; i++) for (let j = 1; j <= 4; j++) if (i !== j) rows.push(`${g}${i},${g}${j}`.replace('b1', 'b'));
    const graph = parseEdgeCsv(rows.join('\n'));
    const html = renderReport(graph, { scorer: pagerank(), date, labels: new Map([['b', 'Bé & "Co"']]) });
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    const accounts = Array.from(document.querySelectorAll('#top-table td.account') as ArrayLike<Element>).map((td) => td.textContent);
    expect(accounts).toContain(evil);
    expect(accounts.some((a) => a?.startsWith('Bé & "Co"'))).toBe(true);
    const descriptions = Array.from(document.querySelectorAll('svg desc') as ArrayLike<Element>).map((d) => d.textContent ?? '');
    expect(descriptions.some((d) => d.includes(evil))).toBe(true);
  });

  it('puts the library version, the date, the view and the parameters in the summary', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const html = renderReport(karate, { scorer: pagerank({ alpha: 0.7 }), date, view: { relations: ['follow'] }, source: 'karate.csv' });
    expect(html).toContain(`influence-score ${version}`);
    expect(html).toContain('2024-05-01T00:00:00.000Z');
    expect(html).toContain('{&quot;relations&quot;:[&quot;follow&quot;]}');
    expect(html).toContain('&quot;alpha&quot;:0.7');
    expect(html).toContain('karate.csv');
  });

  it('rejects bad options with INVALID_OPTION naming the option', () => {
    for (const [options, field] of [
      [{ top: 0 }, 'top'],
      [{ windows: 1 }, 'windows'],
      [{ scorer: 'pagerank' }, 'scorer'],
      [{ colour: 'red' }, undefined],
      [{ scorer: pagerank(), topic: 'ai' }, 'topic'],
    ] as const) {
      const error = thrown(() => renderReport(karate, options as never));
      expect(error).toBeInstanceOf(InfluenceScoreError);
      expect(error.code).toBe('INVALID_OPTION');
      if (field) expect(error.issues.map((i) => i.field)).toContain(field);
    }
  });
});

describe('the report of the bundled brand world', async () => {
  const graph = await loadGraph('data/brand-world.ndjson.gz');
  const report = createReport(graph, { topic: 'ai', brand: 'acme', top: 10, date });
  const { document } = parseHTML(report.html);
  const text = (selector: string): string[] => Array.from(document.querySelectorAll(selector) as ArrayLike<Element>).map((e) => e.textContent ?? '');

  it('says each warning once, though the engagement rate runs for the score and again for the audience chart', () => {
    expect(report.warnings.filter((w) => w.message.includes('more engagements than impressions'))).toHaveLength(1);
    for (const a of messages(report.warnings)) for (const b of messages(report.warnings)) if (a !== b) expect(a.endsWith(`: ${b}`), `${a} repeats ${b}`).toBe(false);
    // Grouped for a reader, each technical warning once behind its group's disclosure.
    expect(text('ul.warnings details li')).toEqual(messages(report.warnings));
    const groups = text('ul.warnings > li strong');
    expect(groups.length).toBeGreaterThan(0);
    expect(text('ul.highlights li')).toContain(`${groups.length} thing${groups.length === 1 ? '' : 's'} to keep in mind: see "About this report".`);
  });

  it('draws the trends with its own score in the default 6 windows over the period with activity, every window on the same parts', () => {
    // Where a window has no engagement edge its flat network part is said (ALL_EQUAL); nothing else about PageRank.
    expect(report.warnings.filter((w) => /PageRank|trends leave out/.test(w.message) && !isFlatWarning(w))).toEqual([]);
    expect(text('#trends p.lead')[0]).toMatch(/^Where each top account stood by Influence score in each period/);
    expect(text('#trends-table caption')[0]).toMatch(/^Each top account in 6 windows from 2024-/);
    // Dated follows reach back three years before the first interaction: the windows start with the interactions.
    expect(report.warnings.filter((w) => w.message.startsWith('trends'))).toEqual([]);
  });
});
