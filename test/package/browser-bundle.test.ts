import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// The core must run in browsers: bundle it for the browser platform (which fails on any node:
// builtin) and run the bundle in a bare VM context that has no process, require or Buffer.
const entry = `
import Graph from 'graphology';
import { pagerank } from './src/index.ts';
const g = new Graph();
g.mergeEdge('fan1', 'star'); g.mergeEdge('fan2', 'star'); g.mergeEdge('star', 'fan1');
globalThis.result = pagerank().score(g).top(1)[0].key;
globalThis.hasProcess = typeof process !== 'undefined';
`;

describe('browser bundle', () => {
  it('bundles the core for the browser and scores a graph without Node globals', async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    expect(code).not.toMatch(/from ["']node:|require\(["']node:/);
    const sandbox: Record<string, unknown> = { performance, console };
    runInNewContext(code, sandbox);
    expect(sandbox.hasProcess).toBe(false);
    expect(sandbox.result).toBe('star');
  });
});
