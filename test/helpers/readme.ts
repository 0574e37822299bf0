/**
 * The README's old section names, for tests written before the documentation moved to docs/guide/
 * (see test/helpers/docs.ts, which new tests should use). Each name now reads the page its text
 * moved to.
 */
import { existsSync } from 'node:fs';
import { docSection, docText, ROOT, runSnippet } from './docs.js';

/** Where each former `<!-- @section name -->` of the README lives now. */
const MOVED: Record<string, string | readonly string[]> = {
  quickstart: 'README.md#Quick start',
  graph: 'docs/guide/social-graph.md',
  'large-exports': ['docs/guide/large-exports.md', 'docs/guide/limits.md'],
  compose: ['docs/guide/composing.md', 'docs/guide/threads.md'],
  cli: 'docs/guide/cli.md',
  centrality: 'docs/guide/centrality.md',
  'weak-ties': 'docs/guide/weak-ties.md',
  engagement: 'docs/guide/engagement.md',
  trust: 'docs/guide/trust.md',
  brand: ['docs/guide/brand.md', 'docs/guide/time.md'],
  research: 'docs/guide/research.md',
  report: 'docs/guide/report.md',
  dependencies: 'docs/guide/dependencies.md',
};

/** The text that was the README section `name` (its page, or pages, today). */
export function readmeSection(name: string): string {
  const where = MOVED[name];
  if (!where) throw new Error(`no documentation section "${name}"`);
  return (typeof where === 'string' ? [where] : where)
    .filter((w) => existsSync(new URL(w.split('#')[0], ROOT)))
    .map((w) => (w.includes('#') ? docSection(w.split('#')[0], w.split('#')[1]) : docText(w)))
    .join('\n');
}

/** Runs a documentation snippet: see {@link runSnippet}. */
export const runReadmeSnippet = runSnippet;
