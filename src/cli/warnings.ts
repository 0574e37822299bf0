/**
 * Warnings on stderr: whatever changed a result without the user asking (an empty view, a capped
 * option, non-convergence) is printed as `warning: …`, one line each, before the data.
 */
import type { ScoreVector, Warning } from '../index.js';
import { distinctWarnings, prefixWarning, withoutWarnings } from '../core/warnings.js';
import type { CliIO } from './command.js';

/** Prints each warning's message once (by code and message), in order. */
export function reportWarnings(io: CliIO, warnings: Iterable<Warning>): void {
  for (const warning of distinctWarnings(warnings)) io.stderr(`warning: ${warning.message}\n`);
}

/** The warnings of named vectors, prefixed by the name; those in `known` (the view's, reported once) are skipped. */
export function namedWarnings(vectors: ReadonlyMap<string, ScoreVector>, known: readonly Warning[]): Warning[] {
  return [...vectors].flatMap(([name, vector]) => withoutWarnings(vector.meta.warnings, known).map((w) => prefixWarning(name, w)));
}
