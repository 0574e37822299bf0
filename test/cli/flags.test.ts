import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { resolveScorerName, SCORERS } from '../../src/cli/scorers.js';
import * as api from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-flags-'));
const KARATE = 'data/karate.csv';
const FAST_COMPARE = ['--runs', '20', '--spread-runs', '20', '-k', '3', '--seed', '1'];

async function usage(...argv: string[]): Promise<string> {
  const r = await run(...argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  return r.stderr;
}

describe('-p means --param in every command', () => {
  it('compare passes scorer parameters: bare to every scorer, scorer.key to one', async () => {
    const json = async (...flags: string[]) => JSON.parse((await run('compare', KARATE, '-s', 'pagerank,katz', ...FAST_COMPARE, '-f', 'json', ...flags)).stdout);
    const out = await json('-p', 'pagerank.alpha=0.5', '--param', 'weighted=true', '-p', 'katz.beta=2');
    expect(out.scorers.pagerank.params).toMatchObject({ alpha: 0.5, weighted: true });
    expect(out.scorers.katz.params).toMatchObject({ weighted: true, beta: 2 });
    expect(out.scorers.katz.params.alpha).not.toBe(0.5);
  });

  it('compare refuses a parameter a scorer does not take, naming the scorer', async () => {
    expect(await usage('compare', KARATE, '-s', 'degree,pagerank', '-p', 'alpha=0.9')).toMatch(/Invalid options for degree/);
    expect(await usage('compare', KARATE, '-s', 'degree', '-p', 'katz.alpha=0.1')).toMatch(/--param katz\.alpha: katz is not among the scorers \(degree\)/);
  });

  it('the old IC probability spellings point to --ic-p', async () => {
    expect(await usage('compare', KARATE, '-s', 'degree', '--truth', 'ic', '-p', '0.1')).toMatch(/--param expects \[scorer\.\]key=value, got "0\.1" \(the IC activation probability is --ic-p\)/);
    expect(await usage('seeds', KARATE, '--p', '0.1')).toMatch(/Unknown option '--p'; it is now --ic-p/);
    expect(await usage('seeds', KARATE, '-p', '0.1')).toMatch(/Unknown option '-p'; it is now --ic-p/);
  });

  it('seeds reads --ic-p as the IC probability', async () => {
    const r = await run('seeds', KARATE, '-k', '2', '--method', 'degree-discount', '--ic-p', '0.05', '--evaluation-runs', '10', '-f', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).model).toMatchObject({ type: 'ic', p: 0.05 });
  });
});

describe('flags that do not apply are refused', () => {
  it.each([
    [['seeds', KARATE, '--model', 'lt', '--beta', '0.1'], /--beta does not apply to --model lt \(only to sir, si\)/],
    [['seeds', KARATE, '--ic-p', '0.1', '--model', 'sir', '--beta', '0.1'], /--ic-p does not apply to --model sir \(only to ic\)/],
    [['seeds', KARATE, '--weights', 'weighted'], /--weights does not apply to --model ic \(only to lt\)/],
    [['seeds', KARATE, '--probability', 'weighted-cascade', '--ic-p', '0.2'], /--ic-p does not apply to --probability weighted-cascade \(only to uniform\)/],
    [['seeds', KARATE, '--attribute', 'p'], /--attribute does not apply to --probability uniform \(only to attribute\)/],
    [['seeds', KARATE, '--method', 'celf', '--epsilon', '0.2'], /--epsilon does not apply to --method celf \(only to imm\)/],
    [['seeds', KARATE, '--method', 'imm', '--runs', '10'], /--runs does not apply to --method imm \(only to celf\)/],
    [['seeds', KARATE, '--method', 'degree-discount', '--reuse-rr-sets'], /--reuse-rr-sets does not apply to --method degree-discount/],
    [['compare', KARATE, '-s', 'degree', '--ic-p', '0.1'], /--ic-p does not apply to --truth sir \(only to ic\)/],
    [['compare', KARATE, '-s', 'degree', '--truth', 'ic', '--gamma', '0.5'], /--gamma does not apply to --truth ic \(only to sir\)/],
  ])('%j', async (argv, message) => {
    expect(await usage(...argv)).toMatch(message);
  });

  it('a word outside its list gets the closest one', async () => {
    expect(await usage('seeds', KARATE, '--method', 'cefl')).toMatch(/--method must be one of imm, celf, degree-discount, got "cefl"; did you mean "celf"\?/);
    expect(await usage('seeds', KARATE, '--model', 'sri')).toMatch(/--model must be one of ic, lt, sir, si, got "sri"; did you mean "sir"\?/);
    expect(await usage('rank', KARATE, '-f', 'jsn')).toMatch(/--format must be one of table, csv, json, got "jsn"; did you mean "json"\?/);
  });

  it('an unknown command gets the closest command', async () => {
    const r = await run('rnak', KARATE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^influence-score: unknown command "rnak"; did you mean "rank"\?$/m);
  });

  it('an unknown option gets the closest option of the command', async () => {
    expect(await usage('rank', KARATE, '--sine', '2024-01-01')).toMatch(/Unknown option '--sine'; did you mean --since\?/);
    expect(await usage('seeds', KARATE, '--epsilom', '0.1')).toMatch(/did you mean --epsilon\?/);
  });
});

describe('scorer names: the scorer ids, with the API spellings accepted', () => {
  it('every CLI name is the id of the scorer it builds, or the stem of a family of ids (hits-authority/hits-hub)', () => {
    // bridging's id names the measure it computes (participation by default, weak-communities).
    const FAMILY_IDS = new Map([['bridging', 'participation']]);
    // The brand scorers cannot be built without their topic or brand.
    const required: Record<string, Record<string, unknown>> = { 'topical-influence': { topic: 'ai' }, advocacy: { brand: 'acme' } };
    for (const name of SCORERS.keys()) {
      const id = SCORERS.get(name)!.create({ params: required[name] ?? {}, view: undefined }).id;
      if (FAMILY_IDS.has(name)) expect(id).toBe(FAMILY_IDS.get(name));
      else expect(id === name || id.startsWith(`${name}-`), `${name} builds ${id}`).toBe(true);
    }
  });

  it('resolves every exported factory name to its CLI name', () => {
    const factories = ['voteRank', 'trustRank', 'eigenTrust', 'collectiveInfluence', 'weakTieReach', 'effectiveSize', 'engagementRate', 'pagerank'] as const;
    for (const factory of factories) {
      expect(typeof api[factory]).toBe('function');
      const name = resolveScorerName(factory);
      expect(SCORERS.get(name)!.create({ params: {}, view: undefined }).id).toBe(api[factory]().id);
    }
    expect(resolveScorerName('TRUST_RANK')).toBe('trust-rank');
    expect(resolveScorerName('eigentrust')).toBe('eigen-trust');
    expect(resolveScorerName('engagement')).toBe('engagement-rate');
  });

  it('ranks by the API spelling as by the CLI name', async () => {
    const a = await run('rank', KARATE, '-s', 'voteRank', '-f', 'csv', '-n', '5');
    const b = await run('rank', KARATE, '-s', 'voterank', '-f', 'csv', '-n', '5');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it.each([
    ['pagerenk', 'pagerank'],
    ['trustrenk', 'trust-rank'],
    ['betweeness', 'betweenness'],
  ])('suggests a close name for %s', async (typo, suggestion) => {
    expect(await usage('rank', KARATE, '-s', typo)).toContain(`unknown scorer "${typo}"; did you mean "${suggestion}"?`);
    expect(await usage('compare', KARATE, '-s', `degree,${typo}`)).toContain(`did you mean "${suggestion}"?`);
  });

  it('lists the names without a guess when nothing is close', async () => {
    expect(await usage('rank', KARATE, '-s', 'klout')).toMatch(/unknown scorer "klout" \(known: pagerank, degree/);
  });
});

describe('time flags need a zone', () => {
  it.each(['2024-01-01T10:00', '2024-01-01T10:00:00', '2024-01-01 10:00'])('refuses the zone-less %s (it would depend on TZ)', async (time) => {
    expect(await usage('rank', KARATE, '--since', time)).toMatch(/--since ".*" has no time zone; add Z for UTC or an offset/);
  });

  it('accepts Z and offsets', async () => {
    for (const time of ['2024-01-01T10:00Z', '2024-01-01T10:00+02:00', '2024-01-01']) expect((await run('rank', KARATE, '--until', time, '-n', '1')).code).toBe(0);
  });
});

describe('machine formats carry full precision and only data', () => {
  it('compare --format csv: one row per scorer, every digit, the same numbers as JSON', async () => {
    const csv = await run('compare', KARATE, '-s', 'degree,pagerank', ...FAST_COMPARE, '-f', 'csv');
    const json = JSON.parse((await run('compare', KARATE, '-s', 'degree,pagerank', ...FAST_COMPARE, '-f', 'json')).stdout);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.scorer)).toEqual(json.rows.map((r: { name: string }) => r.name));
    rows.forEach((row, i) => {
      expect(Number(row.kendall_tau)).toBe(json.rows[i].kendallTau);
      expect(Number(row.top3_spread)).toBe(json.rows[i].seedSet.mean);
      expect(Number(row.spread_se)).toBe(json.rows[i].seedSet.stdError);
    });
  });

  it('seeds --format csv carries the seed set spread with its interval on every row', async () => {
    const csv = await run('seeds', KARATE, '-k', '3', '--method', 'degree-discount', '--evaluation-runs', '50', '-f', 'csv');
    const json = JSON.parse((await run('seeds', KARATE, '-k', '3', '--method', 'degree-discount', '--evaluation-runs', '50', '-f', 'json')).stdout);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.node)).toEqual(json.seeds);
    for (const row of rows) {
      expect(Number(row.set_spread)).toBe(json.spread.mean);
      expect(Number(row.set_spread_se)).toBe(json.spread.stdError);
      expect([Number(row.set_spread_ci_low), Number(row.set_spread_ci_high)]).toEqual(json.spread.ci);
      expect(Number(row.set_spread_runs)).toBe(50);
    }
  });
});

describe('silent results become warnings or refusals', () => {
  it('rank warns on stderr and in JSON when the view keeps no edge', async () => {
    const r = await run('rank', KARATE, '--since', '2030-01-01', '-f', 'json', '-n', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: the view keeps 0 of 78 edges \(78 outside the window 2030-01-01T00:00:00\.000Z … ∞ \(78 have no time\)\)/m);
    expect(JSON.parse(r.stdout).meta.warnings[0]).toEqual({ code: 'EMPTY_VIEW', message: expect.stringMatching(/the view keeps 0 of 78 edges/) });
  });

  it('rank suggests the existing type for a misspelt --relations', async () => {
    const path = join(dir, 'typed.csv');
    writeFileSync(path, 'source,target,type\na,b,mention\nb,c,mention\nc,a,follow\n');
    const r = await run('rank', path, '--relations', 'mentions');
    expect(r.stderr).toMatch(/^warning: relation "mentions" matches no edge \(edge types present: mention \(2\), follow \(1\)\); did you mean "mention"\?$/m);
    expect(r.stderr).toMatch(/^warning: the view keeps 0 of 3 edges/m);
  });

  it("compare passes on each scorer's own warnings, named", async () => {
    const r = await run('compare', KARATE, '-s', 'pagerank,degree', '-p', 'pagerank.maxIterations=2', ...FAST_COMPARE);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: pagerank: PageRank did not converge in 2 iterations$/m);
  });

  it('compare refuses a view without edges instead of printing NaN', async () => {
    const r = await run('compare', KARATE, '-s', 'degree', '--since', '2030-01-01', ...FAST_COMPARE);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/compare needs edges: the view keeps 0 of 78 edges/);
  });

  it('compare warns when the spreading power is the same for every node (NaN correlations)', async () => {
    const path = join(dir, 'pair.csv');
    writeFileSync(path, 'source,target\na,b\nc,d\n');
    const r = await run('compare', path, '--undirected', '-s', 'degree', '--truth', 'sir', '--beta', '1', '-k', '1', '--runs', '5', '--spread-runs', '5');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: every node has the same spreading power \(2\), so Kendall tau and Spearman rho are undefined \(NaN\)/m);
  });

  it.each([
    [['seeds', KARATE, '-k', '500'], /-k 500 exceeds the 34 nodes of data\/karate\.csv/],
    [['compare', KARATE, '-s', 'degree', '-k', '35'], /-k 35 exceeds the 34 nodes/],
    [['compare', KARATE, '-s', 'degree', '--sample', '100'], /--sample 100 exceeds the 34 nodes/],
    [['seeds', KARATE, '-k', '0'], /-k must be at least 1, got 0/],
  ])('refuses %j with the reason', async (argv, message) => {
    expect(await usage(...argv)).toMatch(message);
  });

  it('an absurd node count in a sidecar is one line naming the field, exit 1', async () => {
    const meta = join(dir, 'huge.json');
    writeFileSync(meta, '{"nodes": 1e12}');
    const r = await run('rank', KARATE, '--meta', meta);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/field "nodes": 1,000,000,000,000 nodes is more than the 10,000,000 a sidecar may declare/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('unexpected failures', () => {
  it('are one line asking for a report, without a stack trace', async () => {
    const { vi } = await import('vitest');
    const { rankCommand } = await import('../../src/cli/rank.js');
    const spy = vi.spyOn(rankCommand, 'run').mockRejectedValue(new RangeError('Invalid array length'));
    try {
      const r = await run('rank', KARATE);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('influence-score rank: internal error (RangeError: Invalid array length); please report it with the command line (INFLUENCE_SCORE_DEBUG=1 prints the stack)\n');
    } finally {
      spy.mockRestore();
    }
  });
});
