/**
 * Writing to the process's stdout and stderr. A reader that went away (`| head -1`: EPIPE) ends the
 * command quietly, as `cat` does; any other write failure (a full disk: ENOSPC, a closed descriptor:
 * EBADF) is one line on stderr and exit code 1, never a stack trace.
 */
import { terminalLines } from '../core/output-safety.js';
import type { CliIO } from './command.js';

/**
 * What stdout receives: on a terminal, every format passes through `terminalLines` (as GNU `ls` hides
 * control characters only when it writes to a terminal), so CSV or JSON printed to the screen cannot
 * drive it either; redirected to a file or a pipe, the output is byte for byte what the format says.
 */
export function stdoutText(text: string, isTerminal: boolean): string {
  return isTerminal ? terminalLines(text) : text;
}

/** What to do when writing to stdout fails with `error`: the exit code and the line for stderr (none for EPIPE). */
export function outputFailure(error: NodeJS.ErrnoException): { code: number; message: string | null } {
  if (error.code === 'EPIPE') return { code: 0, message: null };
  const reason = error.code ? `${error.code}: ${error.message.replace(/^\w+: /, '').replace(/, write$/, '')}` : error.message;
  return { code: 1, message: `influence-score: cannot write the output (${reason})\n` };
}

/** The process's {@link CliIO}: writes that fail end the process by {@link outputFailure}. */
export function processIO(): CliIO {
  const fail = (error: NodeJS.ErrnoException): never => {
    const { code, message } = outputFailure(error);
    if (message !== null) {
      try {
        process.stderr.write(message);
      } catch {
        // stderr is gone too: the exit code is all that is left
      }
    }
    process.exit(code);
  };
  // Pipes report failures asynchronously (an 'error' event), files synchronously (a throw).
  process.stdout.on('error', fail);
  process.stderr.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  const guard =
    (stream: NodeJS.WriteStream) =>
    (text: string): void => {
      try {
        stream.write(stream === process.stdout ? stdoutText(text, process.stdout.isTTY === true) : text);
      } catch (error) {
        fail(error as NodeJS.ErrnoException);
      }
    };
  return { stdout: guard(process.stdout), stderr: guard(process.stderr) };
}
