import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', 'test/**/*.site.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
