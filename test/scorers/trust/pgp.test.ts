import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The example imports the package by name ('influence-score'), which resolves to dist/: build first.
const built = existsSync(fileURLToPath(new URL('../../../dist/index.js', import.meta.url)));
const data = fileURLToPath(new URL('../../../bench/data', import.meta.url));

// The first 6,000 keys of pgp-strong-2009 and the signatures among them; the full web of trust is
// in pgp.slow.test.ts.
// The example is imported when the suite runs, not while it is collected: collection happens even
// for a skipped suite, and the import would fail the file before the build.
describe.skipIf(!built)('examples/trust-pgp.ts on a 6,000-key part of the PGP web of trust', () => {
  let graph: ReturnType<Awaited<typeof import('../../../examples/trust-pgp.js')>['loadPgp']>;
  let f: ReturnType<Awaited<typeof import('../../../examples/trust-pgp.js')>['analyzePgp']>;
  beforeAll(async () => {
    const { analyzePgp, loadPgp } = await import('../../../examples/trust-pgp.js');
    graph = loadPgp(data, 6000);
    f = analyzePgp(graph);
  }, 120_000);

  it('loads key creation as createdAt (ms) and not-valid keys as flagged', () => {
    expect(graph.order).toBe(6000);
    expect(graph.getNodeAttribute('0', 'createdAt')).toBe(862580583000);
    expect(graph.getNodeAttribute('73', 'flags')).toEqual(['invalid']);
    expect(f.status.invalid.count + f.status.valid.count).toBe(6000);
  });

  it('ranks by trust propagation differently from in-degree (tau well below 1)', () => {
    expect(f.trustRankConverged).toBe(true);
    expect(f.tau.trustRankVsInDegree).toBeGreaterThan(0);
    expect(f.tau.trustRankVsInDegree).toBeLessThan(0.8);
  });

  it('keeps a 100-key Sybil ring below the 90th percentile under trustRank, higher under PageRank', () => {
    for (const s of [f.sybil.ordinary, f.sybil.fromTopSeed]) {
      expect(s.fakeSeed).toBe(false);
      expect(s.trustRankPercentile).toBeLessThan(0.9);
      expect(s.pagerankPercentile).toBeGreaterThan(s.trustRankPercentile);
    }
  });
});
