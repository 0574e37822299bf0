/**
 * Which of Louvain's communities are real: two tied communities r and s are merged when a random
 * graph with the same ties would have a split as deep as theirs, so a random cluster that modularity
 * cut in pieces is one community again, and a graph without groups is one community (and the scorers
 * say so).
 *   within r ∪ s   m_U = e_rr + e_ss + e_rs ties (counted, weights aside), d_r = 2 e_rr + e_rs, d_s = 2 e_ss + e_rs;
 *                  a random tie of r ∪ s crosses with probability p = 2 d_r d_s / (d_r + d_s)²
 *                  (configuration model)
 *   rule           keep r and s apart only when the expected number of splits of r ∪ s into parts of
 *                  sizes n_r, n_s with at most e_rs ties across is below 1 (the first-moment bound,
 *                  Bui, Chaudhuri, Leighton & Sipser 1987), with Chernoff's bound on the binomial tail:
 *                    ln C(n_r + n_s, n_r) − m_U · KL(e_rs / m_U ‖ p) < 0
 *                  else merge. On large graphs this keeps a cut when e_rs / E < 1 − 1.665/√d̄ (d̄ the mean
 *                  degree in r ∪ s, E = p · m_U), near the exact random-graph bisection width 1 − 1.526/√d̄
 *                  (Zdeborová & Boettcher 2010); on small ones it counts the splits exactly, so two
 *                  4-cliques joined by one tie stay two. Pairs are merged most random-looking first
 *                  (largest excess per tie), each community once a round, in rounds until none qualifies.
 * Then single nodes move to the community that raises modularity (resolution 1) most, Louvain's moving
 * phase on the merged partition (every node once, then the neighbours of nodes that moved; at most 16
 * visits per node), so that a node Louvain's fine partition put in the wrong piece joins the community
 * its ties point to.
 * Louvain starts fine (resolution 2, see communities.ts); merging from there also undoes modularity's
 * resolution limit (Fortunato & Barthélemy 2007), which joins small communities of large graphs at 1.
 * Bui, T. N., Chaudhuri, S., Leighton, F. T. & Sipser, M. (1987). Graph bisection algorithms with good
 * average case behavior. Combinatorica 7(2), 171–191. Zdeborová, L. & Boettcher, S. (2010). A conjecture
 * on the maximum cut and bisection width in random regular graphs. J. Stat. Mech. P02020. Fortunato, S.
 * & Barthélemy, M. (2007). Resolution limit in community detection. PNAS 104(1), 36–41.
 */
import type { LouvainInput } from './louvain.js';

/** ln k! for k < 1024 from a table, Stirling's series above (error below 1e−12 there). */
const LN_FACTORIAL = (() => {
  const table = new Float64Array(1024);
  for (let k = 2; k < table.length; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
})();
function lnFactorial(k: number): number {
  if (k < LN_FACTORIAL.length) return LN_FACTORIAL[k];
  return k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k) + 1 / (12 * k) - 1 / (360 * k ** 3);
}

/** KL(x ‖ p) of two Bernoulli laws, for x < p (0 otherwise: a cut no sparser than expected). */
function bernoulliKl(x: number, p: number): number {
  if (x >= p) return 0;
  const a = x > 0 ? x * Math.log(x / p) : 0;
  return a + (1 - x) * Math.log((1 - x) / (1 - p));
}

/** @internal The merged partition (dense ids in order of each community's lowest node) and what the merges did. */
export interface MergedCommunities {
  readonly of: Int32Array;
  readonly count: number;
  /** How many communities Louvain found before merging. */
  readonly before: number;
  /** Newman–Girvan modularity (resolution 1) of the merged partition; null without ties. */
  readonly modularity: number | null;
}

/**
 * @internal ln of the expected number of splits of r ∪ s (sizes `nr`, `ns`, `inside` ties, `cross`
 * of them across, `p` the random crossing probability) at most as deep as theirs, by the first-moment
 * and Chernoff bounds: ≥ 0 means a random graph has such a split, so the two are merged.
 */
export function randomSplitExcess(nr: number, ns: number, inside: number, cross: number, p: number): number {
  const choose = lnFactorial(nr + ns) - lnFactorial(nr) - lnFactorial(ns);
  return choose - inside * bernoulliKl(cross / inside, p);
}

/**
 * @internal Merges the communities `of` (0..count−1) of `input` (see the header). O(rounds · tied
 * community pairs); rounds are few, since each merges many pairs.
 */
export function mergeCommunities(input: LouvainInput, of: Int32Array, count: number): MergedCommunities {
  const { n, offsets, targets } = input;
  const kappa = new Float64Array(count);
  const inner = new Float64Array(count);
  const size = new Float64Array(count);
  let pairs = new Map<number, number>();
  let twoM = 0;
  for (let u = 0; u < n; u++) {
    size[of[u]]++;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const w = 1; // the bound counts ties: weights (any scale) do not enter it
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
      const ties = inner[r] + inner[s] + e;
      const excess = randomSplitExcess(size[r], size[s], ties, e, (2 * dr * ds) / ((dr + ds) * (dr + ds)));
      if (excess >= 0) candidates.push({ r, s, e, score: excess / ties });
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

/**
 * Louvain's moving phase at resolution 1 over single nodes, from `of` (ids < count), in place: every
 * node once in node order, then the neighbours of nodes that moved (a queue, as Traag 2015), at most
 * 16 visits per node. Returns the number of visits.
 */
function refine(input: LouvainInput, of: Int32Array, count: number): number {
  const { n, offsets, targets, weights } = input;
  const degree = new Float64Array(n);
  const total = new Float64Array(count);
  let twoM = 0;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) degree[u] += weights ? weights[e] : 1;
    total[of[u]] += degree[u];
    twoM += degree[u];
  }
  if (twoM === 0) return 0;
  const link = new Float64Array(count);
  const seen = new Int32Array(count);
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n).fill(1);
  for (let u = 0; u < n; u++) queue[u] = u;
  let head = 0;
  let size = n;
  let visits = 0;
  while (size > 0 && visits < 16 * n) {
    const u = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[u] = 0;
    visits++;
    const own = of[u];
    let distinct = 0;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const c = of[targets[e]];
      if (link[c] === 0) seen[distinct++] = c;
      link[c] += weights ? weights[e] : 1;
    }
    total[own] -= degree[u];
    let best = own;
    let bestGain = link[own] - (degree[u] * total[own]) / twoM;
    for (let k = 0; k < distinct; k++) {
      const c = seen[k];
      const gain = link[c] - (degree[u] * total[c]) / twoM;
      if (gain > bestGain + 1e-12) {
        best = c;
        bestGain = gain;
      }
    }
    for (let k = 0; k < distinct; k++) link[seen[k]] = 0;
    link[own] = 0;
    total[best] += degree[u];
    if (best === own) continue;
    of[u] = best;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (queued[v] || of[v] === best) continue;
      queued[v] = 1;
      queue[(head + size) % n] = v;
      size++;
    }
  }
  return visits;
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
