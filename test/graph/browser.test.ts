import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// The loaders are part of the browser-safe core: bundle them for the browser (esbuild fails on any
// node: import) and run them in a bare context without process, Buffer or require. csv-parse's
// Node entry needs the Buffer global, so the core uses its self-contained browser build.
const entry = `
import { parseEdgeCsv, parseNdjson, buildSocialGraph, fromGraphologyJSON, pagerank } from './src/index.ts';
const csv = parseEdgeCsv('\\ufeffsource,target,weight\\r\\n"x, y",star,2\\r\\nfan,star,1\\r\\n');
const nd = parseNdjson('{"kind":"follow","follower":"a","followee":"b"}');
const rec = buildSocialGraph({ interactions: [{ from: 'a', to: 'b', type: 'share', time: '2024-05-01T00:00:00Z' }] });
const json = fromGraphologyJSON(JSON.stringify(csv.export()));
globalThis.result = [pagerank().score(csv).top(1)[0].key, csv.nodes().join('|'), nd.size, rec.size, json.size];
globalThis.hasBuffer = typeof Buffer !== 'undefined';
`;

describe('loaders in a browser bundle', () => {
  it('parse CSV (quotes, BOM, CRLF), NDJSON, records and graphology JSON without Node globals', async () => {
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
    // Only what every browser has: the Web platform's performance, console and text codecs.
    const sandbox: Record<string, unknown> = { performance, console, TextEncoder, TextDecoder };
    runInNewContext(code, sandbox);
    expect(sandbox.hasBuffer).toBe(false);
    expect(sandbox.result).toEqual(['star', 'x, y|star|fan', 1, 1, 2]);
  });
});
