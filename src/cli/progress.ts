/**
 * A one-line progress bar on stderr for long commands (compare, seeds). Drawn only when stderr is a
 * terminal, so pipes and log files stay clean; redrawn at most every 100 ms.
 */
import type { RunOptions } from '../index.js';
import type { CliIO } from './command.js';

const WIDTH = 30;
const REDRAW_MS = 100;

/** A progress sink: `run` to hand to the library, `done` to clear the line. */
export interface Progress {
  /** RunOptions whose onProgress draws the bar, or undefined when stderr is not a terminal. */
  readonly run: RunOptions | undefined;
  /** Switches to the next phase's label. */
  phase(label: string): void;
  /** Clears the bar. */
  done(): void;
}

/**
 * @param isTTY - whether stderr is a terminal. @defaultValue `process.stderr.isTTY`
 */
export function createProgress(io: CliIO, label: string, isTTY: boolean = process.stderr.isTTY === true): Progress {
  if (!isTTY) return { run: undefined, phase() {}, done() {} };
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
