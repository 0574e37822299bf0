import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The example imports the package by name ('influence-score/report'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../dist/report.js', import.meta.url)));

describe.skipIf(!built)('examples/marketing-report.ts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the report of the bundled brand world with every section, and a GEXF beside it', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const out = join(mkdtempSync(join(tmpdir(), 'influence-score-example-')), 'report.html');
    const example = await import('../../examples/marketing-report.js');
    await example.run(undefined, undefined, undefined, out);
    expect(lines[0]).toMatch(/^wrote .*report\.html \(\d+ KB\) and .*report\.gexf$/);
    expect(lines.some((l) => l.startsWith('not shown:'))).toBe(false);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Who moves the ai conversation</title>');
    expect(readFileSync(out.replace(/\.html$/, '.gexf'), 'utf8')).toContain('title="score_relevance"');
  });
});
