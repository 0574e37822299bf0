// Bidirectional overrides in ids and labels (issue #21, defect 8): a label such as '\u202Eacme-official'
// must not reverse the report's own sentences. The report removes the embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) from every string it shows; checked in the HTML and in the
// layout Chromium draws.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/node.js';
import { createReport } from '../../src/report.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** One hostile label per kind of bidirectional control, given to the accounts in turn. */
const PREFIXES = ['\u202E', '\u202B', '\u202D', '\u2067', '\u2066', '\u2068', '\u202A'];

describe('bidirectional controls in labels and ids', () => {
  let html: string;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;

  beforeAll(async () => {
    const graph = await loadGraph('data/brand-world.ndjson.gz');
    const labels = new Map<string, string>();
    graph.forEachNode((node) => labels.set(node, `${PREFIXES[labels.size % PREFIXES.length]}${node}-official`));
    html = createReport(graph, { top: 10, title: 'Bidi \u202Etest', source: 'x\u202E.ndjson', date: new Date('2025-01-01T00:00:00Z'), brand: 'acme', labels, windows: 3 }).html;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the page holds no embedding, override or isolate character, and still shows every label', () => {
    expect(BIDI.test(html)).toBe(false);
    expect(html).toMatch(/Top account: [\w-]+-official, Influence score/);
    // Labels reach the table, the highlights and the charts' names and descriptions.
    expect((html.match(/-official/g) ?? []).length).toBeGreaterThan(30);
  });

  it('in Chromium, the sentence after a label reads left to right (a screenshot in .artifacts/)', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does it in CI)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const dir = mkdtempSync(join(tmpdir(), 'influence-score-bidi-'));
    writeFileSync(join(dir, 'report.html'), html);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    // Where Chromium draws the first and last letter of the library's words that follow a label: with
    // an override left in, "Influence score" would be drawn reversed (its first letter to the right of its last).
    const words = await page.evaluate(() => {
      const item = document.querySelector('.highlights li')!;
      const text = item.firstChild as Text;
      const x = (i: number): number => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().x;
      };
      const content = text.data;
      const start = content.indexOf('Influence score');
      const label = content.indexOf('-official');
      return { content, first: x(start), last: x(start + 'Influence score'.length - 1), labelStart: x(content.indexOf(': ') + 2), labelEnd: x(label + '-official'.length - 1) };
    });
    expect(words.first, words.content).toBeLessThan(words.last);
    expect(words.labelStart, words.content).toBeLessThan(words.labelEnd);
    mkdirSync(join(process.cwd(), '.artifacts'), { recursive: true });
    await page.screenshot({ path: join(process.cwd(), '.artifacts', 'report-bidi.png'), clip: { x: 0, y: 0, width: 1100, height: 900 } });
    await page.close();
  }, 60_000);
});
