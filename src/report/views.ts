/**
 * Each section's data as HTML: tables with captions and headers, charts as figures with captions.
 */
import { advocacyChart, audienceChart, bridgesChart, distributionChart, sparkline } from './charts.js';
import { escapeHtml } from './html.js';
import type { AdvocacyData, AdvocacyRow } from './sections/advocacy.js';
import type { AudienceData } from './sections/audience.js';
import type { BridgesData } from './sections/bridges.js';
import type { DistributionData } from './sections/distribution.js';
import type { SummaryData } from './sections/summary.js';
import type { TopAccountsData } from './sections/top-accounts.js';
import type { TrendsData } from './sections/trends.js';

/** Formats a number for people: integers as is, others with 2–3 significant decimals. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  const abs = Math.abs(x);
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 0.01) return x.toFixed(2);
  return x.toPrecision(2);
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** A small horizontal bar with its value as text (the text is what screen readers read). */
function bar(fraction: number, text: string, kind = ''): string {
  const width = (100 * clamp01(fraction)).toFixed(1);
  return `<div class="bar ${kind}"><span class="track" aria-hidden="true"><span class="fill" style="width:${width}%"></span></span><span class="value">${escapeHtml(text)}</span></div>`;
}

// Charts and wide tables scroll sideways on a narrow screen instead of shrinking their text or
// widening the page.
const figure = (svg: string, caption: string): string => `<figure><div class="scroll chart">${svg}</div><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
const scrolling = (table: string): string => `<div class="scroll">${table}</div>`;

function account(label: string, node: string): string {
  return label === node ? escapeHtml(node) : `${escapeHtml(label)}<small>${escapeHtml(node)}</small>`;
}

/** The ranked table. */
export function topAccountsView(data: TopAccountsData): string {
  const [low, high] = data.range;
  const scoreFraction = (s: number): number => (Number.isFinite(low) && Number.isFinite(high) && high > low ? (s - low) / (high - low) : 0);
  const bounded = Number.isFinite(low) && Number.isFinite(high);
  const head = `<tr><th scope="col" class="num">#</th><th scope="col">Account</th><th scope="col">${escapeHtml(data.scorer)}</th>${data.partNames
    .map((p) => `<th scope="col">${escapeHtml(p)}</th>`)
    .join('')}<th scope="col">Why</th></tr>`;
  const rows = data.rows
    .map(
      (r) => `<tr><td class="num">${r.rank}</td><td class="account">${account(r.label, r.node)}</td><td>${
        bounded ? bar(scoreFraction(r.score), formatNumber(r.score), 'score') : `<span class="value">${formatNumber(r.score)}</span>`
      }</td>${r.parts.map((p) => `<td>${bar(p.value, (100 * p.value).toFixed(0))}</td>`).join('')}<td class="why">${escapeHtml(r.explanation)}${
        r.detail ? `<details><summary>every part</summary><div class="detail">${escapeHtml(r.detail)}</div></details>` : ''
      }</td></tr>`,
    )
    .join('\n');
  const partNote = data.partNames.length
    ? ` Each part is the account's percentile among all ${data.total.toLocaleString('en-US')} accounts (100 = best).`
    : '';
  return scrolling(`<table id="top-table"><caption>The ${data.rows.length} highest-scoring of ${data.total.toLocaleString('en-US')} accounts by ${escapeHtml(data.scorer)}.${escapeHtml(partNote)}</caption>
<thead>${head}</thead>
<tbody>
${rows}
</tbody></table>`);
}

/** The distribution histogram. */
export function distributionView(data: DistributionData, scoreName: string): string {
  return figure(
    distributionChart(data, scoreName),
    `Half the accounts score below ${formatNumber(data.median)}; the middle half lies between ${formatNumber(data.q1)} and ${formatNumber(data.q3)}. The line marks the lowest score in the ranked table.`,
  );
}

/** How much audience size says about response, in words: "almost nothing", "a little", "a good deal". */
export function rhoWords(rho: number): string {
  return Math.abs(rho) < 0.2 ? 'almost nothing' : Math.abs(rho) < 0.5 ? 'a little' : 'a good deal';
}

function rhoSentence(data: AudienceData): string {
  const name = data.source === 'followers' ? 'follower count' : 'in-degree';
  if (Number.isNaN(data.rho)) return `The correlation between ${name} and engagement rate is undefined here (one of them is constant).`;
  const direction = data.rho < 0 ? ' (larger audiences respond less)' : '';
  return `Spearman correlation between ${name} and engagement rate: ${data.rho.toFixed(2)}: audience size says ${rhoWords(data.rho)} about how the audience responds${direction}.`;
}

/** The audience-against-engagement chart. */
export function audienceView(data: AudienceData): string {
  const missing = data.missing ? ` ${data.missing.toLocaleString('en-US')} accounts without an audience figure or rate are left out.` : '';
  return figure(audienceChart(data), `${rhoSentence(data)} Orange, numbered by rank: the accounts of the ranked table (a marker moved aside by a crowd has a line to a small dot where the account is); dark grey: the three largest audiences.${missing}`);
}

/** The bridges chart and table. */
export function bridgesView(data: BridgesData): string {
  const rows = data.rows
    .map((r, i) => `<tr><td class="num">${i + 1}</td><td class="account">${account(r.label, r.node)}</td><td class="num">${formatNumber(r.bridge)}</td><td class="num">${r.degree.toLocaleString('en-US')}</td><td class="num">#${r.degreeRank}</td></tr>`)
    .join('\n');
  return `${figure(bridgesChart(data), `Blue, numbered as in the table: the strongest bridges (a marker moved aside by another has a line to a small dot where the account is). Accounts high on the chart but left of centre reach people a degree count would not credit them with.`)}
${scrolling(`<table id="bridges-table" class="compact"><caption>Top ${data.rows.length} by ${escapeHtml(data.measure.toLowerCase())}, with their degree and degree rank.</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Account</th><th scope="col" class="num">${escapeHtml(data.measure)}</th><th scope="col" class="num">Degree</th><th scope="col" class="num">Degree rank</th></tr></thead>
<tbody>${rows}</tbody></table>`)}`;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The sparklines table. */
export function trendsView(data: TrendsData): string {
  const n = data.windows.length;
  const hasStatus = data.series.some((s) => s.status !== undefined);
  const rows = data.series
    .map((s) => {
      const present = s.percentiles.filter((p): p is number => p !== null);
      const first = present[0];
      const last = present[present.length - 1];
      const status = s.status ? `<span class="status ${escapeHtml(s.status)}">${escapeHtml(s.status)}</span>` : '';
      return `<tr><td class="account">${account(s.label, s.node)}</td><td>${sparkline(s, n, data.accounts)}</td><td class="num">${first === undefined ? '–' : first.toFixed(0)}</td><td class="num">${
        last === undefined ? '–' : last.toFixed(0)
      }</td>${hasStatus ? `<td>${status}</td>` : ''}</tr>`;
    })
    .join('\n');
  return scrolling(`<table id="trends-table" class="compact"><caption>Each top account in ${n} windows from ${day(data.windows[0].from)} to ${day(data.windows[n - 1].to)}. The line climbs a step each time the account's share of the top halves (the grey line is the top 50%, the top of the box the window's best account): the scale the status is measured on, over every window. First and last: the percentile in the first and last window (100 = best).</caption>
<thead><tr><th scope="col">Account</th><th scope="col">Standing per window</th><th scope="col" class="num">First</th><th scope="col" class="num">Last</th>${hasStatus ? '<th scope="col">Status</th>' : ''}</tr></thead>
<tbody>${rows}</tbody></table>`);
}

function advocacyTable(id: string, title: string, rows: readonly AdvocacyRow[]): string {
  if (rows.length === 0) return `<p>No ${title.toLowerCase()}.</p>`;
  return `<table id="${id}"><caption class="title">${escapeHtml(title)}</caption><thead><tr><th scope="col">Account</th><th scope="col" class="num">Stance × reach</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td class="account">${account(r.label, r.node)}</td><td class="num">${formatNumber(r.score)}</td></tr>`)
    .join('')}</tbody></table>`;
}

/** The advocates and detractors chart and tables. */
export function advocacyView(data: AdvocacyData): string {
  const counts = [...data.counts].map(([stance, count]) => `${count.toLocaleString('en-US')} ${stance}${count === 1 ? '' : 's'}`).join(', ');
  const chart = data.advocates.length + data.detractors.length ? figure(advocacyChart(data), `Green: advocates; red: detractors. Over all outside accounts: ${counts}.`) : '';
  return `${chart}
<div class="columns"><div>${advocacyTable('advocates-table', 'Strongest advocates', data.advocates)}</div><div>${advocacyTable('detractors-table', 'Strongest detractors', data.detractors)}</div></div>${
    data.ambassadors.length ? advocacyTable('ambassadors-table', `Ambassadors: ${data.brand}'s own people, listed apart (their praise is not independent)`, data.ambassadors) : ''
  }`;
}

const code = (value: unknown): string => `<code>${escapeHtml(JSON.stringify(value))}</code>`;

/** The input summary. */
export function summaryView(data: SummaryData): string {
  const entries: [string, string][] = [
    ['Input', data.source ? escapeHtml(data.source) : 'a graph passed in code'],
    ['Accounts', data.nodes.toLocaleString('en-US')],
    ['Connections', `${data.edges.toLocaleString('en-US')} (${data.directed ? 'directed' : 'undirected'})`],
    ['Time span', data.timeSpan ? `${day(data.timeSpan[0])} to ${day(data.timeSpan[1])}` : 'edges carry no times'],
    ['View', data.view ? code(data.view) : 'every edge'],
    ['Score', `${escapeHtml(data.scorer.label)} (<code>${escapeHtml(data.scorer.id)}</code>)`],
    ['Parameters', `<details><summary>${Object.keys(data.scorer.params).length} resolved parameters</summary>${code(data.scorer.params)}</details>`],
    ['Library', `influence-score ${escapeHtml(data.version)}`],
    ['Generated', escapeHtml(data.date)],
  ];
  const warnings = data.warnings.length
    ? `<h3>Warnings</h3><ul class="warnings">${data.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('')}</ul>`
    : '<h3>Warnings</h3><p>None.</p>';
  const skipped = data.skipped.length
    ? `<h3>Sections not shown</h3><ul>${data.skipped.map((s) => `<li><strong>${escapeHtml(s.section)}</strong>: ${escapeHtml(s.reason)}</li>`).join('')}</ul>`
    : '';
  return `<dl class="summary">${entries.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>${warnings}${skipped}`;
}
