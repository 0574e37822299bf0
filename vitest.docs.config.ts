import { defineConfig } from 'vitest/config';

// `npm run test:docs`: the built documentation site (reference coverage, the home page in Chromium).
// It needs `npm run docs:build` first (the script runs it), which takes a minute or more on a loaded
// two-core machine, so `npm test` leaves it out; .ci/run runs it after `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.site.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
