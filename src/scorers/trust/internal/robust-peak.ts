/**
 * Robust z-score of the peak of a count series that is mostly zeros, without materializing the zeros:
 *   z = (max − median) / (1.4826 · MAD)        (Iglewicz & Hoaglin 1993, modified z-score)
 * and, when MAD = 0 (over half the periods share the median), the mean absolute deviation fallback
 *   z = (max − median) / (1.2533 · MeanAD)
 * (1.2533 = √(π/2) makes MeanAD consistent for the normal sd); 0 when both are 0.
 */

/** Element `i` of the multiset `{zeros × 0} ∪ sorted` (ascending). */
function withZeros(sorted: readonly number[], zeros: number, i: number): number {
  return i < zeros ? 0 : sorted[i - zeros];
}

function medianOf(total: number, at: (i: number) => number): number {
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * @internal Robust z of the largest count. `counts` are the non-zero counts in ascending order,
 * `zeros` how many periods had none.
 */
export function robustPeakZ(counts: readonly number[], zeros: number): number {
  const k = counts.length;
  const total = k + zeros;
  if (k === 0 || total < 2) return 0;
  const median = medianOf(total, (i) => withZeros(counts, zeros, i));
  const deviations = counts.map((c) => Math.abs(c - median)).sort((a, b) => a - b);
  // The zeros all deviate by exactly `median`; splice them in at their sorted place.
  let below = 0;
  while (below < k && deviations[below] < median) below++;
  const at = (i: number): number => (i < below ? deviations[i] : i < below + zeros ? median : deviations[i - zeros]);
  const mad = medianOf(total, at);
  const peak = counts[k - 1] - median;
  if (mad > 0) return peak / (1.4826 * mad);
  let sum = zeros * median;
  for (const d of deviations) sum += d;
  const meanAd = sum / total;
  return meanAd > 0 ? peak / (1.2533 * meanAd) : 0;
}
