import { describe, expect, it } from 'vitest';
import { readmeSection, runReadmeSnippet } from '../../helpers/readme.js';

const section = readmeSection('engagement');

describe('README engagement section', () => {
  it('its code example runs and prints what its comments say', async () => {
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1];
    const logs: unknown[][] = [];
    await runReadmeSnippet(code, { log: (...args: unknown[]) => logs.push(args) });
    expect(logs[0][0]).toEqual(['bob', 'ada']);
    const [raw, posts, engagements, exposure] = logs[1] as Float64Array[];
    expect(Array.from(raw)).toEqual([261 / 5000, 20 / 180, 0]);
    expect(Array.from(posts)).toEqual([1, 1, 0]);
    expect(Array.from(engagements)).toEqual([261, 20, 0]);
    expect(Array.from(exposure)).toEqual([5000, 180, 0]);
    expect(section).toContain('(20 + 1)/(180 + 31) = 9.95 %');
    expect(((21 / 211) * 100).toFixed(2)).toBe('9.95');
    expect(((262 / 5031) * 100).toFixed(2)).toBe('5.21');
  });
});
