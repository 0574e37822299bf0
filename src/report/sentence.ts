/**
 * One sentence per ranked account, for the table's "Why" column: which parts carry the score and
 * which hold it back, each as the account's standing among all accounts ("top 3%").
 */
import type { Explanation } from '../index.js';

/** "top 3%" for a percentile of 0.97, "bottom 20%" for 0.2. */
export function standing(percentile: number): string {
  // Rounded to 9 digits first, so 1 − 0.98 = 0.020000000000000018 reads as 2%, not 3%.
  const ceilPercent = (share: number): number => Math.max(1, Math.ceil(Number((100 * share).toFixed(9))));
  return percentile >= 0.5 ? `top ${ceilPercent(1 - percentile)}%` : `bottom ${ceilPercent(percentile)}%`;
}

/**
 * Says in one sentence what drives a composite score: the parts at or above the median, largest
 * contribution first, then those below it. Part values are read as percentiles (the `combine`
 * default); with another normalizer the words still order the parts by contribution.
 *
 * @example
 * ```ts
 * explanationSentence(explain(vector, 'ada'));
 * // 'Driven by reach (top 2%) and trust (top 9%); held back by engagement (bottom 35%).'
 * ```
 */
export function explanationSentence(explanation: Explanation): string {
  const parts = explanation.parts.filter((p) => p.weight > 0);
  const byShare = [...parts].sort((a, b) => Math.abs(b.share) - Math.abs(a.share));
  const strong = byShare.filter((p) => p.value >= 0.5).map((p) => `${p.name} (${standing(p.value)})`);
  const weak = byShare.filter((p) => p.value < 0.5).map((p) => `${p.name} (${standing(p.value)})`);
  const list = (items: string[]): string => (items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
  if (strong.length === 0) return `Below the median on every part: ${list(weak)}.`;
  if (weak.length === 0) return strong.length === 1 ? `Driven by ${strong[0]}.` : `Strong on every part: ${list(strong)}.`;
  return `Driven by ${list(strong)}; held back by ${list(weak)}.`;
}
