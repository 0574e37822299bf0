import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The browser-safe core, the Node-only helpers (file loaders) and the HTML report are separate
    // entries, so a browser bundle never pulls in node:fs and the core never loads the plotting stack.
    // Observable Plot is ESM-only: require('influence-score/report') needs Node >= 20.19 (require(esm)).
    entry: { index: 'src/index.ts', node: 'src/node.ts', report: 'src/report.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:fs', 'node:zlib', 'node:path', 'node:process'],
    // csv-parse's browser entry is ESM-only; bundling it keeps require() working on Node < 20.19.
    noExternal: ['csv-parse'],
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
