import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.js';
import { built, runExample } from './run-example.js';

describe.skipIf(!built)('every example, with the documented command (npx tsx examples/<name>.ts)', () => {
  it.each(Object.keys(EXAMPLES))('%s exits 0 and prints its result', async (name) => {
    const r = await runExample(name, EXAMPLES[name].args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(EXAMPLES[name].prints);
  });
});
