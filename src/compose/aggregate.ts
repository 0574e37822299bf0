/**
 * Weighted means of normalized part scores. Weights are shares (they sum to 1).
 *   arithmetic  Σ wᵢxᵢ           compensatory: strength on one part makes up for weakness on another
 *   geometric   Π xᵢ^wᵢ          partly compensatory; a 0 on any weighted part gives 0
 *   harmonic    1 / Σ (wᵢ / xᵢ)  least compensatory; a 0 on any weighted part gives 0
 * The zero rule is the exact limit of both formulas as xᵢ → 0, so no epsilon is needed.
 */

/** How part scores are averaged. */
export type Aggregate = 'arithmetic' | 'geometric' | 'harmonic';

/** @internal Aggregates `parts[i][v]` with weight shares `w[i]` into a new array. */
export function aggregateParts(parts: readonly Float64Array[], w: readonly number[], how: Aggregate, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (how === 'arithmetic') {
      let s = 0;
      for (let i = 0; i < parts.length; i++) s += w[i] * parts[i][v];
      out[v] = s;
      continue;
    }
    let acc = how === 'geometric' ? 1 : 0;
    let zero = false;
    for (let i = 0; i < parts.length && !zero; i++) {
      if (w[i] === 0) continue;
      const x = parts[i][v];
      if (x <= 0) zero = true;
      else if (how === 'geometric') acc *= x ** w[i];
      else acc += w[i] / x;
    }
    out[v] = zero ? 0 : how === 'geometric' ? acc : 1 / acc;
  }
  return out;
}
