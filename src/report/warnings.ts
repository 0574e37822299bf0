/**
 * The report's warnings, each said once. The report runs some scorers twice on the same data (the
 * engagement rate of the audience chart is also the score's amplification part; every trend window
 * reruns the score), so one data problem arrives under several prefixes: `amplification: 1 post(s)
 * have more engagements than impressions` from the part, the same sentence bare from the chart's own
 * run, and `window 3: amplification: …` from a trend window. The reader gets it once.
 */
import { prefixWarning, type Warning } from '../core/warnings.js';

/** Whether `a` and `b` say the same thing: same code, and equal messages or one the other behind a `source: ` prefix. */
function sameWarning(a: Warning, b: Warning): boolean {
  if (a.code !== b.code) return false;
  return a.message === b.message || a.message.endsWith(`: ${b.message}`) || b.message.endsWith(`: ${a.message}`);
}

/**
 * The warnings without repeats, in the order they arose: a warning that repeats an earlier one, or
 * repeats it with a `source: ` prefix added or removed, is dropped.
 *
 * @example
 * ```ts
 * const lack = (message: string) => ({ code: 'MISSING_DATA', message }) as const;
 * distinctWarnings([lack('amplification: 2 posts lack impressions'), lack('2 posts lack impressions')]);
 * // [{ code: 'MISSING_DATA', message: 'amplification: 2 posts lack impressions' }]
 * ```
 */
export function distinctWarnings(warnings: Iterable<Warning>): Warning[] {
  const kept: Warning[] = [];
  for (const warning of warnings) if (!kept.some((k) => sameWarning(k, warning))) kept.push(warning);
  return kept;
}

const WINDOW_PREFIX = /^window (\d+): /;

/** `1–3, 5` from sorted window numbers. */
function spans(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(j === i ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * `trend`'s warnings (`window k: …`) with each sentence once, naming the windows it arose in:
 * `trends, windows 1–3: relevance left out: …`.
 *
 * @example
 * ```ts
 * const w = (message: string) => ({ code: 'FALLBACK', message }) as const;
 * trendWarnings([w('window 1: x'), w('window 2: x'), w('window 2: y')]);
 * // [{ code: 'FALLBACK', message: 'trends, windows 1–2: x' }, { code: 'FALLBACK', message: 'trends, window 2: y' }]
 * ```
 */
export function trendWarnings(warnings: readonly Warning[]): Warning[] {
  // Keyed by code and text, so one sentence under two codes stays two warnings.
  const windowsOf = new Map<string, { bare: Warning; windows: number[] }>();
  for (const warning of warnings) {
    const match = WINDOW_PREFIX.exec(warning.message);
    const bare = { code: warning.code, message: match ? warning.message.slice(match[0].length) : warning.message };
    const key = `${bare.code}\u0000${bare.message}`;
    const entry = windowsOf.get(key) ?? { bare, windows: [] };
    if (match) entry.windows.push(Number(match[1]));
    windowsOf.set(key, entry);
  }
  return [...windowsOf.values()].map(({ bare, windows }) => {
    const sorted = [...new Set(windows)].sort((a, b) => a - b);
    if (sorted.length === 0) return prefixWarning('trends', bare);
    return prefixWarning(`trends, window${sorted.length === 1 ? '' : 's'} ${spans(sorted)}`, bare);
  });
}
