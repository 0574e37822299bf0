/**
 * Warnings on stderr: whatever changed a result without the user asking (an empty view, a capped
 * option, non-convergence) is printed as `warning: …`, one line each, before the data.
 */
import type { CliIO } from './command.js';

/** Prints each warning once, in order. */
export function reportWarnings(io: CliIO, warnings: Iterable<string>): void {
  for (const warning of new Set(warnings)) io.stderr(`warning: ${warning}\n`);
}
