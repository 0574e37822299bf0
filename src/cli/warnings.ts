/**
 * Warnings on stderr: whatever changed a result without the user asking (an empty view, a capped
 * option, non-convergence) is printed as `warning: …`, one line each, before the data.
 */
import { terminalText } from '../core/output-safety.js';
import type { ScoreVector } from '../index.js';
import type { CliIO } from './command.js';

/** Prints each warning once, in order, on one line each (`terminalText`: a warning may quote an id). */
export function reportWarnings(io: CliIO, warnings: Iterable<string>): void {
  for (const warning of new Set(warnings)) io.stderr(`warning: ${terminalText(warning)}\n`);
}

/** Prints the loader's notes, one line each (`terminalText`: a note may quote an id or a path). */
export function reportNotes(io: CliIO, notes: Iterable<string>): void {
  for (const note of notes) io.stderr(`note: ${terminalText(note)}\n`);
}

/** The warnings of named vectors, prefixed by the name; those in `known` (the view's, reported once) are skipped. */
export function namedWarnings(vectors: ReadonlyMap<string, ScoreVector>, known: readonly string[]): string[] {
  return [...vectors].flatMap(([name, vector]) => vector.meta.warnings.filter((w) => !known.includes(w)).map((w) => `${name}: ${w}`));
}
