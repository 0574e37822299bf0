import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The example imports the package by name ('influence-score'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../dist/index.js', import.meta.url)));

describe.skipIf(!built)('examples/compose-influencer-score.ts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ranks karate with a 0–100 composite, explains the leader and shows the geometric mean penalizing a weak part', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
    const { run } = await import('../../examples/compose-influencer-score.js');
    const result = await run();
    // The two faction leaders (Zachary 1977): the club president (33) and the instructor (0).
    expect(result.arithmetic.slice(0, 2).map((r) => r.key)).toEqual(['33', '0']);
    expect(result.arithmetic.every((r) => r.score >= 0 && r.score <= 100)).toBe(true);
    expect(Object.keys(result.arithmetic[0].parts!)).toEqual(['reach', 'ties', 'bridges']);
    expect(result.leaderDrivers[0]).toBe('reach');
    expect(result.biggestDrop.geometricRank).toBeGreaterThan(result.biggestDrop.arithmeticRank);
  });
});
