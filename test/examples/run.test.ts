import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.js';
import { built, root, runExample } from './run-example.js';

/**
 * The examples run with one documented command on the Node version `engines` promises (20):
 * `npx tsx examples/<name>.ts`. Here: every example documents it, and the two whose code no other
 * fast test runs (weak-ties-bridges; research-kitsak, a top-level script, on karate) run that way.
 * run.slow.test.ts runs every example with it: seven tsx processes take 30 s and more on a loaded
 * two-core machine, too long for `npm test`; the others' functions are run by their own tests
 * (test/cli/examples.test.ts, test/compose/example.test.ts, test/scorers/… /example.test.ts, pgp.test.ts).
 */
const names = readdirSync(`${root}examples`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

describe('examples/*.ts run with `npx tsx` on Node 20', () => {
  it('lists every example of the directory in the test table', () => {
    expect(names.sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(names)('%s documents the one command that runs it', (name) => {
    const header = readFileSync(`${root}examples/${name}.ts`, 'utf8').split('*/')[0];
    expect(header).toContain(`npx tsx examples/${name}.ts`);
    expect(header).not.toMatch(/experimental-strip-types/);
  });

  it.skipIf(!built).each(['weak-ties-bridges', 'research-kitsak'])('%s exits 0 and prints its result', { timeout: 120_000 }, async (name) => {
    const r = await runExample(name, EXAMPLES[name].args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(EXAMPLES[name].prints);
  });
});
