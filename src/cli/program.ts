/**
 * The dispatcher: `influence-score <command> [args]`, global `--help`/`--version`, and the one place
 * where errors become exit codes (usage → 2, input → 1) and messages go to stderr.
 */
import { version } from '../../package.json';
import { terminalLines } from '../core/output-safety.js';
import { didYouMean } from '../core/suggest.js';
import { InfluenceScoreError } from '../index.js';
import { type CliIO, EXIT, UsageError } from './command.js';
import { COMMANDS } from './commands.js';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `Usage: influence-score <command> [options]

Scores social influence on graphs. Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (influence-score <command> --help for a command)
  -v, --version  print the version
`;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(`influence-score: unknown command ${JSON.stringify(first)}${didYouMean(first, COMMANDS.map((c) => c.name))}\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`influence-score ${command.name}: ${terminalLines(error.message)}\nRun "influence-score ${command.name} --help" for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof InfluenceScoreError) {
      io.stderr(`influence-score ${command.name}: ${terminalLines(error.message)}\n`);
      return error.code === 'INVALID_OPTION' ? EXIT.usage : EXIT.input;
    }
    // One line: a stack trace tells a user nothing; INFLUENCE_SCORE_DEBUG=1 prints it for a report.
    const summary = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    const stack = process.env.INFLUENCE_SCORE_DEBUG ? `\n${(error as Error).stack ?? ''}` : '';
    io.stderr(`influence-score ${command.name}: internal error (${summary}); please report it with the command line (INFLUENCE_SCORE_DEBUG=1 prints the stack)${stack}\n`);
    return EXIT.input;
  }
}
