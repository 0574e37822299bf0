import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { audienceOverlap, explainScore, pagerank, pickSlate } from '../../src/index.js';
import { loadGraph } from '../../src/node.js';

const world = 'data/brand-world.ndjson.gz';
const experts = ['acme', 'ai-expert-1', 'ai-expert-2', 'ai-expert-3'];

describe('influence-score overlap', () => {
  it('prints every pair with the figures the API gives, and the unique reach on stderr', async () => {
    const r = await run('overlap', world, '--accounts', experts.join(','), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const api = audienceOverlap(await loadGraph(world), experts);
    expect(out.rows).toHaveLength(6);
    expect(out.rows[0]).toEqual({ a: 'acme', b: 'ai-expert-1', size_a: api.pairs[0].sizeA, size_b: api.pairs[0].sizeB, shared: api.pairs[0].shared, overlap: api.pairs[0].overlap, jaccard: api.pairs[0].jaccard, unique_a: api.pairs[0].uniqueA, unique_b: api.pairs[0].uniqueB });
    expect(r.stderr).toMatch(/together 4 accounts reach \d+ distinct people/);
  });

  it('exits 2 naming the flag when fewer than two accounts are given, and 1 naming an unknown account', async () => {
    const few = await run('overlap', world, '--accounts', 'acme');
    expect([few.code, few.stderr]).toEqual([2, expect.stringContaining('--accounts needs at least 2')]);
    const unknown = await run('overlap', world, '--accounts', 'acme,nobody');
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('"nobody"')]);
  });
});

describe('influence-score slate', () => {
  it('lists the picks in order with what each adds, as pickSlate does', async () => {
    const candidates = ['ai-expert-1', 'ai-expert-2', 'ai-expert-3', 'cooking-expert-1', 'celebrity-1'];
    const r = await run('slate', world, '--candidates', candidates.join(','), '-k', '3', '--format', 'json');
    expect(r.code).toBe(0);
    const api = pickSlate(await loadGraph(world), candidates, { k: 3 });
    expect(JSON.parse(r.stdout).rows).toEqual(api.picks.map((p, i) => ({ pick: i + 1, node: p.key, adds: p.marginal, reach: p.reach, cost: p.cost })));
    expect(r.stderr).toContain('guaranteed ≥ 63%');
  });

  it('needs -k or a budget, and costs only with a budget', async () => {
    expect((await run('slate', world, '--candidates', 'acme')).stderr).toContain('needs -k');
    expect((await run('slate', world, '--candidates', 'acme', '-k', '1', '--costs', 'acme=2')).code).toBe(2);
  });
});

describe('influence-score explain', () => {
  it("prints the in-flows and teleport of an account's PageRank, with a sentence on stderr", async () => {
    const r = await run('explain', 'data/karate.csv', '--account', '33', '--top', '3', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const api = explainScore(await loadGraph('data/karate.csv'), pagerank(), '33', { top: 3 });
    expect(out.score).toBe(api.score);
    expect(out.rows.slice(0, 3).map((x: { source: string }) => x.source)).toEqual(api.sources.map((s) => s.key));
    expect(out.rows.at(-1).source).toBe('(teleport)');
    expect(r.stderr).toMatch(/^\d+% of 33's PageRank/);
  });

  it('exits 2 without --account and names an unsupported scorer', async () => {
    expect((await run('explain', 'data/karate.csv')).code).toBe(2);
    const r = await run('explain', 'data/karate.csv', '--account', '0', '--scorer', 'closeness');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('closeness');
  });
});
