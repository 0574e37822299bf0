// Hostile ids through every CLI output: CSV cells a spreadsheet would run, terminal escapes and line
// breaks in the aligned tables, and the stderr lines around them (issue #21, defects 6 and 7).
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { replaceXmlInvalid, xmlInvalidCharacters } from '../../src/core/output-safety.js';
import { brandWorld } from '../../src/index.js';
import { stdoutText } from '../../src/cli/output.js';
import { runCli } from '../helpers/cli.js';
import { HOSTILE_IDS, isFormula, TERMINAL_UNSAFE } from '../helpers/hostile-ids.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-hostile-'));
const quoted = (id: string): string => `"${id.replaceAll('"', '""')}"`;

// Every hostile id is followed by 30 plain accounts, so all of them rank at the top.
const edgesCsv = join(dir, 'hostile.csv');
const RESERVED = ['__proto__', 'constructor'];
writeFileSync(edgesCsv, ['source,target', ...RESERVED.map((id) => `p1,${id}`), ...HOSTILE_IDS.flatMap((id, i) => Array.from({ length: 30 }, (_, j) => `p${(i * 7 + j) % 40},${quoted(id)}`))].join('\n') + '\n');

// The bundled brand world with its advocates, detractors and rising accounts renamed to hostile ids.
const world = brandWorld({ seed: 7 });
const renamed = [...new Set([...world.truth.advocates, ...world.truth.detractors, ...world.truth.rising])].slice(0, HOSTILE_IDS.length);
let ndjson = world.toNdjson();
renamed.forEach((id, i) => (ndjson = ndjson.replaceAll(JSON.stringify(id), JSON.stringify(HOSTILE_IDS[i]))));
const worldFile = join(dir, 'hostile-world.ndjson.gz');
writeFileSync(worldFile, gzipSync(ndjson));

const commands: [string, string[]][] = [
  ['rank', ['rank', edgesCsv, '--top', 'all']],
  ['seeds', ['seeds', edgesCsv, '-k', String(HOSTILE_IDS.length), '--method', 'degree-discount', '--evaluation-runs', '10']],
  ['advocates', ['advocates', worldFile, '--brand', 'acme', '--top', 'all']],
  ['trend', ['trend', worldFile, '--scorer', 'pagerank', '--window', '60d', '--step', '30d', '--top', 'all']],
];

describe('hostile ids in CSV output', () => {
  it.each(commands)('%s --format csv: no cell a spreadsheet would run, and every hostile id reads back behind its quote', async (_name, argv) => {
    const r = await runCli(...argv, '--format', 'csv');
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(r.stdout) as string[][];
    const cells = rows.flat();
    expect(cells.filter(isFormula)).toEqual([]);
    const seen = HOSTILE_IDS.filter((id) => cells.includes(isFormula(id) ? `'${id}` : id));
    // At least the formula-looking ids came through (the brand world may leave some renamed accounts out of a list).
    expect(seen.filter(isFormula).length, `${seen.length} hostile ids seen`).toBeGreaterThanOrEqual(_name === 'rank' || _name === 'seeds' ? 6 : 1);
  });
});

describe('hostile ids in table output', () => {
  it.each(commands)('%s: no control or bidirectional character reaches the terminal, and each row stays one line', async (_name, argv) => {
    const r = await runCli(...argv);
    expect(r.code, r.stderr).toBe(0);
    for (const line of r.stdout.split('\n')) expect(TERMINAL_UNSAFE.test(line), JSON.stringify(line)).toBe(false);
    for (const line of r.stderr.split('\n')) expect(TERMINAL_UNSAFE.test(line), JSON.stringify(line)).toBe(false);
    if (_name === 'rank') {
      // 16 hostile ids and 40 plain accounts: a header, a rule and one line per node.
      expect(r.stdout.trimEnd().split('\n')).toHaveLength(2 + HOSTILE_IDS.length + RESERVED.length + 40);
      expect(r.stdout).toContain('\\x1b]0;pwned\\x07title');
      expect(r.stdout).toContain('two\\nlines');
    }
  });
});

describe('hostile ids in --export', () => {
  it.each(['gexf', 'graphml'])('rank --export x.%s writes a file a strict XML 1.0 parser reads, with the user\'s ids, and warns about the characters it replaced', async (ext) => {
    const out = join(dir, `scores.${ext}`);
    const r = await runCli('rank', edgesCsv, '--export', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: (GEXF|GraphML): /);
    expect(r.stderr).toMatch(/XML 1\.0 forbids, written as U\+FFFD/);
    const text = readFileSync(out, 'utf8');
    expect(xmlInvalidCharacters(text)).toEqual([]);
    const fail = (message: string): never => {
      throw new Error(message);
    };
    const doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml');
    const ids = new Set(Array.from(doc.getElementsByTagName('node'), (n) => n.getAttribute('id')));
    for (const id of [...RESERVED, ...HOSTILE_IDS]) expect(ids.has(replaceXmlInvalid(id)), JSON.stringify(id)).toBe(true);
  });
});

describe('CSV and JSON printed to a terminal', () => {
  it.each(['csv', 'json'])('--format %s: exact on a file or pipe, control characters escaped on a terminal', async (format) => {
    const r = await runCli('rank', edgesCsv, '--top', 'all', '--format', format);
    expect(r.code, r.stderr).toBe(0);
    expect(stdoutText(r.stdout, false)).toBe(r.stdout);
    const shown = stdoutText(r.stdout, true);
    for (const line of shown.split('\n')) expect(TERMINAL_UNSAFE.test(line), JSON.stringify(line)).toBe(false);
    // Only what a terminal would act on changed: every line of the file is there, in order.
    expect(shown.split('\n').length).toBe(r.stdout.split('\n').length);
  });
});
