import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The example imports the package by name ('influence-score'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)));

describe.skipIf(!built)('examples/precomputed-at-scale.ts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ranks accounts on an exported PageRank next to local engagement and trust, leaving out exported accounts that are not local', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
    const { run } = await import('../../examples/precomputed-at-scale.js');
    const result = await run();
    expect(result.top).toHaveLength(7);
    expect(result.notLocal).toEqual(['newsroom', 'cy', 'eve', 'gus', 'hal', 'jo', 'lee']);
    expect(Object.keys(result.top[0].parts!)).toEqual(['reach', 'engagement', 'responsiveness', 'tenure']);
    expect(result.top.every((r) => r.score >= 0 && r.score <= 100)).toBe(true);
    // ada leads the exported PageRank among local accounts and answers her mentions.
    expect(result.top[0].key).toBe('ada');
    expect(result.top[0].parts!.reach).toBe(Math.max(...result.top.map((r) => r.parts!.reach)));
  });
});
