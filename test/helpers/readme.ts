/** Reading the README's marked sections and running their code examples, as a reader would. */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The text between `<!-- @section name` and `<!-- @end name -->`. */
export function readmeSection(name: string): string {
  return readme.slice(readme.indexOf(`<!-- @section ${name}`), readme.indexOf(`<!-- @end ${name} -->`));
}

/** Bundles a README snippet against the sources (as `influence-score`) and runs it with `console` stubbed. */
export async function runReadmeSnippet(code: string, console: Record<string, (...args: unknown[]) => void>): Promise<void> {
  const bundle = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    alias: { 'influence-score': './src/index.ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  runInNewContext(bundle.outputFiles[0].text, { performance, console });
}
