/**
 * Which of Louvain's communities are real: two tied communities r and s are merged when the ties
 * between them are no sparser than a random graph's best split would leave, so a random cluster that
 * modularity cut in pieces is one community again, and a graph without groups is one community (and
 * the scorers say so).
 *   within r ∪ s   d_r = 2 e_rr + e_rs, d_s = 2 e_ss + e_rs (tie weight inside the pair), mean degree
 *                  d̄ = (d_r + d_s) / (n_r + n_s); a random split of r ∪ s leaves E = d_r d_s / (d_r + d_s)
 *                  ties across (configuration model)
 *   rule           merge when e_rs / E ≥ 1 − 2P·d̄^(−1/2), P = 0.7632: the minimum bisection of a random
 *                  d-regular graph cuts a share 1/2 − P·d^(−1/2) of its ties (Zdeborová & Boettcher 2010), so
 *                  a cut at least that dense is one that any random graph of that degree also has.
 *                  Pairs are merged most-connected first (highest e_rs / E), each community once a round,
 *                  in rounds until no pair qualifies.
 * Then single nodes move, in node order, to the community that raises modularity (resolution 1) most,
 * Louvain's moving phase on the merged partition (at most 16 sweeps), so that a node Louvain's fine
 * partition put in the wrong piece joins the community its ties point to.
 * Louvain starts fine (resolution 2, see communities.ts); merging from there also undoes modularity's
 * resolution limit (Fortunato & Barthélemy 2007), which joins small communities of large graphs at 1.
 * Zdeborová, L. & Boettcher, S. (2010). A conjecture on the maximum cut and bisection width in random
 * regular graphs. J. Stat. Mech. P02020. Fortunato, S. & Barthélemy, M. (2007). Resolution limit in
 * community detection. PNAS 104(1), 36–41.
 */
import type { LouvainInput } from './louvain.js';

/** Parisi's constant as it enters the random-graph bisection width (Zdeborová & Boettcher 2010). */
const P_STAR = 0.7632;

/** @internal The merged partition (dense ids in order of each community's lowest node) and what the merges did. */
export interface MergedCommunities {
  readonly of: Int32Array;
  readonly count: number;
  /** How many communities Louvain found before merging. */
  readonly before: number;
  /** Newman–Girvan modularity (resolution 1) of the merged partition; null without ties. */
  readonly modularity: number | null;
}

/** @internal The share of its random-split expectation a cut between two communities must stay under to keep them apart. */
export function mergeBar(meanDegree: number): number {
  return meanDegree > 0 ? 1 - (2 * P_STAR) / Math.sqrt(meanDegree) : 0;
}

/**
 * @internal Merges the communities `of` (0..count−1) of `input` (see the header). O(rounds · tied
 * community pairs); rounds are few, since each merges many pairs.
 */
export function mergeCommunities(input: LouvainInput, of: Int32Array, count: number): MergedCommunities {
  const { n, offsets, targets, weights } = input;
  const kappa = new Float64Array(count);
  const inner = new Float64Array(count);
  const size = new Float64Array(count);
  let pairs = new Map<number, number>();
  let twoM = 0;
  for (let u = 0; u < n; u++) {
    size[of[u]]++;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const w = weights ? weights[e] : 1;
      const r = of[u];
      const s = of[targets[e]];
      kappa[r] += w;
      twoM += w;
      if (r === s) inner[r] += w / 2;
      else if (r < s) pairs.set(r * count + s, (pairs.get(r * count + s) ?? 0) + w);
    }
  }
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (r: number): number => {
    while (parent[r] !== r) r = parent[r] = parent[parent[r]];
    return r;
  };
  for (;;) {
    const candidates: { r: number; s: number; e: number; score: number }[] = [];
    for (const [key, e] of pairs) {
      const r = Math.floor(key / count);
      const s = key % count;
      const dr = 2 * inner[r] + e;
      const ds = 2 * inner[s] + e;
      const expected = (dr * ds) / (dr + ds);
      const ratio = e / expected;
      const bar = mergeBar((dr + ds) / (size[r] + size[s]));
      if (ratio >= bar) candidates.push({ r, s, e, score: ratio - bar });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => b.score - a.score || a.r - b.r || a.s - b.s);
    const touched = new Uint8Array(count);
    for (const { r, s, e } of candidates) {
      if (touched[r] || touched[s]) continue;
      touched[r] = touched[s] = 1;
      parent[s] = r;
      inner[r] += inner[s] + e;
      kappa[r] += kappa[s];
      size[r] += size[s];
    }
    const next = new Map<number, number>();
    for (const [key, e] of pairs) {
      const r = find(Math.floor(key / count));
      const s = find(key % count);
      if (r === s) continue;
      const k = Math.min(r, s) * count + Math.max(r, s);
      next.set(k, (next.get(k) ?? 0) + e);
    }
    pairs = next;
  }
  const merged = new Int32Array(n);
  for (let u = 0; u < n; u++) merged[u] = find(of[u]);
  refine(input, merged, count);
  return renumber(input, merged, count);
}

/** Louvain's moving phase at resolution 1 over single nodes, from `of` (ids < count), in place. */
function refine(input: LouvainInput, of: Int32Array, count: number): void {
  const { n, offsets, targets, weights } = input;
  const degree = new Float64Array(n);
  const total = new Float64Array(count);
  let twoM = 0;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) degree[u] += weights ? weights[e] : 1;
    total[of[u]] += degree[u];
    twoM += degree[u];
  }
  if (twoM === 0) return;
  const link = new Float64Array(count);
  const seen: number[] = [];
  for (let sweep = 0; sweep < 16; sweep++) {
    let moved = 0;
    for (let u = 0; u < n; u++) {
      const own = of[u];
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const c = of[targets[e]];
        if (link[c] === 0) seen.push(c);
        link[c] += weights ? weights[e] : 1;
      }
      total[own] -= degree[u];
      let best = own;
      let bestGain = link[own] - (degree[u] * total[own]) / twoM;
      for (const c of seen) {
        const gain = link[c] - (degree[u] * total[c]) / twoM;
        if (gain > bestGain + 1e-12) {
          best = c;
          bestGain = gain;
        }
      }
      for (const c of seen) link[c] = 0;
      seen.length = 0;
      total[best] += degree[u];
      if (best !== own) {
        of[u] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
}

/** Dense ids in order of each community's lowest node, and the partition's modularity (resolution 1). */
function renumber(input: LouvainInput, of: Int32Array, before: number): MergedCommunities {
  const { n, offsets, targets, weights } = input;
  const id = new Int32Array(before).fill(-1);
  const dense = new Int32Array(n);
  let live = 0;
  for (let u = 0; u < n; u++) {
    if (id[of[u]] < 0) id[of[u]] = live++;
    dense[u] = id[of[u]];
  }
  const kappa = new Float64Array(live);
  let inside = 0;
  let twoM = 0;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const w = weights ? weights[e] : 1;
      kappa[dense[u]] += w;
      twoM += w;
      if (dense[targets[e]] === dense[u]) inside += w;
    }
  }
  let squares = 0;
  for (const k of kappa) squares += k * k;
  const modularity = twoM > 0 ? inside / twoM - squares / (twoM * twoM) : null;
  return { of: dense, count: live, before, modularity };
}
