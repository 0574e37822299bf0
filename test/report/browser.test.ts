import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/node.js';
import { createReport } from '../../src/report.js';

// A real browser opens the report: Debian's chromium, driven by playwright-core (no browser download).
// .ci/run installs the package when it is missing; the screenshot lands in .artifacts/ (git-ignored).
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = join(process.cwd(), '.artifacts', 'report.png');
const TOP = 15;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe('the report in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  let url: string;
  let report: ReturnType<typeof createReport>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does it in CI)`);
    // The bundled generated brand world has every kind of data: follows, posts, times, topics, sentiment.
    const graph = await loadGraph('data/brand-world.ndjson.gz');
    report = createReport(graph, { top: TOP, title: 'Who moves the AI conversation', source: 'data/brand-world.ndjson.gz', date: new Date('2025-01-01T00:00:00Z'), brand: 'acme', topic: 'ai' });
    expect(report.skipped).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'influence-score-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, report.html);
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    // Loading, building the report and starting Chromium: seconds on a loaded machine, over vitest's 10 s default.
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error, no page error and no request but the file itself, and every chart has a real size', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.locator('#top-table tbody tr').count()).toBe(TOP);
    expect(await page.locator('#top-table thead th').allTextContents()).toEqual(['#', 'Account', 'Influence score', 'reach', 'amplification', 'network', 'trust', 'relevance', 'Why']);

    const shownSections = ['top', 'distribution', 'audience', 'bridges', 'trends', 'advocacy', 'summary'];
    for (const id of shownSections) expect(await page.locator(`#${id} p.skipped`).count(), id).toBe(0);
    const charts = page.locator('figure svg');
    expect(await charts.count()).toBe(4);
    expect(await page.locator('#advocates-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#detractors-table tbody tr').count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(150);
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toBeTruthy();
      expect(await chart.locator('title').count()).toBe(1);
    }
    const sparklines = page.locator('#trends-table svg');
    expect(await sparklines.count()).toBe(TOP);
    for (const spark of await sparklines.all()) {
      const box = await spark.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(20);
      expect(await spark.locator('path').count()).toBeGreaterThan(0);
    }

    mkdirSync(join(process.cwd(), '.artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('draws no chart label over another (markers, names, the cut), inside its chart, at desktop and phone widths, and the page never scrolls sideways', async () => {
    for (const width of [1100, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(url);
      const charts = await page.evaluate(() =>
        Array.from(document.querySelectorAll('figure svg')).map((svg) => {
          const rect = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          };
          const labels = Array.from(svg.querySelectorAll('g.rank-marker circle, g.bridge-marker circle, g.name-label text, g.cut-label text')).map((e) => ({
            kind: e.closest('g')!.getAttribute('class')!,
            text: e.tagName === 'text' ? e.textContent : '',
            box: rect(e),
          }));
          const bars = Array.from(svg.querySelectorAll('g[aria-label="rect"] rect')).map(rect);
          return { title: svg.getAttribute('aria-label')!, svg: rect(svg), labels, bars };
        }),
      );
      const hit = (a: Box, b: Box): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
      const within = (a: Box, outer: Box): boolean => a.x >= outer.x - 0.5 && a.y >= outer.y - 0.5 && a.x + a.width <= outer.x + outer.width + 0.5 && a.y + a.height <= outer.y + outer.height + 0.5;
      const counts = new Map<string, number>();
      for (const chart of charts) {
        for (const [i, a] of chart.labels.entries()) {
          counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
          expect(within(a.box, chart.svg), `${width}px, ${chart.title}: ${a.kind} ${a.text} inside the chart`).toBe(true);
          for (const b of chart.labels.slice(i + 1)) expect(hit(a.box, b.box), `${width}px, ${chart.title}: ${a.kind} ${a.text} over ${b.kind} ${b.text}`).toBe(false);
          if (a.kind === 'cut-label') for (const bar of chart.bars) expect(hit(a.box, bar), `${width}px: the cut label over a bar`).toBe(false);
        }
      }
      // Every numbered account of the tables has its marker, and the three largest audiences their names.
      expect(counts.get('bridge-marker')).toBe(await page.locator('#bridges-table tbody tr').count());
      expect(counts.get('rank-marker')).toBe(TOP);
      expect(counts.get('name-label')).toBe(3);
      expect(counts.get('cut-label')).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      if (width < 500) await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-390.png'), fullPage: true });
      await page.close();
    }
  });

  it('prints: the print stylesheet hides the navigation and keeps every section', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isHidden()).toBe(true);
    expect(await page.locator('#top-table').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
