import { defineConfig } from 'vitest/config';

// Heavy checks on the big networks (email-Enron, pgp-strong-2009). They read ../shared/data when
// present and skip otherwise, so `npm run test:slow` is for maintainers, not for `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
  },
});
