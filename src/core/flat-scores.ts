/**
 * The "no silent all-zero / all-equal result" rule (issue #19): a vector whose values are all equal
 * ranks nobody, so it always carries a warning naming the cause and the remedy. The check lives here
 * once and runs in the scorer factory for every scorer; a scorer may supply its own remedy, or emit a
 * more specific warning itself (then the generic one is not added).
 */

/** Warning code: every value is 0. */
export const ALL_ZERO = 'ALL_ZERO';
/** Warning code: every value is the same non-zero number, or there are fewer than two accounts. */
export const ALL_EQUAL = 'ALL_EQUAL';

/** @internal Codes of a flat result. */
export type FlatCode = typeof ALL_ZERO | typeof ALL_EQUAL;

// Until warnings are `{ code, message }` objects, a flat-result warning is recognised by its opening
// words. The context's "the graph is empty" warning already names the cause of an empty vector.
const FLAT_PREFIX = /^(all \d+ accounts score |no account to rank|the graph is empty \(0 nodes\))/;

/** @internal Whether a warning (string now, `{ code }` object later) reports a flat result. */
export function isFlatWarning(warning: unknown): boolean {
  if (typeof warning === 'string') return FLAT_PREFIX.test(warning);
  const code = (warning as { code?: unknown } | null)?.code;
  return code === ALL_ZERO || code === ALL_EQUAL;
}

/** @internal The code of a flat vector, or null when two values differ. NaN never reaches here (the factory rejects it). */
export function flatCode(values: Float64Array): FlatCode | null {
  if (values.length < 2) return ALL_EQUAL;
  const first = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return null;
  return first === 0 ? ALL_ZERO : ALL_EQUAL;
}

const DEFAULT_REMEDY = 'check that the view (relations, time window) keeps the edges and data this measure reads, or use a measure that separates these accounts';

/**
 * @internal The warning for a flat vector (code {@link ALL_ZERO} or {@link ALL_EQUAL}), or null.
 * `remedy` is the scorer's advice; the cause names the value and the account count.
 */
export function flatScoresWarning(label: string, values: Float64Array, remedy: string = DEFAULT_REMEDY): string | null {
  const code = flatCode(values);
  if (code === null) return null;
  if (values.length === 0) return `no account to rank: the view holds no account, so ${label} is empty (${ALL_EQUAL}); remedy: widen the view (relations, time window) or check the input`;
  if (values.length === 1) return `no account to rank but one: ${label} has a single account (${ALL_EQUAL}); remedy: widen the view or check the input`;
  const value = code === ALL_ZERO ? '0' : `the same value (${values[0]})`;
  return `all ${values.length} accounts score ${value} on ${label}, so the ranking says nothing (${code}); remedy: ${remedy}`;
}
