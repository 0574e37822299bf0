/**
 * The import-boundary rule of src/ (README, "Development"), checked over the import graph:
 * 1. Layers: core → graph → context → scorers → compose → presets → research → threads → io (Node-only file and stream readers) → entries (index.ts,
 *    node.ts) → report (src/report/ and its entry src/report.ts, which like the CLI use only the
 *    public API) → cli. A file imports only from its own layer or a layer to its left.
 * 2. A folder's `internal/` is private to that folder: no scorer family reaches into another's.
 *    Family-neutral scorer code (src/scorers/*.ts, src/scorers/shared/) imports no family at all.
 * 3. The browser core: nothing reachable from src/index.ts imports a Node built-in.
 * Imports are read with TypeScript's own pre-processor, so type-only, re-export and dynamic imports
 * all count.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

export const LAYERS = ['core', 'graph', 'context', 'scorers', 'compose', 'presets', 'research', 'threads', 'io', 'entry', 'report', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

/** The browser-safe entry and the Node-only one: both sit above every layer they export. */
const ENTRIES = new Set(['src/index.ts', 'src/node.ts']);
const BROWSER_ENTRY = 'src/index.ts';

/** The layer of a source file (paths relative to the repository root, with `/`), or undefined. */
export function layerOf(file: string): Layer | undefined {
  if (ENTRIES.has(file)) return 'entry';
  if (file === 'src/report.ts') return 'report';
  const top = file.split('/')[1];
  return (LAYERS as readonly string[]).includes(top) && top !== 'entry' && file.split('/').length > 2 ? (top as Layer) : undefined;
}

/** The scorer family a file belongs to (`centrality`, `trust`, ...), or undefined for family-neutral code. */
function familyOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[1] !== 'scorers' || parts.length < 4 || parts[2] === 'shared') return undefined;
  return parts[2];
}

function isBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || builtinModules.includes(spec) || builtinModules.includes(spec.split('/')[0]);
}

/** Every module specifier a file's text imports, re-exports or loads dynamically. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names (`./x.js` → `x.ts`), among `files`. */
function resolve(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  const stem = base.replace(/\.(js|ts|mjs|cjs)$/, '');
  return [base, `${stem}.ts`, `${stem}/index.ts`].find((f) => files.has(f));
}

/**
 * Violations of the rule in `sources` (path → text, paths like `src/core/errors.ts`), one line each:
 * the offending file, the import as written, and why it breaks the rule.
 */
export function importBoundaryViolations(sources: ReadonlyMap<string, string>): string[] {
  const files = new Set(sources.keys());
  const violations: string[] = [];
  const edges = new Map<string, { spec: string; target?: string }[]>();
  for (const [file, text] of sources) {
    const from = layerOf(file);
    if (from === undefined) violations.push(`${file}: not in any layer (${LAYERS.join(' → ')}); place it in one or add the layer to the rule`);
    const list: { spec: string; target?: string }[] = [];
    for (const spec of importsOf(text)) {
      // Bare specifiers are packages; `.json` files (package.json's version) are data, not layers.
      if (!spec.startsWith('.') || spec.endsWith('.json')) {
        list.push({ spec });
        continue;
      }
      const target = resolve(file, spec, files);
      list.push({ spec, target });
      if (target === undefined) {
        violations.push(`${file} imports '${spec}': no such source file`);
        continue;
      }
      const to = layerOf(target);
      if (from !== undefined && to !== undefined && LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
        violations.push(`${file} imports '${spec}': upward, ${from} → ${to} (imports point down: ${LAYERS.join(' → ')})`);
      }
      const internal = target.lastIndexOf('/internal/');
      if (internal >= 0 && !file.startsWith(target.slice(0, internal + 1))) {
        violations.push(`${file} imports '${spec}': ${target.slice(0, internal)}/internal/ is private to ${target.slice(0, internal)}/`);
      }
      if (file.startsWith('src/scorers/') && familyOf(file) === undefined && familyOf(target) !== undefined) {
        violations.push(`${file} imports '${spec}': family-neutral scorer code imports the ${familyOf(target)} family`);
      }
    }
    edges.set(file, list);
  }
  // The browser core: walk what src/index.ts reaches, remembering one path to each file.
  const via = new Map<string, string>([[BROWSER_ENTRY, BROWSER_ENTRY]]);
  const queue = sources.has(BROWSER_ENTRY) ? [BROWSER_ENTRY] : [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const { spec, target } of edges.get(file) ?? []) {
      if (target === undefined && isBuiltin(spec)) {
        violations.push(`${file} imports '${spec}': a Node built-in in the browser core (reached by ${via.get(file)}); move it behind src/node.ts`);
      } else if (target !== undefined && !via.has(target)) {
        via.set(target, `${via.get(file)} → ${target}`);
        queue.push(target);
      }
    }
  }
  return violations;
}
