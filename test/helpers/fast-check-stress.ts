/**
 * Setup for `npm run test:stress`: every fast-check property runs FC_FACTOR (default 10) times its
 * usual number of cases, with fresh random seeds, to find the rare counterexample that would make a
 * property fail once in many `npm test` runs. A failure prints its seed and shrunk counterexample.
 */
import { vi } from 'vitest';

vi.mock('fast-check', async (importOriginal) => {
  const fc = (await importOriginal()) as Record<string, unknown> & { default: Record<string, unknown> };
  const factor = Number(process.env.FC_FACTOR ?? 10);
  const assert = fc.assert as (property: unknown, params?: { numRuns?: number }) => unknown;
  const scaled = (property: unknown, params?: { numRuns?: number }): unknown => assert(property, { ...params, numRuns: (params?.numRuns ?? 100) * factor });
  return { ...fc, assert: scaled, default: { ...fc.default, assert: scaled } };
});
