/**
 * Refusing flags that do not apply: a flag the chosen command, model or method would ignore is bad
 * usage (exit 2) with the reason, never silently dropped.
 */
import { UsageError } from './usage-error.js';

/** Flags that only mean something in some settings. */
export interface FlagRule {
  /** Long names of the flags, without `--`. */
  readonly flags: readonly string[];
  /** Whether they apply in the setting the user chose. */
  readonly applies: boolean;
  /** Why not, completing "--flag does not apply …", e.g. `to --model lt (only to ic)`. */
  readonly reason: string;
}

/** Throws a {@link UsageError} for the first flag that is set although its rule says it does not apply. */
export function refuseInapplicable(values: Readonly<Record<string, unknown>>, rules: readonly FlagRule[]): void {
  for (const rule of rules) {
    if (rule.applies) continue;
    const given = rule.flags.find((flag) => values[flag] !== undefined && values[flag] !== false);
    if (given !== undefined) throw new UsageError(`--${given} does not apply ${rule.reason}`);
  }
}
