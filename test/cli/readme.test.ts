import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readmeSection } from '../helpers/readme.js';

/** `sh` blocks followed by a plain block showing their output, in the README's command-line parts. */
function shownRuns(): { command: string; shown: string }[] {
  const text = readmeSection('cli') + readmeSection('research');
  return [...text.matchAll(/```sh\n(?:npx )?influence-score ([^\n]+)\n```\n+```\n([\s\S]*?)```/g)].map((m) => ({ command: m[1], shown: m[2] }));
}

describe('the README shows what the CLI prints', () => {
  const runs = shownRuns();

  it('finds the rank, compare and seeds examples', () => {
    expect(runs.map((r) => r.command.split(' ')[0])).toEqual(['rank', 'compare', 'seeds']);
  });

  it.each(runs.map((r) => [r.command, r] as const))('influence-score %s', async (_command, { command, shown }) => {
    const r = await runCli(...command.split(' '));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(shown);
  });
});
