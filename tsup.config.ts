import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The browser-safe core and the Node-only helpers (file loaders) are separate entries,
    // so a browser bundle never pulls in node:fs.
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
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
