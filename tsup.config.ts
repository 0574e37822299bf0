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
    // Node built-ins stay imports (only influence-score/node reaches them); csv-parse's streaming
    // parser, bundled for the Node entry's CSV fallback, imports `stream` unprefixed.
    external: ['node:fs', 'node:fs/promises', 'node:zlib', 'node:path', 'node:process', 'node:stream', 'node:v8', 'node:buffer', 'node:events', 'stream'],
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
