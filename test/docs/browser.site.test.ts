/**
 * The built documentation site (`npm run test:docs` builds it first, then runs this file; `npm test`
 * does not, since the build takes a minute or more on a loaded two-core machine):
 * - every export of the three entry points has a reference page, in the Markdown TypeDoc wrote and in
 *   the built HTML;
 * - the home page and a reference page open in headless Chromium (Debian's chromium, driven by
 *   playwright-core, as the report's browser test) with no console error, no page error and no failed
 *   request, served from disk by a tiny static server on 127.0.0.1 (VitePress' output uses absolute
 *   asset paths, so `file://` would not find them). Screenshots land in .artifacts/ (git-ignored).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DIST = join(process.cwd(), 'docs', '.vitepress', 'dist');
const REFERENCE = join(process.cwd(), 'docs', 'reference');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = join(process.cwd(), '.artifacts');

/** Each entry point, the module name its `@module` tag gives it, and where TypeDoc writes its pages. */
const ENTRIES = [
  { file: 'src/index.ts', module: 'influence-score', dir: 'influence-score' },
  { file: 'src/node.ts', module: 'influence-score/node', dir: 'influence-score/node' },
  { file: 'src/report.ts', module: 'influence-score/report', dir: 'influence-score/report' },
];

/** The names an entry point exports, values and types alike, as the TypeScript compiler sees them. */
function exportedNames(): Map<string, string[]> {
  const program = ts.createProgram(
    ENTRIES.map((e) => e.file),
    { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  return new Map(
    ENTRIES.map((entry) => {
      const source = program.getSourceFile(entry.file)!;
      const symbol = checker.getSymbolAtLocation(source)!;
      return [entry.module, checker.getExportsOfModule(symbol).map((s) => s.getName())];
    }),
  );
}

/** Reference pages of one entry: name → path of its Markdown page (kind folders: functions, interfaces, …). */
function referencePages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const root = join(REFERENCE, dir);
  for (const kind of readdirSync(root, { withFileTypes: true })) {
    if (!kind.isDirectory() || ENTRIES.some((e) => join(REFERENCE, e.dir) === join(root, kind.name))) continue;
    for (const page of readdirSync(join(root, kind.name))) if (page.endsWith('.md')) pages.set(page.slice(0, -3), join(dir, kind.name, page));
  }
  return pages;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves DIST read-only on 127.0.0.1; `/x/` → `/x/index.html`, as a static host would. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url!, 'http://localhost').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the API reference', () => {
  const exported = exportedNames();

  it.each(ENTRIES.map((e) => [e.module, e] as const))('has a page for every export of %s, in Markdown and in the built site', (_module, entry) => {
    const names = exported.get(entry.module)!;
    expect(names.length).toBeGreaterThan(entry.module === 'influence-score' ? 150 : 5);
    const pages = referencePages(entry.dir);
    const missing = names.filter((name) => !pages.has(name));
    expect(missing, `exports of ${entry.module} without a reference page`).toEqual([]);
    const unbuilt = names.filter((name) => !existsSync(join(DIST, 'reference', pages.get(name)!.replace(/\.md$/, '.html'))));
    expect(unbuilt, `reference pages of ${entry.module} missing from the built site`).toEqual([]);
  });
});

describe('the site in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} is missing: run npm run docs:build (npm run test:docs does)`);
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does it in CI)`);
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens a page of the site and returns what went wrong: console errors and warnings, page errors, failed or non-local requests. */
  async function open(path: string, screenshot: string): Promise<{ problems: string[]; page: Awaited<ReturnType<typeof browser.newPage>> }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request outside the site: ${request.url()}`);
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(ARTIFACTS, screenshot), fullPage: false });
    return { problems, page };
  }

  it('opens the home page with no console error, page error or failed request, and it links into the guides', async () => {
    const { problems, page } = await open('/', 'docs-home.png');
    expect(problems).toEqual([]);
    expect(await page.locator('h1').first().textContent()).toContain('influence-score');
    await page.getByRole('link', { name: 'Get started' }).first().click();
    await page.waitForURL(/guide\/getting-started/);
    expect(await page.locator('h1').first().textContent()).toContain('Getting started');
    expect(problems).toEqual([]);
  }, 60_000);

  it('opens a reference page (pagerank) with its signature and example, with no console error', async () => {
    const { problems, page } = await open('/reference/influence-score/functions/pagerank.html', 'docs-reference.png');
    expect(problems).toEqual([]);
    expect(await page.locator('h1').first().textContent()).toContain('pagerank');
    expect(await page.locator('main').textContent()).toContain('PageRankOptions');
  }, 60_000);
});
