import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { parseDuration, parseTime } from '../../src/cli/view-flags.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-view-'));
// b is mentioned by three accounts in January; d is liked by two accounts in March, heavily.
const csv = join(dir, 'social.csv');
writeFileSync(
  csv,
  [
    'source,target,weight,type,time',
    'a,b,1,mention,2024-01-02T00:00:00Z',
    'c,b,1,mention,2024-01-03T00:00:00Z',
    'e,b,1,mention,2024-01-04T00:00:00Z',
    'a,d,5,like,2024-03-01T00:00:00Z',
    'c,d,5,like,2024-03-02T00:00:00Z',
  ].join('\n'),
);

/** The ranked node ids of `rank … --format json`. */
async function ranked(...flags: string[]): Promise<string[]> {
  const r = await run('rank', csv, '--directed', '--no-meta', '-s', 'degree', '-p', 'weighted=true', '--format', 'json', ...flags);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { rows: { node: string }[] }).rows.map((row) => row.node);
}

describe('view flags of the file commands', () => {
  it('rank by every edge, weights included, puts the heavily liked account first', async () => {
    expect((await ranked())[0]).toBe('d');
  });

  it('--unweighted counts edges instead, so the most mentioned account leads', async () => {
    expect((await ranked('--unweighted'))[0]).toBe('b');
  });

  it('--relations keeps only the named edge types', async () => {
    const rows = await ranked('--relations', 'mention');
    expect(rows[0]).toBe('b');
    const r = await run('rank', csv, '--directed', '--no-meta', '-s', 'degree', '--relations', 'mention', '--format', 'json');
    expect(JSON.parse(r.stdout).input.view).toEqual({ relations: ['mention'] });
  });

  it('--since and --until keep the edges inside the window', async () => {
    expect((await ranked('--since', '2024-02-01'))[0]).toBe('d');
    expect((await ranked('--until', '2024-02-01'))[0]).toBe('b');
  });

  it('--half-life weighs old edges down relative to --as-of', async () => {
    // Two months after the likes, one-day half-life: the likes are nearly worthless, the mentions more so,
    // so compare within one type: the later like (from c) weighs more than the earlier (from a).
    const r = await run('rank', csv, '--directed', '--no-meta', '-s', 'degree', '-p', 'weighted=true', '-p', 'direction="out"', '--relations', 'like', '--half-life', '1d', '--as-of', '2024-03-02', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).rows as { node: string; score: number }[];
    expect(rows.map((row) => row.node).slice(0, 2)).toEqual(['c', 'a']);
    const score = Object.fromEntries(rows.map((row) => [row.node, row.score]));
    expect(score.a / score.c).toBeCloseTo(0.5, 12);
  });

  it.each([
    [['--since', 'last tuesday'], /--since must be an ISO 8601 date \(2024-01-31, or a date-time with Z or an offset\) or a number, got "last tuesday"/],
    [['--as-of', ''], /--as-of must be an ISO 8601 date .* or a number, got ""/],
    [['--half-life', 'soon'], /--half-life must be a positive duration such as 30d, 12h or 90m, got "soon"/],
    [['--half-life', '0d'], /--half-life must be a positive duration/],
    [['--relations', ' , '], /--relations needs at least one type/],
    [['--since', '2024-03-01', '--until', '2024-01-01'], /--since must not be after --until/],
  ])('bad view flags %j exit 2 naming the flag', async (flags, message) => {
    const r = await run('rank', csv, '--no-meta', ...flags);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('reads durations with units and times as numbers or ISO dates', () => {
    expect(parseDuration('half-life', '90m')).toBe(90 * 60_000);
    expect(parseDuration('half-life', '1.5h')).toBe(5_400_000);
    expect(parseDuration('half-life', '2w')).toBe(14 * 86_400_000);
    expect(parseDuration('half-life', '250')).toBe(250);
    expect(parseDuration('window', '1y')).toBe(365 * 86_400_000);
    expect(parseTime('since', '1700000000000')).toBe(1_700_000_000_000);
    expect(parseTime('since', '2024-01-31T00:00:00Z')).toBe(Date.UTC(2024, 0, 31));
  });
});
