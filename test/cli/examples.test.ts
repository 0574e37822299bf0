import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The example imports the package by name ('influence-score'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)));

describe.skipIf(!built)('examples/load-and-rank.ts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ranks the records example and the polblogs file', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
    const example = await import('../../examples/load-and-rank.js');
    expect(example.fromRecords()).toBe('ada');
    const top = await example.fromFile();
    expect(top).toHaveLength(5);
    expect(top[0]).toBe('154'); // dailykos.com: highest PageRank and in-degree
  });
});
