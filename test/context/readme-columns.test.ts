import { describe, expect, it } from 'vitest';
import { readmeSection, runReadmeSnippet } from '../helpers/readme.js';

describe('README, large exports', () => {
  it('runs the contextFromColumns example as written, and it prints what its comments say', async () => {
    // The large-exports guide has several blocks; this one builds a context from columns.
    const blocks = [...readmeSection('large-exports').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    const code = blocks.find((b) => b.includes('contextFromColumns('))!;
    expect(code).toContain('contextFromColumns(');
    // Each `expression; // comment` line prints its expression.
    const printing = code.replace(/^(.+?); \/\/ .*$/gm, 'console.log($1);');
    const printed: unknown[] = [];
    await runReadmeSnippet(printing, { log: (value: unknown) => printed.push(value) });
    expect(printed).toHaveLength(2);
    expect(printed[0]).toBe('ada');
    // Share edges reach ada from bob and dan (cat's edge to ada is a follow): 2 of the 3 others.
    expect(printed[1]).toBeCloseTo(2 / 3, 12);
  });
});
