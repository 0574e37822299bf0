import { defineConfig } from 'vitest/config';

// `npm run test:clock` and `npm run test:stress`: the fast suite under a frozen and a leaping clock,
// and with ten times the fast-check cases. Slow by design; never part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', 'test/**/*.site.test.ts', 'node_modules/**'],
    setupFiles: [process.env.EXTREME === 'stress' ? 'test/helpers/fast-check-stress.ts' : 'test/helpers/clock-extremes.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
