/**
 * The subcommands of `influence-score`. To add one, write `src/cli/<name>.ts` exporting a
 * {@link Command} and add one line here.
 */
import type { Command } from './command.js';
import { rankCommand } from './rank.js';
import { compareCommand } from './compare.js';
import { seedsCommand } from './seeds.js';
import { reportCommand } from './report.js';
import { advocatesCommand } from './advocates.js';
import { trendCommand } from './trend.js';
import { overlapCommand } from './overlap.js';
import { slateCommand } from './slate.js';
import { explainCommand } from './explain.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  rankCommand,
  compareCommand,
  seedsCommand,
  reportCommand,
  advocatesCommand,
  trendCommand,
  overlapCommand,
  slateCommand,
  explainCommand,
];
