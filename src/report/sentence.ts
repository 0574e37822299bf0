/**
 * One sentence per ranked account, for the table's "Why" column: which parts carry the score and
 * which hold it back, each as the account's standing among all accounts ("top 3%").
 */
import type { Explanation } from '../index.js';
import { checkArguments, explanationShape } from '../core/argument-schemas.js';

/** "top 3%" for a percentile of 0.97, "bottom 20%" for 0.2. */
export function standing(percentile: number): string {
  // Rounded to 9 digits first, so 1 − 0.98 = 0.020000000000000018 reads as 2%, not 3%.
  const ceilPercent = (share: number): number => Math.max(1, Math.ceil(Number((100 * share).toFixed(9))));
  return percentile >= 0.5 ? `top ${ceilPercent(1 - percentile)}%` : `bottom ${ceilPercent(percentile)}%`;
}

/**
 * Says in one sentence what drives a composite score: the two strongest parts at or above the median
 * (largest contribution first), then the weakest below it (at most two). Part values are read as
 * percentiles (the `combine` default); with another normalizer the words still order the parts.
 *
 * @example
 * ```ts
 * explanationSentence(explain(vector, 'ada'));
 * // 'Driven by reach (top 2%) and engagement (top 9%); held back by trust (bottom 20%).'
 * ```
 */
export function explanationSentence(explanation: Explanation): string {
  checkArguments('explanationSentence', [explanation], [['explanation', explanationShape]]);
  const parts = explanation.parts.filter((p) => p.weight > 0);
  const named = (p: (typeof parts)[number]): string => `${p.name} (${standing(p.value)})`;
  const strong = parts.filter((p) => p.value >= 0.5).sort((a, b) => Math.abs(b.share) - Math.abs(a.share));
  const weak = parts.filter((p) => p.value < 0.5).sort((a, b) => a.value - b.value);
  const list = (items: typeof parts): string => items.slice(0, 2).map(named).join(' and ');
  if (strong.length === 0) return weak.length <= 2 ? `Below the median on every part: ${list(weak)}.` : `Below the median on every part, weakest on ${list(weak)}.`;
  if (weak.length === 0) return strong.length <= 2 ? `Strong on every part: ${list(strong)}.` : `Strong on every part, led by ${list(strong)}.`;
  return `Driven by ${list(strong)}; held back by ${list(weak)}.`;
}
