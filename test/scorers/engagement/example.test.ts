import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The example imports the package by name ('influence-score'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../../dist/index.js', import.meta.url)));

describe.skipIf(!built)('examples/engagement-million-follower.ts', () => {
  it('shows, through a social graph, followers ≉ engagement rate and smoothing closer to the truth', async () => {
    const { run } = await import('../../../examples/engagement-million-follower.js');
    const f = run(3000, 7);
    expect(Math.abs(f.followersVsSmoothed)).toBeLessThan(0.05);
    expect(f.followersVsVolume).toBeGreaterThan(0.5);
    expect(f.smoothedVsTruth).toBeGreaterThan(f.rawVsTruth + 0.02);
    expect(f.topByFollowers.followers).toBeGreaterThan(f.topBySmoothed.followers);
  });
});
