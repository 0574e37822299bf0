import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The example imports the package by name ('influence-score'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../../dist/index.js', import.meta.url)));

describe.skipIf(!built)('examples/centrality-polblogs.ts', () => {
  it('scores polblogs with every centrality from one context; iterative measures converge', async () => {
    const { run } = await import('../../../examples/centrality-polblogs.js');
    const { rows, spreaders, katzAlpha } = run();
    expect(rows.map((r) => r.id)).toEqual([
      'degree', 'pagerank', 'eigenvector', 'katz', 'hits-authority', 'hits-hub', 'closeness', 'harmonic', 'coreness', 'collective-influence', 'voterank',
    ]);
    for (const r of rows) if (r.converged !== undefined) expect(r.converged).toBe(true);
    expect(katzAlpha).toBeCloseTo(0.5 / 34.421887428085256, 8);
    expect(spreaders).toHaveLength(20);
    // Hubs cite, authorities are cited: the hub ranking shares almost nothing with citations received.
    const overlap = new Map(rows.map((r) => [r.id, r.overlapWithInDegree]));
    expect(overlap.get('degree')).toBe(1);
    expect(overlap.get('hits-hub')!).toBeLessThan(overlap.get('hits-authority')!);
  });
});
