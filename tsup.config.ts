import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'tsup';

const CJS_ENTRIES = ['dist/index.cjs', 'dist/node.cjs'];
const ANNOTATION = '// Annotate the CommonJS export names for ESM import in node:';

/**
 * esbuild writes the `0 && (module.exports = { ... })` hint that lets Node's ESM loader
 * (cjs-module-lexer) see a CommonJS file's named exports only for `platform: 'node'`. The core is
 * built for `neutral` (it runs in browsers), so the hint is added here, listing what the built file
 * exports: `import { pagerank } from '.../dist/index.cjs'` then works from Node ESM.
 */
function annotateCjsExports(): void {
  const require = createRequire(import.meta.url);
  for (const file of CJS_ENTRIES) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(ANNOTATION)) continue;
    const names = Object.keys(require(`./${file}`) as object).filter((name) => name !== '__esModule');
    const hint = `${ANNOTATION}\n0 && (module.exports = {\n${names.map((name) => `  ${name}`).join(',\n')}\n});\n`;
    const at = text.lastIndexOf('//# sourceMappingURL=');
    writeFileSync(file, at < 0 ? text + hint : text.slice(0, at) + hint + text.slice(at));
  }
}

export default defineConfig([
  {
    // The browser-safe core, the Node-only helpers (file loaders) and the HTML report are separate
    // entries, so a browser bundle never pulls in node:fs and the core never loads the plotting stack.
    // Observable Plot is ESM-only: require('influence-score/report') needs Node >= 20.19 (require(esm)).
    // The worker entry is what createThreadPool starts: dist/worker.js (ESM) beside dist/worker.cjs (CJS).
    entry: { index: 'src/index.ts', node: 'src/node.ts', report: 'src/report.ts', worker: 'src/threads/worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    // One core (#20): the CommonJS build splits the shared modules into chunks as the ESM build does,
    // so require('influence-score'), require('influence-score/node') and '/report' load one copy of
    // the core (one InfluenceScoreError, one ScoringContext class). `treeshake` hands the splitting
    // to rollup: tsup's own CJS splitting rewrites chunks with sucrase, which breaks `yield*` inside `??`.
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    // Node built-ins stay imports (only influence-score/node reaches them); csv-parse's streaming
    // parser, bundled for the Node entry's CSV fallback, imports `stream` unprefixed.
    external: ['node:fs', 'node:fs/promises', 'node:zlib', 'node:path', 'node:process', 'node:os', 'node:worker_threads', 'node:stream', 'node:v8', 'node:buffer', 'node:events', 'stream'],
    // csv-parse's browser entry is ESM-only; bundling it keeps require() working on Node < 20.19.
    noExternal: ['csv-parse'],
    // The thread pool finds its worker by __dirname in the CJS build and by import.meta.url in ESM;
    // the CJS build never reads import.meta.
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
    },
    onSuccess: async () => annotateCjsExports(),
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
