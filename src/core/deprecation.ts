/**
 * Deprecation: an old option name (or option value) keeps working for one minor version, and every
 * use of it adds a `DEPRECATED` {@link Warning} naming the old and the new name to the result's
 * `meta.warnings`, never silently. Factories parse with {@link parseOptionsWithRenames} and hand the
 * `deprecations` it returns to `createScorer` (its `deprecations` field), which puts them first in
 * `meta.warnings`.
 */
import type { z } from 'zod';
import { InfluenceScoreError } from './errors.js';
import { type OptionsAgree, parseOptions } from './options.js';
import { warning, type Warning } from './warnings.js';

/**
 * A `DEPRECATED` warning: `<owner>: <old> is deprecated, use <replacement>`.
 *
 * @param owner - the function whose option (or the export) is deprecated, e.g. `'degree'`.
 * @param old - the old name as the caller wrote it, e.g. `"mode: 'total'"`.
 * @param replacement - the new name, e.g. `"direction: 'both'"`.
 * @param note - why or what else changed, appended in parentheses.
 * @example
 * ```ts
 * deprecation('degree', "mode: 'total'", "direction: 'both'", 'same meaning');
 * // { code: 'DEPRECATED', message: "degree: mode: 'total' is deprecated, use direction: 'both' (same meaning)" }
 * ```
 */
export function deprecation(owner: string, old: string, replacement: string, note?: string): Warning {
  return warning('DEPRECATED', `${owner}: ${old} is deprecated, use ${replacement}${note ? ` (${note})` : ''}`);
}

/** How one deprecated option key (or some of its values) maps to the new vocabulary. */
export interface OptionRename {
  /** The new key. @defaultValue the same key (only some values are deprecated) */
  readonly to?: string;
  /**
   * Old values and the new value each stands for, e.g. `{ all: 'both', total: 'both' }`. Values not
   * listed pass through unchanged (and are validated by the new key's schema). With `to` unset, only
   * the listed values are deprecated.
   */
  readonly values?: Readonly<Record<string, unknown>>;
  /** Converts an old value that `values` cannot list (e.g. `null` → `false`). Runs after `values`. */
  readonly convert?: (old: unknown) => unknown;
  /** Added to the warning in parentheses, e.g. `'same meaning'`. */
  readonly note?: string;
}

/** Deprecated keys of an options object, by old key. */
export type OptionRenames = Readonly<Record<string, OptionRename>>;

/** What {@link renameOptions} made of an options object. */
export interface RenamedOptions {
  /** The options in the new vocabulary (the input itself when nothing was deprecated). */
  readonly options: unknown;
  /** One `DEPRECATED` warning per old key or value used. */
  readonly deprecations: Warning[];
  /** New key → old key, for error paths (a bad old value is reported under the name the caller wrote). */
  readonly renamedFrom: ReadonlyMap<string, string>;
}

const show = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : String(value));
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Maps deprecated keys and values of `input` to the new ones, without validating anything else.
 * Giving both an old key and its new key is an `INVALID_OPTION` error (which one would win is a guess).
 *
 * @example
 * ```ts
 * renameOptions({ mode: 'total' }, 'degree', { mode: { to: 'direction', values: { all: 'both', total: 'both' } } });
 * // options { direction: 'both' }, one DEPRECATED warning
 * ```
 */
export function renameOptions(input: unknown, owner: string, renames: OptionRenames): RenamedOptions {
  const renamedFrom = new Map<string, string>();
  if (!isPlainObject(input)) return { options: input, deprecations: [], renamedFrom };
  const deprecations: Warning[] = [];
  let out: Record<string, unknown> | undefined;
  for (const old of Object.keys(renames)) {
    if (!Object.prototype.hasOwnProperty.call(input, old) || input[old] === undefined) continue;
    const rename = renames[old];
    const to = rename.to ?? old;
    const given = input[old];
    const listed = typeof given === 'string' && rename.values !== undefined && Object.prototype.hasOwnProperty.call(rename.values, given);
    const mapped = listed ? rename.values![given as string] : given;
    const value = rename.convert ? rename.convert(mapped) : mapped;
    if (to === old && !listed && value === given) continue;
    if (to !== old && Object.prototype.hasOwnProperty.call(input, to) && input[to] !== undefined) {
      throw new InfluenceScoreError('INVALID_OPTION', `Invalid options for ${owner}: give ${to} only (${old} is its deprecated name)`, [
        { path: [old], field: old, message: `${old} is the deprecated name of ${to}; give ${to} only` },
      ]);
    }
    out ??= { ...input };
    delete out[old];
    out[to] = value;
    if (to !== old) renamedFrom.set(to, old);
    const oldText = listed || to === old ? `${old}: ${show(given)}` : old;
    const newText = listed || value !== given || to === old ? `${to}: ${show(value)}` : to;
    deprecations.push(deprecation(owner, oldText, newText, rename.note));
  }
  return { options: out ?? input, deprecations, renamedFrom };
}

/**
 * {@link parseOptions} for a factory some of whose option keys (or values) were renamed: the old
 * ones are mapped to the new ({@link renameOptions}), the result is parsed with the schema of the new
 * vocabulary, and each old name used comes back as a `DEPRECATED` warning for `meta.warnings`.
 * Errors about a mapped value name the key the caller wrote. The options interface may declare the
 * old keys (TSDoc `@deprecated`): name them in the type parameter `Old`, and only the other keys are
 * checked against the schema (as {@link parseOptions} checks them).
 *
 * @example
 * ```ts
 * const { options, deprecations } = parseOptionsWithRenames(schema, given, 'weakTieReach', {
 *   direction: { values: { audience: 'in', sources: 'out' } },
 * });
 * return createScorer({ ..., deprecations });
 * ```
 */
export function parseOptionsWithRenames<S extends z.ZodType, O = unknown, Old extends PropertyKey = never>(
  schema: S,
  input: O & OptionsAgree<unknown extends O ? unknown : Omit<O, Old>, z.input<S>>,
  owner: string,
  renames: OptionRenames,
): { options: z.output<S>; deprecations: Warning[] } {
  const renamed = renameOptions(input, owner, renames);
  try {
    return { options: parseOptions(schema, renamed.options as unknown, owner), deprecations: renamed.deprecations };
  } catch (error) {
    if (!(error instanceof InfluenceScoreError) || renamed.renamedFrom.size === 0) throw error;
    throw new InfluenceScoreError(
      error.code,
      `Invalid options for ${owner}`,
      error.issues.map((issue) => {
        const old = typeof issue.path[0] === 'string' ? renamed.renamedFrom.get(issue.path[0]) : undefined;
        if (old === undefined) return issue;
        const path = [old, ...issue.path.slice(1)];
        return { ...issue, path, field: issue.path.length === 1 ? old : issue.field, message: `${issue.message} (${old} is the deprecated name of ${issue.path[0]})` };
      }),
    );
  }
}
