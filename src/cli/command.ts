/**
 * The CLI's command contract: a subcommand is a name, a one-line summary, its help text and a
 * `run` that returns the exit code. Commands write data to `io.stdout` and messages to `io.stderr`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ViewOptions } from '../index.js';
import { FORMATS, type OutputFormat } from './format.js';
import { didYouMean } from '../core/suggest.js';
import { choiceOption } from './numbers.js';
import { UsageError } from './usage-error.js';
import { VIEW_OPTIONS, viewFromFlags } from './view-flags.js';
import { DATA_OPTIONS, type DataFlags, dataFromFlags } from './data-flags.js';
import { PROGRESS_OPTIONS, type ProgressMode, progressMode } from './progress.js';

/** Exit codes of every command. */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Bad input: a file that cannot be read or parsed (the message names the line and field). */
  input: 1,
  /** Bad usage: unknown command or option, a missing argument, an invalid option value. */
  usage: 2,
} as const;

/** Where a command writes. The process entry passes stdout/stderr; tests pass collectors. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One subcommand of `influence-score`. */
export interface Command {
  /** The word after `influence-score`, e.g. `rank`. */
  readonly name: string;
  /** One line for the command list of `influence-score --help`. */
  readonly summary: string;
  /** Full help text, printed by `influence-score <name> --help`. */
  help(): string;
  /** Runs with the arguments after the command name; resolves to an exit code from {@link EXIT}. */
  run(args: string[], io: CliIO): Promise<number>;
}

export { UsageError } from './usage-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseCommandArgs} returns for option set `T`. */
export type ParsedArgs<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/**
 * `util.parseArgs` with strict checking, its errors turned into {@link UsageError}s. An unknown
 * option gets a pointer: its new name when `renames` has it (`--p` → `--ic-p`), else the closest
 * option of the command.
 */
export function parseCommandArgs<T extends OptionsConfig>(args: string[], options: T, renames: ReadonlyMap<string, string> = new Map()): ParsedArgs<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    if (unknown === undefined) throw new UsageError((error as Error).message);
    const renamed = renames.get(unknown);
    const known = Object.keys(options).map((name) => `--${name}`);
    const hint = renamed !== undefined ? `; it is now ${renamed}` : unknown.startsWith('--') ? didYouMean(unknown, known, (s) => s) : '';
    throw new UsageError(`Unknown option '${unknown}'${hint}`);
  }
}

/** Parses `--top`: a positive integer, or `all`. */
export function parseTop(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === 'all') return Infinity;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--top must be a positive integer or "all", got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The options every command that reads one graph file accepts (see {@link fileCommandArgs}). */
export const FILE_COMMAND_OPTIONS = {
  format: { type: 'string', short: 'f' },
  directed: { type: 'boolean' },
  undirected: { type: 'boolean' },
  meta: { type: 'string' },
  'no-meta': { type: 'boolean' },
  ...VIEW_OPTIONS,
  ...DATA_OPTIONS,
  ...PROGRESS_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Checks shared by the commands that read one graph file; returns the file, direction and format. */
export function fileCommandArgs(
  command: string,
  values: { directed?: boolean; undirected?: boolean; format?: string; meta?: string; 'no-meta'?: boolean } & Parameters<typeof viewFromFlags>[0] & Parameters<typeof dataFromFlags>[0] & Parameters<typeof progressMode>[0],
  positionals: string[],
): { file: string; directed: boolean | undefined; format: OutputFormat; meta: string | false | undefined; view: ViewOptions | undefined; data: DataFlags; progress: ProgressMode } {
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? `${command} needs a <file>` : `${command} takes one <file>, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  if (values.directed && values.undirected) throw new UsageError('--directed and --undirected exclude each other');
  if (values.meta !== undefined && values['no-meta']) throw new UsageError('--meta and --no-meta exclude each other');
  const format = choiceOption('format', values.format ?? 'table', FORMATS);
  const meta = values['no-meta'] ? false : values.meta;
  return {
    file: positionals[0],
    directed: values.directed ? true : values.undirected ? false : undefined,
    format,
    meta,
    view: viewFromFlags(values),
    data: dataFromFlags(values),
    progress: progressMode(values),
  };
}

/**
 * How every command that reads one graph file opens: parse `args`, answer `--help` (null: the command
 * then exits 0 without looking at its file), and check the file arguments ({@link fileCommandArgs}).
 */
export function openFileCommand<T extends OptionsConfig>(
  command: string,
  args: string[],
  options: T,
  help: () => string,
  io: CliIO,
  renames?: ReadonlyMap<string, string>,
): ({ values: ParsedArgs<T>['values'] } & ReturnType<typeof fileCommandArgs>) | null {
  const { values, positionals } = parseCommandArgs(args, options, renames);
  if ((values as { help?: boolean }).help) {
    io.stdout(help());
    return null;
  }
  return { values, ...fileCommandArgs(command, values as Parameters<typeof fileCommandArgs>[1], positionals) };
}

