/**
 * "Did you mean": the closest known name to a misspelt one, by optimal string alignment distance
 * (Levenshtein 1966 plus Damerau 1964's adjacent transposition: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1, so `cefl` is one slip from `celf`).
 */

/** Optimal string alignment distance between `a` and `b` (three-row dynamic programme, O(|a|·|b|)). */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate closest to `input` (case-insensitive), when it is close enough to be a slip: at most
 * a third of the longer name's letters differ (at least 1, at most 3). A prefix of one candidate also counts.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = hay.startsWith(needle) && needle.length >= 3 ? 0.5 : editDistance(needle, hay);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(needle.length, hay.length) / 3)));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "x"?` when a close candidate exists, else the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>, quote = (s: string): string => JSON.stringify(s)): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : `; did you mean ${quote(match)}?`;
}
