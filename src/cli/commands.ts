/**
 * The subcommands of `influence-score`. To add one, write `src/cli/<name>.ts` exporting a
 * {@link Command} and add one line here.
 */
import type { Command } from './command.js';
import { rankCommand } from './rank.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  rankCommand,
];
