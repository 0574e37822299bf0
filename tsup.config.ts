import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The browser-safe core and the Node-only helpers (file loaders) are separate entries,
    // so a browser bundle never pulls in node:fs.
    // The worker entry is what createThreadPool starts: dist/worker.js (ESM) beside dist/worker.cjs (CJS).
    entry: { index: 'src/index.ts', node: 'src/node.ts', worker: 'src/threads/worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:fs', 'node:zlib', 'node:path', 'node:process', 'node:os', 'node:worker_threads'],
    // csv-parse's browser entry is ESM-only; bundling it keeps require() working on Node < 20.19.
    noExternal: ['csv-parse'],
    // The thread pool finds its worker by __dirname in the CJS build and by import.meta.url in ESM;
    // the CJS build never reads import.meta.
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
    },
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
