import { describe, expect, it } from 'vitest';
import { InfluenceScoreError, parseEdgeCsv } from '../../src/index.js';
import { readmeSection as section, runReadmeSnippet } from '../helpers/readme.js';

describe('README', () => {
  it('gives exactly the two fresh-clone commands in the quick start', () => {
    const commands = section('quickstart').match(/^npm ci && npm run \w+|^npm ci && npm test/gm);
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });

  it('has a quick start of at most 10 lines that runs and ranks ada first', async () => {
    const code = /```ts\n([\s\S]*?)```/.exec(section('quickstart'))![1];
    expect(code.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    const tables: unknown[] = [];
    await runReadmeSnippet(code, { table: (rows: unknown) => tables.push(rows) });
    expect(tables).toHaveLength(1);
    expect((tables[0] as { node: string }[]).map((r) => r.node)).toEqual(['ada', 'bob', 'cy']);
  });

  it('shows the error format the CSV loader really produces', () => {
    let message = '';
    try {
      parseEdgeCsv('source,target,weight\na,b,1\nb,c,-2\nc,d,1\nd,,1\n');
    } catch (error) {
      if (error instanceof InfluenceScoreError) message = error.message;
    }
    const shown = /\/\/ (Invalid CSV[^\n]*)\n\/\/ ( {2}- [^\n]*)\n\/\/ ( {2}- [^\n]*)/.exec(section('graph'))!;
    expect(message).toBe(shown.slice(1).join('\n'));
  });
});
