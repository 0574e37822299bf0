/**
 * Progress on stderr for every file command: the load (bytes of the file) and each scoring phase.
 * On a terminal, a one-line bar redrawn at most every 100 ms; with `--progress` and stderr not a
 * terminal, plain lines (`progress: loading x.csv`, then at 25/50/75/100 %), so logs stay readable;
 * `--quiet` silences it. The same sink serves compare and seeds, whose phases are long runs.
 */
import type { RunOptions } from '../index.js';
import type { CliIO } from './command.js';
import { UsageError } from './usage-error.js';

const WIDTH = 30;
const REDRAW_MS = 100;
const LINE_STEPS = 4;

/** parseArgs configuration of the progress flags. */
export const PROGRESS_OPTIONS = {
  progress: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** Help lines for {@link PROGRESS_OPTIONS}. */
export const PROGRESS_HELP = `      --progress           show progress on stderr even when it is not a terminal (plain lines)
  -q, --quiet              no progress (by default a bar is drawn when stderr is a terminal)`;

/** `'auto'`: a bar on a terminal, nothing otherwise; `'on'`: a bar, or lines when not a terminal; `'off'`: nothing. */
export type ProgressMode = 'auto' | 'on' | 'off';

/** The mode the flags ask for. */
export function progressMode(values: { progress?: boolean; quiet?: boolean }): ProgressMode {
  if (values.progress && values.quiet) throw new UsageError('--progress and --quiet exclude each other');
  return values.quiet ? 'off' : values.progress ? 'on' : 'auto';
}

/** A progress sink: `run` to hand to the library, `phase` to name the next step, `done` to clear the line. */
export interface Progress {
  /** RunOptions whose onProgress draws the current phase, or undefined when progress is off. */
  readonly run: RunOptions | undefined;
  /** Switches to the next phase's label (a line of its own in lines mode). */
  phase(label: string): void;
  /** Clears the bar. */
  done(): void;
}

const SILENT: Progress = { run: undefined, phase() {}, done() {} };

function barProgress(io: CliIO, label: string): Progress {
  let current = label;
  let last = 0;
  let drawn = false;
  const draw = (done: number, total: number): void => {
    const now = Date.now();
    if (now - last < REDRAW_MS && done < total) return;
    last = now;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(share * WIDTH);
    io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${current}\x1b[K`);
    drawn = true;
  };
  return {
    run: { onProgress: draw },
    phase(next) {
      current = next;
      last = 0;
    },
    done() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

/** Plain lines: the phase when it starts, then each quarter reached (deterministic: no clock). */
function lineProgress(io: CliIO, label: string): Progress {
  let current = label;
  let step = 0;
  io.stderr(`progress: ${current}\n`);
  const report = (done: number, total: number): void => {
    if (!(total > 0)) return;
    const reached = Math.min(LINE_STEPS, Math.floor((done / total) * LINE_STEPS));
    if (reached <= step) return;
    step = reached;
    io.stderr(`progress: ${current} ${Math.round((100 * reached) / LINE_STEPS)}%\n`);
  };
  return {
    run: { onProgress: report },
    phase(next) {
      current = next;
      step = 0;
      io.stderr(`progress: ${current}\n`);
    },
    done() {},
  };
}

/**
 * @param mode - see {@link ProgressMode}. @defaultValue `'auto'`
 * @param isTTY - whether stderr is a terminal. @defaultValue `process.stderr.isTTY`
 */
export function createProgress(io: CliIO, label: string, mode: ProgressMode = 'auto', isTTY: boolean = process.stderr.isTTY === true): Progress {
  if (mode === 'off' || (mode === 'auto' && !isTTY)) return SILENT;
  return isTTY ? barProgress(io, label) : lineProgress(io, label);
}
