import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('<!-- @section engagement'), readme.indexOf('<!-- @end engagement -->'));

describe('README engagement section', () => {
  it('its code example runs and prints what its comments say', async () => {
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1];
    const bundle = await build({
      stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
      alias: { 'influence-score': './src/index.ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const logs: unknown[][] = [];
    runInNewContext(bundle.outputFiles[0].text, { performance, console: { log: (...args: unknown[]) => logs.push(args) } });
    expect(logs[0][0]).toEqual(['bob', 'ada']);
    const [raw, posts, engagements, exposure] = logs[1] as Float64Array[];
    expect(Array.from(raw)).toEqual([261 / 5000, 20 / 180, 0]);
    expect(Array.from(posts)).toEqual([1, 1, 0]);
    expect(Array.from(engagements)).toEqual([261, 20, 0]);
    expect(Array.from(exposure)).toEqual([5000, 180, 0]);
    expect(section).toContain('(20 + 1)/(180 + 31) = 9.95 %');
    expect(((21 / 211) * 100).toFixed(2)).toBe('9.95');
    expect(((262 / 5031) * 100).toFixed(2)).toBe('5.21');
  });
});
