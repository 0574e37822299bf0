/**
 * Warnings as data: every non-fatal problem a result carries in `meta.warnings` is a
 * {@link Warning} with a stable `code` (listed once, in {@link WARNING_CODES}) and a message for
 * people, so a program can act on a warning without matching English text.
 */

/**
 * Every warning code, with what it means. Codes are stable: a new minor version may add codes but
 * never renames or removes one.
 */
export const WARNING_CODES = {
  DEPRECATED: 'an old option name, option value or export was used: it still works for one minor version; the message names the new one',
  EMPTY_GRAPH: 'the graph has no nodes: every score vector is empty',
  EMPTY_VIEW: 'the view keeps no edge: every score is computed on a graph without edges',
  UNKNOWN_RELATION: 'a relation of the view matches no edge type (the message suggests the nearest one)',
  NO_TYPE_ATTRIBUTE: "no edge has the view's type attribute, so its relations match nothing",
  UNDATED: 'records without a time were kept and not decayed by age',
  UNDATED_DROPPED: "records without a time were dropped (undated: 'drop')",
  AFTER_AS_OF: 'records or accounts dated after asOf were left out',
  NOT_CONVERGED: 'an iterative method stopped at its iteration limit (or diverged) before reaching its tolerance',
  TRUNCATED: 'a search stopped at a safety guard: the result may not be optimal',
  LITTLE_EVIDENCE: 'the result rests on very few records',
  MISSING_DATA: 'records or accounts lacking a needed field were skipped or scored by a fallback',
  INCONSISTENT_DATA: 'values that contradict each other were counted as given (check the data)',
  REASSIGNED: "records naming another target were credited to their post's author",
  UNRATED: 'accounts without exposure got the fallback score',
  FALLBACK: 'a different method, prior or input than the default was used because the data could not support it',
  PRIOR_FIT: 'the fit of an empirical-Bayes prior hit a limit (few units, capped or extreme rates)',
  RULE_SKIPPED: 'a rule or signal was skipped because the data it needs is absent',
  PART_DROPPED: 'a composite left a part out because the data cannot feed it; the other weights renormalize',
  NO_MATCH: 'a filter (affiliation, topic) matched no account',
  FILLED: 'nodes without a given value received the fill value',
  DROPPED_COLUMN: 'a column of the input that this path cannot read was left out (the message names it and the path that keeps it)',
  NO_AUDIENCE: 'no account of an audience analysis has an audience in the view: every overlap, reach or share is 0',
  UNDEFINED_STATISTIC: 'a statistic is undefined (NaN), e.g. a rank correlation of a constant score',
  XML_CHARACTERS_REPLACED: "characters XML 1.0 forbids were written as U+FFFD in a GEXF or GraphML file (invalidCharacters: 'replace')",
  NO_BRIDGES: 'the communities leave no tie between two of them, so every weak-tie reach or bridging score is 0 (the message names the remedies)',
  NO_EVENTS: "trend found no timed event in the period, so every account is steady under momentum: 'rate'",
  UNTIMED_EVENTS: "edges without a time were not counted as events by trend's rate test",
  ALL_ZERO: 'every account scores 0: the ranking says nothing; the message names the cause and the remedy',
  ALL_EQUAL: 'every account scores the same value (or there are fewer than two): the ranking says nothing; the message names the cause and the remedy',
} as const;

/** A stable warning code; see {@link WARNING_CODES} for what each means. */
export type WarningCode = keyof typeof WARNING_CODES;

/**
 * A non-fatal problem: something changed a result without the caller asking.
 *
 * @example
 * ```ts
 * for (const w of vector.meta.warnings) if (w.code === 'NOT_CONVERGED') retryWithMoreIterations();
 * ```
 */
export interface Warning {
  /** Stable machine-readable category, one of {@link WARNING_CODES}. */
  readonly code: WarningCode;
  /** What happened, for people (the CLI prints it on stderr). */
  readonly message: string;
}

/**
 * Makes a {@link Warning}.
 *
 * @example
 * ```ts
 * warning('EMPTY_GRAPH', 'the graph is empty (0 nodes): every score vector is empty');
 * ```
 */
export function warning(code: WarningCode, message: string): Warning {
  return { code, message };
}

/** @internal The same warning with its message prefixed, e.g. by the part or window it arose in. */
export function prefixWarning(prefix: string, w: Warning): Warning {
  return { code: w.code, message: `${prefix}: ${w.message}` };
}

/** @internal Whether two warnings say the same (same code and message). */
export function sameWarning(a: Warning, b: Warning): boolean {
  return a.code === b.code && a.message === b.message;
}

/** @internal `warnings` without repeats (by code and message), in first-seen order. */
export function distinctWarnings(warnings: Iterable<Warning>): Warning[] {
  const seen = new Set<string>();
  const kept: Warning[] = [];
  for (const w of warnings) {
    const key = `${w.code}\u0000${w.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(w);
    }
  }
  return kept;
}

/** @internal `warnings` without those in `known` (e.g. the view's, reported once by the context). */
export function withoutWarnings(warnings: readonly Warning[], known: readonly Warning[]): Warning[] {
  return warnings.filter((w) => !known.some((k) => sameWarning(k, w)));
}
