/**
 * One sentence per ranked account, for the table's "Why" column: which parts carry the score and
 * which hold it back, each as the account's standing among all accounts ("top 3%").
 */
import type { Explanation } from '../index.js';
import { checkArguments, explanationShape } from '../core/argument-schemas.js';

/**
 * "top 3%" for a percentile of 0.97, "bottom 20%" for 0.2, and below 1% with one significant digit
 * (rounded up, so never better than the truth): "top 0.4%" for 0.9963, "top 0.01%" for 0.9999. On
 * 200,000 accounts the leader (percentile 1 − 1/400,000) reads "top 0.0003%", the 20th "top 0.01%".
 */
export function standing(percentile: number): string {
  const top = percentile >= 0.5;
  // Rounded to 9 digits first, so 1 − 0.98 = 0.020000000000000018 reads as 2%, not 3%.
  const percent = Number((100 * (top ? 1 - percentile : percentile)).toFixed(9));
  return `${top ? 'top' : 'bottom'} ${sharePercent(percent)}%`;
}

/** A share in percent, rounded up: whole percents from 1, one significant digit below 1. */
function sharePercent(percent: number): string {
  if (percent >= 1) return String(Math.ceil(percent));
  if (!(percent > 0)) return '0';
  const digits = Math.min(12, Math.ceil(-Math.log10(percent)));
  const scale = 10 ** digits;
  const rounded = Math.ceil(Number((percent * scale).toFixed(6))) / scale;
  // 0.95 rounds up to 1, 0.0097 to 0.01 (trailing zeros dropped).
  return rounded >= 1 ? '1' : rounded.toFixed(digits).replace(/0+$/, '');
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
