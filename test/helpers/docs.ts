/**
 * Reading the documentation (README.md, CONTRIBUTING.md and every Markdown page under docs/ except the
 * generated API reference) and running its code examples, as a reader would.
 *
 * Every ```ts / ```js block runs, unless the line before its fence marks it:
 * - `<!-- snippet: illustrative (why) -->`: shown, not run (a fragment, or data the repository lacks);
 * - `<!-- snippet: continues -->`: runs after the blocks before it in the same file, as one program
 *   (so a page can define `graph` once and use it in later blocks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

/** The repository root, with a trailing slash. */
export const ROOT = new URL('../../', import.meta.url);

/** Folders under docs/ that are generated or site machinery, not documentation anyone writes. */
const GENERATED = new Set(['.vitepress', 'reference', 'node_modules']);

/** The documentation's Markdown files, as paths from the repository root (`README.md`, `docs/guide/cli.md`, …). */
export function docFiles(): string[] {
  const files = ['README.md', 'CONTRIBUTING.md'].filter((f) => existsSync(new URL(f, ROOT)));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(new URL(dir, ROOT), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !GENERATED.has(entry.name)) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(relative('.', path));
    }
  };
  if (existsSync(new URL('docs', ROOT))) walk('docs');
  return files;
}

/** The text of one documentation file (path from the repository root). */
export function docText(file: string): string {
  return readFileSync(new URL(file, ROOT), 'utf8');
}

/**
 * The text under a heading (its own line included) up to the next heading of the same or a higher
 * level. `heading` is the heading's text without the `#`s; throws when the file has no such heading.
 */
export function docSection(file: string, heading: string): string {
  const lines = docText(file).split('\n');
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`${file} has no heading "${heading}"`);
  const level = /^#+/.exec(lines[start])![0].length;
  let end = start + 1;
  while (end < lines.length && !(/^#{1,6} /.test(lines[end]) && /^#+/.exec(lines[end])![0].length <= level)) end++;
  return lines.slice(start, end).join('\n');
}

/** One code block of the documentation. */
export interface DocSnippet {
  /** The file it is in, from the repository root; `continues` chains only within one file. */
  file: string;
  /** 1-based line of its opening fence. */
  line: number;
  code: string;
  mode: 'run' | 'continues' | 'illustrative';
  /** For illustrative blocks: why they do not run. */
  reason?: string;
}

/** Every ts/js block of the given files (default: every documentation file), in order, with how it runs. */
export function docSnippets(files: readonly string[] = docFiles()): DocSnippet[] {
  const snippets: DocSnippet[] = [];
  for (const file of files) {
    const lines = docText(file).split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(ts|js|typescript|javascript)\s*$/.test(lines[i])) continue;
      const end = lines.indexOf('```', i + 1);
      const marker = /^<!-- snippet: (illustrative|continues)(?: \((.+)\))? -->$/.exec(lines[i - 1] ?? '');
      snippets.push({
        file,
        line: i + 1,
        code: lines.slice(i + 1, end).join('\n'),
        mode: marker ? (marker[1] as 'continues' | 'illustrative') : 'run',
        ...(marker?.[2] ? { reason: marker[2] } : {}),
      });
      i = end;
    }
  }
  return snippets;
}

/** A runnable block with the blocks it continues: one program. */
export function programOf(snippet: DocSnippet, all: readonly DocSnippet[] = docSnippets([snippet.file])): string {
  const index = all.indexOf(snippet);
  let first = index;
  while (first > 0 && all[first].mode === 'continues' && all[first - 1].file === snippet.file) first--;
  return all
    .slice(first, index + 1)
    .filter((s) => s.mode !== 'illustrative')
    .map((s) => s.code)
    .join('\n');
}

const require = createRequire(import.meta.url);

/**
 * Compiles a documentation snippet and runs it against the sources (`influence-score` → src/index.ts,
 * `influence-score/node` → src/node.ts, `influence-score/report` → src/report.ts) from the repository
 * root with `console` stubbed. Imports stay at the top; the rest runs in an async function, so `await`
 * works as in an ES module.
 */
export async function runSnippet(code: string, console: Record<string, (...args: unknown[]) => void>): Promise<void> {
  const lines = code.split('\n');
  // An import may span lines: it ends at the line naming its module.
  const imports: string[] = [];
  const body: string[] = [];
  let inImport = false;
  for (const line of lines) {
    if (inImport || /^import\s/.test(line)) {
      imports.push(line);
      inImport = !/\bfrom\s+['"][^'"]+['"];?\s*$/.test(line);
    } else body.push(line);
  }
  const bundle = await build({
    stdin: { contents: `${imports.join('\n')}\nexport default async function main() {\n${body.join('\n')}\n}`, resolveDir: process.cwd(), loader: 'ts' },
    // The package resolves to the sources this test process already loaded: only the snippet is compiled.
    external: ['influence-score', 'influence-score/node', 'influence-score/report'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const packages: Record<string, unknown> = {
    'influence-score': await import('../../src/index.js'),
    'influence-score/node': await import('../../src/node.js'),
    'influence-score/report': await import('../../src/report.js'),
  };
  const requireFromSnippet = (id: string): unknown => packages[id] ?? require(id);
  const module = { exports: {} as { default?: () => Promise<void> } };
  runInNewContext(bundle.outputFiles[0].text, { module, exports: module.exports, require: requireFromSnippet, process, Buffer, performance, console, URL, TextDecoder, TextEncoder, setTimeout, clearTimeout, setImmediate, queueMicrotask, AbortController, AbortSignal, structuredClone });
  await module.exports.default!();
}
