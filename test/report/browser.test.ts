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
  });

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
