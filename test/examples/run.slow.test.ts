import { describe, expect, it } from 'vitest';
import { built, runExample } from './run-example.js';

describe.skipIf(!built)('examples that read bench/data, with the documented command', () => {
  it('trust-pgp on the first 2,000 keys', async () => {
    const r = await runExample('trust-pgp', ['2000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^pgp-strong-2009: 2000 keys/m);
  });
});
