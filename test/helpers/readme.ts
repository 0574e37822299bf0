/**
 * Reading the README's marked sections and running their code examples, as a reader would.
 *
 * Every ```ts / ```js block of the README runs, unless the line before its fence marks it:
 * - `<!-- snippet: illustrative (why) -->`: shown, not run (a fragment, or data the repository lacks);
 * - `<!-- snippet: continues -->`: runs after the blocks before it in the same section, as one program
 *   (so a section can define `graph` once and use it in later blocks).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The text between `<!-- @section name` and `<!-- @end name -->`. */
export function readmeSection(name: string): string {
  return readme.slice(readme.indexOf(`<!-- @section ${name}`), readme.indexOf(`<!-- @end ${name} -->`));
}

/** One code block of the README. */
export interface ReadmeSnippet {
  /** The README section it is in (`compose`, `centrality`, …; `''` outside sections). */
  section: string;
  /** 1-based line of its opening fence. */
  line: number;
  code: string;
  mode: 'run' | 'continues' | 'illustrative';
  /** For illustrative blocks: why they do not run. */
  reason?: string;
}

/** Every ts/js block of the README, in order, with how it runs. */
export function readmeSnippets(): ReadmeSnippet[] {
  const lines = readme.split('\n');
  const snippets: ReadmeSnippet[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const start = /^<!-- @section (\S+)/.exec(lines[i]);
    if (start) section = start[1];
    if (/^<!-- @end /.test(lines[i])) section = '';
    if (!/^```(ts|js|typescript|javascript)\s*$/.test(lines[i])) continue;
    const end = lines.indexOf('```', i + 1);
    const marker = /^<!-- snippet: (illustrative|continues)(?: \((.+)\))? -->$/.exec(lines[i - 1] ?? '');
    snippets.push({
      section,
      line: i + 1,
      code: lines.slice(i + 1, end).join('\n'),
      mode: marker ? (marker[1] as 'continues' | 'illustrative') : 'run',
      ...(marker?.[2] ? { reason: marker[2] } : {}),
    });
    i = end;
  }
  return snippets;
}

/** A runnable block with the blocks it continues: one program. */
export function programOf(snippet: ReadmeSnippet, all: readonly ReadmeSnippet[] = readmeSnippets()): string {
  const index = all.indexOf(snippet);
  let first = index;
  while (first > 0 && all[first].mode === 'continues' && all[first - 1].section === snippet.section) first--;
  return all
    .slice(first, index + 1)
    .filter((s) => s.mode !== 'illustrative')
    .map((s) => s.code)
    .join('\n');
}

const require = createRequire(import.meta.url);

/**
 * Compiles a README snippet and runs it against the sources (`influence-score` → src/index.ts,
 * `influence-score/node` → src/node.ts, `influence-score/report` → src/report.ts) from the repository root with `console`
 * stubbed. Imports stay at the top; the rest runs in an async function, so `await` works as in an
 * ES module.
 */
export async function runReadmeSnippet(code: string, console: Record<string, (...args: unknown[]) => void>): Promise<void> {
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
