import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { built, root, runExample } from './run-example.js';

/**
 * Every example runs with its documented command on the Node version `engines` promises (20), and
 * prints what it is about. Arguments shrink the two that read big data to bundled small data; the
 * PGP one reads the 40k-key bench/data file even when limited, so it runs in run.slow.test.ts.
 */
const RUNS: Record<string, { args?: string[]; prints: RegExp } | { skip: string }> = {
  'load-and-rank': { prints: /│ 1 +│ 'ada' │/ },
  'compose-influencer-score': { prints: /^member \d+ — ties: \d+/m },
  'weak-ties-bridges': { prints: /^\d+ ties, \d+ weak/m },
  'engagement-million-follower': { prints: /^Kendall τ\(smoothed rate, true rate\) += 0\.\d+/m },
  'centrality-polblogs': { prints: /^pagerank +154, 54, 1050/m },
  'research-kitsak': { args: ['34', '20', '1', '1.5', 'data/karate.csv'], prints: /^\| degree \| 0\.\d+ \|/m },
  'precomputed-at-scale': { prints: /^\d+ exported accounts are not in the local data: newsroom/m },
  'trust-pgp': { skip: 'reads bench/data/pgp-strong-2009 (40k keys, ~10 s even limited to 2,000 keys): run.slow.test.ts' },
};

describe.skipIf(!built)('examples/*.ts run with `npx tsx` on Node 20', () => {
  it('lists every example of the directory here', () => {
    const names = readdirSync(`${root}examples`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    expect(names.sort()).toEqual(Object.keys(RUNS).sort());
  });

  it.concurrent.each(Object.entries(RUNS).filter(([, run]) => !('skip' in run)))('%s exits 0 and prints its result', async (name, run) => {
    if ('skip' in run) return;
    const r = await runExample(name, run.args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(run.prints);
  });
});
