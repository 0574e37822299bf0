/** #20 items 2–5 on the command line: renamed columns, topics on the columnar path, posts and accounts tables, progress. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-data-flags-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const follows = file('follows.csv', 'user_id,follows_user_id,created_at\nu1,u2,1700000000000\nu3,u2,1700000100000\nu2,u4,1700000200000\n');

describe('--columns', () => {
  it('renames the role columns on every command that reads a file', async () => {
    const flag = ['--columns', 'source=user_id,target=follows_user_id,time=created_at'];
    const ranked = await run('rank', follows, ...flag, '--format', 'json');
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.stdout).rows[0].node).toBe('u4');
    // trend and advocates read the renamed header (what they then find in three follows is theirs to say).
    for (const r of [await run('trend', follows, ...flag, '--window', '60s', '--step', '60s'), await run('advocates', follows, ...flag, '--brand', 'u2')]) {
      expect(r.stderr).toMatch(/follows\.csv: .*windows|names the brand/);
      expect(r.stderr).not.toMatch(/has no "source" column/);
    }
  });

  it('without it, the missing-column error names the header it found and the flag that fixes it', async () => {
    const r = await run('rank', follows);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/found "user_id","follows_user_id","created_at"/);
    expect(r.stderr).toMatch(/--columns source=NAME/);
  });

  it('refuses an unknown role with the list of roles', async () => {
    const r = await run('rank', follows, '--columns', 'from=user_id');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown role "from"; the roles are source, target, weight, type, time, topics, sentiment/);
  });

  it('is read from a sidecar "columns" entry', async () => {
    const csv = file('renamed.csv', 'a,b\nx,y\nz,y\n');
    file('renamed.json', JSON.stringify({ columns: { source: 'a', target: 'b' } }));
    const r = await run('rank', csv, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows[0].node).toBe('y');
  });
});

describe('topics and sentiment on the columnar path', () => {
  it('rank --scorer topical-influence reads the topics column of a CSV', async () => {
    const csv = file('topics.csv', 'source,target,type,topics,sentiment\na,b,mention,coffee,0.5\nb,c,share,coffee;tea,0.2\nc,a,reply,tea,-0.3\nd,b,mention,coffee,0.9\n');
    const r = await run('rank', csv, '--scorer', 'topical-influence', '--topic', 'coffee', '--format', 'json');
    expect(r.stderr).not.toMatch(/no .*topics|needs content/);
    expect(r.code).toBe(0);
    const adv = await run('advocates', csv, '--brand-topics', 'coffee', '--format', 'json');
    expect(adv.code).toBe(0);
    expect(adv.stderr).toMatch(/[1-9]\d* pieces of evidence/);
  });
});

describe('--posts and --accounts', () => {
  it('join a posts table and an accounts table to the graph file', async () => {
    const edges = file('edges.ndjson', ['{"kind":"follow","follower":"b","followee":"a"}', '{"kind":"interaction","from":"c","to":"a","type":"like","post":"p1"}'].join('\n'));
    const posts = file('posts.csv', 'id,author,time,topics,likes\np1,a,2024-01-02,coffee,10\n');
    const accounts = file('accounts.csv', 'id,followers\na,1000\nb,5\nc,3\n');
    const r = await run('rank', edges, '--posts', posts, '--accounts', accounts, '--scorer', 'engagement', '--format', 'json');
    expect(r.code).toBe(0);
    const bad = await run('rank', edges, '--posts', file('bad-posts.csv', 'id,author,time,likes\np1,a,2024-01-02,many\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad-posts\.csv/);
    expect(bad.stderr).toMatch(/line 2/);
    expect(bad.stderr).toMatch(/likes/);
  });
});

describe('progress', () => {
  it('--progress prints plain lines for the load and the scoring phase when stderr is not a terminal; --quiet prints none', async () => {
    const r = await run('rank', 'data/karate.csv', '--progress');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^progress: loading data\/karate\.csv\n/m);
    expect(r.stderr).toMatch(/^progress: loading data\/karate\.csv 100%$/m);
    expect(r.stderr).toMatch(/^progress: scoring PageRank$/m);
    const quiet = await run('rank', 'data/karate.csv', '--quiet');
    expect(quiet.stderr).not.toMatch(/progress/);
    const plain = await run('rank', 'data/karate.csv');
    expect(plain.stderr).not.toMatch(/progress:/);
    expect((await run('rank', 'data/karate.csv', '--quiet', '--progress')).code).toBe(2);
  });
});
