import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBoundaryViolations } from './helpers/import-boundaries.js';

/** Every TypeScript source under src/, keyed by its path from the repository root. */
function sources(): Map<string, string> {
  const root = new URL('../', import.meta.url);
  const files = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return new Map(files.map((f) => [`src/${f.replaceAll('\\', '/')}`, readFileSync(new URL(`src/${f}`, root), 'utf8')]));
}

describe('import boundaries of src/', () => {
  it('every import points down the layers, stays out of other folders’ internal/, and keeps Node built-ins out of the browser core', () => {
    const src = sources();
    expect(src.size).toBeGreaterThan(100);
    expect(importBoundaryViolations(src)).toEqual([]);
  });

  it('names the file, the import and the broken rule for each kind of violation', () => {
    const planted = new Map([
      ['src/index.ts', "export * from './compose/rank.js';\nexport { a } from './scorers/trust/a.js';"],
      ['src/core/errors.ts', "import type { ScoringContext } from '../context/context.js';"],
      ['src/context/context.ts', "import { x } from '../core/errors.js';"],
      ['src/compose/rank.ts', "import { gzipSync } from 'node:zlib';\nimport { z } from 'zod';"],
      ['src/scorers/centrality/internal/solve.ts', "import { x } from '../../../core/errors.js';"],
      ['src/scorers/centrality/pagerank.ts', "import { s } from './internal/solve.js';"],
      ['src/scorers/trust/a.ts', "import { s } from '../centrality/internal/solve.js';\nconst fs = await import('fs');"],
      ['src/scorers/shared/kernel.ts', "import { p } from '../centrality/pagerank.js';"],
      ['src/node.ts', "import { readFileSync } from 'node:fs';\nexport * from './index.js';"],
      ['src/cli/main.ts', "import { rank } from '../index.js';\nimport { y } from './missing.js';"],
      ['src/helpers.ts', ''],
    ]);
    expect(importBoundaryViolations(planted).sort()).toEqual(
      [
        "src/core/errors.ts imports '../context/context.js': upward, core → context (imports point down: core → graph → context → scorers → compose → presets → research → threads → io → entry → report → cli)",
        "src/scorers/trust/a.ts imports '../centrality/internal/solve.js': src/scorers/centrality/internal/ is private to src/scorers/centrality/",
        "src/scorers/shared/kernel.ts imports '../centrality/pagerank.js': family-neutral scorer code imports the centrality family",
        "src/cli/main.ts imports './missing.js': no such source file",
        'src/helpers.ts: not in any layer (core → graph → context → scorers → compose → presets → research → threads → io → entry → report → cli); place it in one or add the layer to the rule',
        "src/compose/rank.ts imports 'node:zlib': a Node built-in in the browser core (reached by src/index.ts → src/compose/rank.ts); move it behind src/node.ts",
        "src/scorers/trust/a.ts imports 'fs': a Node built-in in the browser core (reached by src/index.ts → src/scorers/trust/a.ts); move it behind src/node.ts",
      ].sort(),
    );
  });
});
