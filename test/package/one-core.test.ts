import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// These run the built artefacts, so they need `npm run build` first (`npm test` builds before testing).
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = ['index.cjs', 'node.cjs', 'report.cjs'].every((f) => existsSync(`${root}dist/${f}`));

interface Caught {
  thrown: boolean;
  typed?: boolean;
  code?: string;
}
interface Outcome {
  contextIsRootClass: boolean;
  top: [string, number][];
  graphTop: [string, number][];
  rootError: Caught;
  nodeError: Caught;
  reportError: Caught;
}

function runCjs(): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [`${root}test/fixtures/one-core.cjs`], { cwd: root }, (error, stdout, stderr) => {
      if (error) reject(new Error(`one-core.cjs failed: ${stderr}`));
      else resolve(JSON.parse(stdout) as Outcome);
    });
  });
}

/** The relative files a built CommonJS file requires. */
const localRequires = (file: string): string[] => [...readFileSync(`${root}dist/${file}`, 'utf8').matchAll(/require\(["']\.\/([^"']+)["']\)/g)].map((m) => m[1]);

describe.skipIf(!built)('one core in CommonJS (#20 item 1)', () => {
  it('a context from require("influence-score/node") is scored by the root rank and pagerank, as the graph of the same file is', async () => {
    const out = await runCjs();
    expect(out.contextIsRootClass).toBe(true);
    expect(out.top.map(([node]) => node)).toEqual(['33', '0', '32']);
    expect(out.top).toEqual(out.graphTop);
  });

  it('errors thrown from the root, node and report entries are all instanceof the root InfluenceScoreError', async () => {
    const out = await runCjs();
    expect(out.rootError).toEqual({ thrown: true, typed: true, code: 'INVALID_OPTION' });
    expect(out.nodeError).toEqual({ thrown: true, typed: true, code: 'INVALID_INPUT' });
    expect(out.reportError).toEqual({ thrown: true, typed: true, code: 'INVALID_OPTION' });
  });

  it('the node and report entries load the core from the same files the root entry loads, not a copy of their own', () => {
    const core = new Set(localRequires('index.cjs'));
    expect(core.size).toBeGreaterThan(0);
    for (const entry of ['node.cjs', 'report.cjs']) {
      const shared = localRequires(entry).filter((f) => core.has(f));
      expect(shared.length, entry).toBeGreaterThan(0);
      expect(readFileSync(`${root}dist/${entry}`, 'utf8'), entry).not.toMatch(/class InfluenceScoreError\b/);
    }
  });
});
