/**
 * Warnings on stderr: whatever changed a result without the user asking (an empty view, a capped
 * option, non-convergence) is printed as `warning: …`, one line each, before the data.
 */
import type { Scorer, ScoreVector } from '../index.js';
import type { CliIO } from './command.js';

/** Prints each warning once, in order. */
export function reportWarnings(io: CliIO, warnings: Iterable<string>): void {
  for (const warning of new Set(warnings)) io.stderr(`warning: ${warning}\n`);
}

/**
 * Wraps named scorers so the warnings of their vectors (non-convergence, filled values) reach
 * `sink`, prefixed by the name; warnings in `known` (the view's, already reported) are skipped.
 */
export function collectingWarnings(scorers: ReadonlyMap<string, Scorer>, known: readonly string[], sink: string[]): Map<string, Scorer> {
  const wrapped = new Map<string, Scorer>();
  for (const [name, scorer] of scorers) {
    const note = (vector: ScoreVector): ScoreVector => {
      for (const w of vector.meta.warnings) if (!known.includes(w)) sink.push(`${name}: ${w}`);
      return vector;
    };
    wrapped.set(name, {
      ...scorer,
      score: (input, run) => note(scorer.score(input, run)),
      scoreAsync: async (input, run) => note(await scorer.scoreAsync(input, run)),
    });
  }
  return wrapped;
}
