/**
 * The report's warnings, each said once. The report runs some scorers twice on the same data (the
 * engagement rate of the audience chart is also the score's amplification part; every trend window
 * reruns the score), so one data problem arrives under several prefixes: `amplification: 1 post(s)
 * have more engagements than impressions` from the part, the same sentence bare from the chart's own
 * run, and `window 3: amplification: …` from a trend window. The reader gets it once.
 */

/** Whether `a` and `b` say the same thing: equal, or one is the other behind a `source: ` prefix. */
function sameWarning(a: string, b: string): boolean {
  return a === b || a.endsWith(`: ${b}`) || b.endsWith(`: ${a}`);
}

/**
 * The warnings without repeats, in the order they arose: a warning that repeats an earlier one, or
 * repeats it with a `source: ` prefix added or removed, is dropped.
 *
 * @example
 * ```ts
 * distinctWarnings(['amplification: 2 posts lack impressions', '2 posts lack impressions']);
 * // ['amplification: 2 posts lack impressions']
 * ```
 */
export function distinctWarnings(warnings: Iterable<string>): string[] {
  const kept: string[] = [];
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
 * trendWarnings(['window 1: x', 'window 2: x', 'window 2: y']); // ['trends, windows 1–2: x', 'trends, window 2: y']
 * ```
 */
export function trendWarnings(warnings: readonly string[]): string[] {
  const windowsOf = new Map<string, number[]>();
  for (const warning of warnings) {
    const match = WINDOW_PREFIX.exec(warning);
    const text = match ? warning.slice(match[0].length) : warning;
    const list = windowsOf.get(text) ?? [];
    if (match) list.push(Number(match[1]));
    windowsOf.set(text, list);
  }
  return [...windowsOf].map(([text, windows]) => {
    const sorted = [...new Set(windows)].sort((a, b) => a - b);
    if (sorted.length === 0) return `trends: ${text}`;
    return `trends, window${sorted.length === 1 ? '' : 's'} ${spans(sorted)}: ${text}`;
  });
}
