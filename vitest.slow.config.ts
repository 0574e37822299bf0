import { defineConfig } from 'vitest/config';

// Heavy checks on the big networks (email-Enron, pgp-strong-2009), read from bench/data (in the repo,
// kept out of the npm tarball). `npm run test:slow` runs them; `npm test` never does.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
  },
});
