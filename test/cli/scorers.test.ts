import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { SCORERS } from '../../src/cli/scorers.js';

// Scorers whose data (account ages, posts, topics, brand mentions) a bare edge list does not have,
// with the options they cannot be built without.
const NEEDS_MORE_DATA = new Set(['tenure', 'engagement-rate', 'topical-influence', 'advocacy']);
const REQUIRED: Record<string, string[]> = { 'topical-influence': ['--topic', 'ai'], advocacy: ['--brand', '0'] };

describe('the CLI scorer registry', () => {
  it.each([...SCORERS.keys()].filter((name) => !NEEDS_MORE_DATA.has(name)))('ranks the karate club with --scorer %s', async (name) => {
    const r = await run('rank', 'data/karate.csv', '--scorer', name, '--top', '3', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const { rows } = JSON.parse(r.stdout) as { rows: { rank: number; score: number }[] };
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3]);
    for (const row of rows) expect(Number.isFinite(row.score)).toBe(true);
  });

  it.each([...NEEDS_MORE_DATA])('exits 1 naming the missing data when --scorer %s lacks it', async (name) => {
    const r = await run('rank', 'data/karate.csv', '--scorer', name, ...(REQUIRED[name] ?? []));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/field "/);
  });
});
