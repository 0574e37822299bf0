import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { createProgress } from '../../src/cli/progress.js';
import { maximizeInfluence } from '../../src/research/maximize-influence.js';
import { loadInput } from '../../src/cli/input.js';

const karate = 'data/karate.csv';

describe('influence-score compare', () => {
  it('prints a leaderboard with tau, overlap, seed spread and ε for each scorer, messages on stderr', async () => {
    const r = await run('compare', karate, '--scorers', 'degree,pagerank', '--truth', 'sir', '--beta', '0.1', '--runs', '200', '--seed', '3', '-k', '5', '--spread-runs', '200');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^scorer\s+kendall_tau\s+spearman_rho\s+top5_overlap\s+top5_jaccard\s+top5_spread\s+spread_se\s+eps_1pct\s+eps_5pct\s+eps_10pct$/);
    expect(lines.slice(2, 4).map((l) => l.split(/\s+/)[0]).sort()).toEqual(['degree', 'pagerank']);
    expect(lines[4]).toMatch(/^\(truth top-k\)/);
    expect(r.stderr).toMatch(/truth SIR beta=0.1 gamma=1, 200 runs × 34 nodes, seed 3/);
    expect(r.stderr).not.toMatch(/%/); // no progress bar: stderr is not a terminal
  });

  it('writes JSON with every row and picks a near-threshold beta when none is given', async () => {
    const r = await run('compare', karate, '-s', 'degree', '--runs', '20', '--sample', '10', '-f', 'json', '--spread-runs', '20');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { rows: { name: string; kendallTau: number | null }[]; truth: { nodes: number } };
    expect(out.rows[0].name).toBe('degree');
    expect(out.truth.nodes).toBe(10);
    expect(r.stderr).toMatch(/beta = 1.5 × <k>\/<k²>/);
  });

  it('rejects unknown scorers and bad numbers with exit code 2', async () => {
    expect((await run('compare', karate, '--scorers', 'nope')).code).toBe(2);
    expect((await run('compare', karate, '--scorers', 'degree', '--runs', 'x')).code).toBe(2);
    expect((await run('compare', karate, '--scorers', 'degree', '--beta', '3')).code).toBe(2);
  });
});

describe('influence-score seeds', () => {
  it('prints the IMM seed set with its spread and confidence interval, matching the library', async () => {
    const r = await run('seeds', karate, '-k', '3', '--model', 'ic', '--ic-p', '0.1', '--method', 'imm', '--seed', '5', '--evaluation-runs', '500');
    expect(r.code).toBe(0);
    const { graph } = await loadInput(karate);
    const lib = maximizeInfluence(graph, 3, { model: { type: 'ic', p: 0.1 }, method: 'imm', seed: 5, evaluationRuns: 500 });
    const printed = r.stdout.split('\n').filter((l) => /^\s+\d+\s/.test(l)).map((l) => l.trim().split(/\s+/)[1]);
    expect(printed).toEqual(lib.seeds);
    expect(r.stdout).toContain(`spread ${lib.spread.mean.toFixed(2)} ± ${lib.spread.stdError.toFixed(2)} (95% CI`);
  });

  it('--reuse-rr-sets runs the published IMM, as the library option does', async () => {
    const r = await run('seeds', karate, '-k', '3', '--model', 'ic', '--ic-p', '0.1', '--seed', '5', '--evaluation-runs', '100', '--reuse-rr-sets', '-f', 'json');
    expect(r.code).toBe(0);
    const { graph } = await loadInput(karate);
    const lib = maximizeInfluence(graph, 3, { model: { type: 'ic', p: 0.1 }, seed: 5, evaluationRuns: 100, reuseRrSets: true });
    const out = JSON.parse(r.stdout) as { seeds: string[]; details: { reuseRrSets: boolean; rrSets: number; rrSetsDrawn: number } };
    expect(out.seeds).toEqual(lib.seeds);
    expect(out.details.reuseRrSets).toBe(true);
    expect(out.details.rrSetsDrawn).toBe(out.details.rrSets);
  });

  it('supports csv output, CELF and the LT model; bad methods are usage errors', async () => {
    const r = await run('seeds', karate, '-k', '2', '--method', 'celf', '--model', 'lt', '--runs', '20', '-f', 'csv', '--evaluation-runs', '50');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^rank,node,(label,)?celf_spread,set_spread,set_spread_se,set_spread_ci_low,set_spread_ci_high,set_spread_runs$/);
    expect((await run('seeds', karate, '--method', 'magic')).code).toBe(2);
    expect((await run('seeds', karate, '--model', 'si', '--beta', '0.1')).code).toBe(2);
  });
});

describe('progress bar', () => {
  it('draws on a terminal and clears the line when done; stays silent otherwise', () => {
    let text = '';
    const io = { stdout: () => {}, stderr: (t: string) => (text += t) };
    const bar = createProgress(io, 'work', 'auto', true);
    bar.run?.onProgress?.(5, 10);
    bar.run?.onProgress?.(10, 10);
    bar.done();
    expect(text).toContain(' 50% work');
    expect(text).toContain('100% work');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
    const quiet = createProgress(io, 'work', 'auto', false);
    expect(quiet.run).toBeUndefined();
  });
});
