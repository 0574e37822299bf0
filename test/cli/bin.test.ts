import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// These run the built artefacts, so they need `npm run build` first (`npm test` builds before testing).
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}dist/cli.js`;
const built = existsSync(cli) && existsSync(`${root}dist/index.js`);

function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Every file the ESM entry loads, following relative imports between dist chunks. */
function distClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)) visit(new URL(m[1], `file://${path}`).pathname);
  };
  visit(entry);
  return [...seen];
}

describe.skipIf(!built)('the built package', () => {
  it('runs dist/cli.js as the demo does: a table on stdout, the summary on stderr, exit 0', async () => {
    const r = await node(['rank', 'data/karate.csv', '--top', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[2]).toMatch(/^ +1 +33 +John A\. .* +0\.10\d+$/);
    expect(r.stderr).toMatch(/^PageRank on data\/karate\.csv/);
  });

  it('exits 1 on bad input and 2 on bad usage from the real process', async () => {
    expect((await node(['rank', 'data/nope.csv'])).code).toBe(1);
    expect((await node(['rank', 'data/karate.csv', '--top', 'x'])).code).toBe(2);
    expect((await node([])).code).toBe(2);
  });

  it('a full stdout (ENOSPC) is one line on stderr and exit 1, no stack trace', async () => {
    const full = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('sh', ['-c', `"${process.execPath}" "${cli}" rank data/karate.csv -n all > /dev/full`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/^influence-score: cannot write the output \(ENOSPC: no space left on device\)$/m);
    expect(full.stderr).not.toMatch(/\n\s+at /);
  });

  it('a reader that goes away (| head -1, EPIPE) ends the command quietly', async () => {
    const r = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, 'rank', 'data/polblogs.csv.gz', '-n', 'all'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let first = '';
      child.stdout.once('data', (d) => {
        first = String(d).split('\n')[0];
        child.stdout.destroy();
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr, first }));
    });
    expect(r.first).toMatch(/^rank +node/);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/Error|\n\s+at /);
  });

  it('ships a browser-safe ESM entry: nothing dist/index.js loads imports node: builtins', () => {
    const files = distClosure(`${root}dist/index.js`);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from\s*["']node:|require\(["']node:|import\(["']node:/);
  });
});
