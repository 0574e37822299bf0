/**
 * The "no silent all-zero / all-equal result" rule (issue #19): a vector whose values are all equal
 * ranks nobody, so it always carries a warning (code `ALL_ZERO` or `ALL_EQUAL`) naming the cause and
 * the remedy. The check lives here once and runs in the scorer factory for every scorer; a scorer may
 * supply its own remedy, or emit a more specific flat-result warning itself (then the generic one is
 * not added). An empty vector is explained by the context's `EMPTY_GRAPH` warning.
 */
import { type Warning, warning } from './warnings.js';

/** @internal Codes of a flat result. */
export type FlatCode = 'ALL_ZERO' | 'ALL_EQUAL';

// A scorer's own flat warning opens with these words; a composite passes a part's on prefixed with
// the part's name (same code), which says the part is flat, not the composite.
const OWN_FLAT = /^(all \d+ accounts score |no account to rank)/;

/** @internal Whether a warning reports a flat result (its own or a part's). */
export function isFlatWarning(w: Warning): boolean {
  return w.code === 'ALL_ZERO' || w.code === 'ALL_EQUAL';
}

/** @internal Whether a warning reports that this very vector is flat (not one of its parts). */
export function isOwnFlatWarning(w: Warning): boolean {
  return isFlatWarning(w) && OWN_FLAT.test(w.message);
}

/** @internal The code of a flat vector, or null when two values differ. NaN never reaches here (the factory rejects it). */
export function flatCode(values: Float64Array): FlatCode | null {
  if (values.length < 2) return 'ALL_EQUAL';
  const first = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return null;
  return first === 0 ? 'ALL_ZERO' : 'ALL_EQUAL';
}

const DEFAULT_REMEDY = 'check that the view (relations, time window) keeps the edges and data this measure reads, or use a measure that separates these accounts';

/**
 * @internal The warning for a flat vector (`ALL_ZERO` or `ALL_EQUAL`), or null. `remedy` is the
 * scorer's advice; the cause names the value and the account count.
 */
export function flatScoresWarning(label: string, values: Float64Array, remedy: string = DEFAULT_REMEDY): Warning | null {
  const code = flatCode(values);
  if (code === null) return null;
  if (values.length === 0) return warning('ALL_EQUAL', `no account to rank: the view holds no account, so ${label} is empty; remedy: check the input`);
  if (values.length === 1) return warning('ALL_EQUAL', `no account to rank but one: ${label} has a single account; remedy: widen the input`);
  const value = code === 'ALL_ZERO' ? '0' : `the same value (${values[0]})`;
  return warning(code, `all ${values.length} accounts score ${value} on ${label}, so the ranking says nothing; remedy: ${remedy}`);
}
