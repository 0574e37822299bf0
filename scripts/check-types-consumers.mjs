#!/usr/bin/env node
/**
 * Packaging bar: the packed tarball, installed into throwaway TypeScript projects the way users set
 * them up (node16 ESM, nodenext ESM, bundler ESM, CommonJS), type-checks with `skipLibCheck: false`,
 * and the loaders return graphs, not `any` (assigning one to `string` must fail to compile). Then the
 * built files run: Node ESM sees the CommonJS build's named exports, `require` works.
 *
 * Offline by design: the tarball is unpacked into each project's node_modules and every package it
 * declares (dependencies and peerDependencies, nothing else) is linked from this repository's
 * node_modules, so a type the package needs but does not declare fails here as it would for a user.
 * Run after `npm run build`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoModules = join(root, 'node_modules');
const work = mkdtempSync(join(tmpdir(), 'influence-score-consumers-'));
const failures = [];

const snippet = `
import { parseEdgeCsv, fromGraphologyJSON, buildSocialGraph, pagerank, rank, InfluenceScoreError } from 'influence-score';
import { loadGraph } from 'influence-score/node';

const csv = parseEdgeCsv('source,target\\na,b\\n');
const json = fromGraphologyJSON({ nodes: [{ key: 'a' }] });
const social = buildSocialGraph({ interactions: [{ from: 'a', to: 'b', type: 'share' }] });
const sizes: number[] = [csv.order, csv.size, json.order, social.order];
const first: string | undefined = csv.nodes()[0];
export async function main(): Promise<number> {
  const loaded = await loadGraph('edges.csv');
  const rows = rank(loaded, pagerank(), { top: 1 });
  const error: unknown = new InfluenceScoreError('INVALID_INPUT', 'x');
  return loaded.order + rows.length + sizes.length + (first ?? '').length + (error ? 0 : 1);
}
// @ts-expect-error a graph from parseEdgeCsv is not a string
export const notAString1: string = csv;
// @ts-expect-error a graph from fromGraphologyJSON is not a string
export const notAString2: string = json;
export async function notAString3(): Promise<string> {
  // @ts-expect-error a graph from loadGraph is not a string
  return await loadGraph('edges.csv');
}
`;

// A Node project: its own typescript and @types/node, nothing else beyond what the package declares.
const base = { strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', lib: ['ES2022'], types: ['node'] };
const consumerOwn = ['typescript', '@types/node'];
const projects = [
  { name: 'node16-esm', type: 'module', file: 'index.ts', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'nodenext-esm', type: 'module', file: 'index.ts', options: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'bundler-esm', type: 'module', file: 'index.ts', options: { module: 'esnext', moduleResolution: 'bundler' } },
  { name: 'commonjs', type: 'commonjs', file: 'index.ts', options: { module: 'node16', moduleResolution: 'node16' } },
];

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function check(label, fn) {
  try {
    await fn();
    console.log(`ok   ${label}`);
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message;
    failures.push(label);
    console.log(`FAIL ${label}\n${out.replace(/^/gm, '     ')}`);
  }
}

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--silent', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  run('tar', ['-xzf', tarball, '-C', unpacked], work);
  const pkg = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8'));
  const declared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

  for (const project of projects) {
    const dir = join(work, project.name);
    const modules = join(dir, 'node_modules');
    mkdirSync(modules, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', modules], work);
    run('mv', [join(modules, 'package'), join(modules, 'influence-score')], work);
    for (const name of [...declared, ...consumerOwn]) {
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(join(repoModules, name), join(modules, name), 'dir');
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${project.name}`, private: true, type: project.type }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, ...project.options }, files: [project.file] }));
    writeFileSync(join(dir, project.file), snippet);
  }
  // The compilers run side by side: each is single-threaded and most of this check's time.
  await Promise.all(
    projects.map((project) => {
      const dir = join(work, project.name);
      const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
      return check(`types: ${project.name} (skipLibCheck false; loaders typed)`, () => promisify(execFile)(process.execPath, [tsc, '-p', dir], { cwd: dir }));
    }),
  );

  const esm = join(work, 'node16-esm');
  await check('runtime: Node ESM sees named exports of dist/index.cjs and dist/node.cjs', () =>
    run(process.execPath, ['--input-type=module', '-e', `
      import { pagerank, parseEdgeCsv, rank } from '${pathToFileURL(join(esm, 'node_modules/influence-score/dist/index.cjs'))}';
      import { loadGraph } from '${pathToFileURL(join(esm, 'node_modules/influence-score/dist/node.cjs'))}';
      if (typeof loadGraph !== 'function') throw new Error('loadGraph missing');
      const rows = rank(parseEdgeCsv('source,target\\na,b\\n'), pagerank());
      if (rows[0].node !== 'b') throw new Error('unexpected ranking ' + JSON.stringify(rows));
    `], esm));
  await check('runtime: require() of the package and its node entry', () =>
    run(process.execPath, ['-e', `
      const { pagerank, parseEdgeCsv, rank } = require('influence-score');
      const { loadGraph } = require('influence-score/node');
      if (typeof loadGraph !== 'function') throw new Error('loadGraph missing');
      if (rank(parseEdgeCsv('source,target\\na,b\\n'), pagerank())[0].node !== 'b') throw new Error('unexpected ranking');
    `], join(work, 'commonjs')));
  await check('runtime: import of the package and its node entry', () =>
    run(process.execPath, ['--input-type=module', '-e', `
      import { pagerank, parseEdgeCsv, rank } from 'influence-score';
      import { loadGraph } from 'influence-score/node';
      if (typeof loadGraph !== 'function') throw new Error('loadGraph missing');
      if (rank(parseEdgeCsv('source,target\\na,b\\n'), pagerank())[0].node !== 'b') throw new Error('unexpected ranking');
    `], esm));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n${failures.length} packaging check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
