/**
 * The page: semantic HTML (headings, a real `<table>`, figures with captions), one inline style
 * sheet with a print variant, no script and no external resource, so the file opens offline.
 */
import { stripBidiControls } from '../core/output-safety.js';
import type { Section } from './sections/section.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values, and removes the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069): an id or label such as `\u202Eacme-official`
 * would otherwise reverse the report's own sentence around it. Removing works in every place a user
 * string goes (text, attributes, `aria-label`, SVG `<title>`), where a `<bdi>` element could not.
 */
export const escapeHtml = (text: string): string => stripBidiControls(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A section of the page: its anchor, heading and the HTML (or the reason it was skipped). */
export interface PageSection {
  readonly id: string;
  readonly title: string;
  /** One sentence under the heading: what the reader learns here. */
  readonly lead: string;
  readonly body: Section<string>;
}

/** What the page needs around the sections. */
export interface PageInput {
  readonly title: string;
  readonly subtitle: string;
  /** Short findings shown first, plain text. */
  readonly highlights: readonly string[];
  readonly sections: readonly PageSection[];
}

const STYLE = `
:root { --ink: #212529; --muted: #6c757d; --line: #dee2e6; --accent: #d9480f; --bar: #4263eb; --soft: #f8f9fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 32px 24px 64px; }
header h1 { font-size: 28px; margin: 0 0 4px; letter-spacing: -0.01em; }
header p.subtitle { color: var(--muted); margin: 0 0 20px; }
.highlights { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 12px; margin: 0 0 24px; padding: 0; list-style: none; }
.highlights li { background: var(--soft); border-left: 4px solid var(--accent); padding: 10px 14px; border-radius: 4px; }
nav ol { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0 0 8px; list-style: none; font-size: 14px; }
nav a { color: var(--bar); text-decoration: none; }
nav a:hover { text-decoration: underline; }
section { margin-top: 40px; }
section h2 { font-size: 21px; margin: 0 0 4px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
p.lead { color: var(--muted); margin: 6px 0 16px; }
p.skipped { background: var(--soft); padding: 10px 14px; border-radius: 4px; color: var(--muted); }
figure { margin: 0 0 16px; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
figure svg { max-width: 100%; height: auto; }
.scroll { overflow-x: auto; }
.heatmap td { text-align: center; min-width: 3.2em; } .heatmap td.self { color: #9ca3af; } .heatmap th small { display: block; font-weight: normal; }
.scroll.chart svg { min-width: 720px; }
#trends-table svg { min-width: 160px; }
.columns + div.scroll, .columns + table { margin-top: 24px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
table.compact { width: auto; min-width: 60%; }
caption { text-align: left; font-size: 13px; color: var(--muted); caption-side: bottom; padding-top: 6px; }
caption.title { caption-side: top; font-size: 15px; font-weight: 600; color: var(--ink); padding: 0 0 6px; }
th, td { padding: 7px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.account { font-weight: 600; white-space: nowrap; }
td.account small { display: block; font-weight: 400; color: var(--muted); }
td.why { color: #343a40; font-size: 13px; min-width: 260px; }
td.why details { margin-top: 2px; }
td.why summary { color: var(--bar); cursor: pointer; font-size: 12px; }
td.why .detail { white-space: pre-wrap; font-size: 12px; color: var(--muted); margin-top: 4px; }
.bar { display: flex; align-items: center; gap: 6px; min-width: 84px; }
.bar .track { flex: 1; height: 8px; background: #e9ecef; border-radius: 4px; overflow: hidden; min-width: 44px; }
.bar .fill { display: block; height: 100%; background: var(--bar); border-radius: 4px; }
.bar.score .fill { background: var(--accent); }
.bar .value { font-size: 12px; font-variant-numeric: tabular-nums; min-width: 2.6em; white-space: nowrap; text-align: right; }
.status { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #e9ecef; }
.status.rising { background: #d3f9d8; color: #2b8a3e; }
.status.fading { background: #ffe3e3; color: #c92a2a; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; overflow-wrap: anywhere; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
ul.warnings li { color: #862e9c; }
footer { margin-top: 48px; color: var(--muted); font-size: 13px; }
@media (max-width: 720px) { .columns { grid-template-columns: 1fr; } td.why { min-width: 220px; } main { padding: 24px 14px 48px; } }
@media print {
  @page { margin: 14mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  nav, td.why details { display: none; }
  .scroll { overflow: visible; }
  .scroll.chart svg { min-width: 0; }
  section { break-inside: avoid-page; margin-top: 24px; }
  table { page-break-inside: auto; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .highlights li, .bar .track, .bar .fill, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * Renders the whole page. The assembled page is passed through `stripBidiControls` once more: the
 * charts' SVG text (names beside dots, axis labels) is escaped by Plot's serializer, not by {@link escapeHtml}.
 */
export function renderPage(page: PageInput): string {
  return stripBidiControls(pageHtml(page));
}

function pageHtml(page: PageInput): string {
  const nav = page.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a>${s.body.shown ? '' : ' <small>(not shown)</small>'}</li>`).join('');
  const sections = page.sections
    .map(
      (s) => `<section id="${s.id}" aria-labelledby="${s.id}-h">
<h2 id="${s.id}-h">${escapeHtml(s.title)}</h2>
<p class="lead">${escapeHtml(s.lead)}</p>
${s.body.shown ? s.body.data : `<p class="skipped">Not shown: ${escapeHtml(s.body.reason)}</p>`}
</section>`,
    )
    .join('\n');
  const highlights = page.highlights.length ? `<ul class="highlights" aria-label="Highlights">${page.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(page.title)}</h1>
<p class="subtitle">${escapeHtml(page.subtitle)}</p>
${highlights}
<nav aria-label="Sections"><ol>${nav}</ol></nav>
</header>
${sections}
<footer>Made with influence-score. Every chart is a static image with a text description; the page loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
