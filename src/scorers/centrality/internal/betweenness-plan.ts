/**
 * Exact reductions for Brandes' betweenness that skip single-source searches without changing a
 * single value:
 *  - Leaves (Baglioni, Geraci, Pellegrini & Lastres 2012, "Fast exact computation of betweenness
 *    centrality in social networks"): a node v whose only out-neighbour is u and whose in-neighbours
 *    are within {u} lies on no shortest path, and its dependency vector equals u's except at u, where
 *    it is R(u) − [v reachable from u]. Such leaves are removed from the graph; u's search counts for
 *    them, and each leaf reached only through u adds exactly 1 to u's dependency in every search.
 *  - Twins (Puzis, Zilberman, Elovici, Dolev & Brandes 2015, "Heuristics for speeding up betweenness
 *    centrality computation"): nodes with identical in- and out-rows (and weights) never lie inside
 *    each other's shortest paths and have identical dependency vectors elsewhere, so one search
 *    stands for the whole class.
 * The remaining nodes are renumbered in BFS order (Cuthill–McKee style) so that neighbours sit close
 * in memory during the many searches that follow.
 */
import type { Resumable, RunControl } from '../../../core/run.js';
import type { Csr } from '../../../context/csr.js';

/** @internal The graph Brandes' loop runs on, and which searches to run with which multiplicity. */
export interface BrandesPlan {
  /** Nodes kept (absorbed leaves removed). */
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Edge lengths, or null for hop counts. */
  readonly lengths: Float64Array | null;
  /** Kept node → original index. */
  readonly original: Int32Array;
  /** Per kept node: absorbed leaves reachable only through it (each adds 1 to its dependency). */
  readonly leafIn: Float64Array;
  /** Per kept node: all absorbed leaves hanging on it. */
  readonly leafAll: Float64Array;
  /** Kept nodes to search from. */
  readonly sources: Int32Array;
  /** How many original sources each search stands for. */
  readonly multiplicity: Float64Array;
}

/**
 * @internal The plain plan: every node, each given source (default all) searched once. Used when
 * reductions do not apply: with endpoints, or with an explicit source subset.
 */
export function identityPlan(n: number, csr: Csr, lengths: Float64Array | null, sources?: Int32Array): BrandesPlan {
  const original = new Int32Array(n);
  for (let i = 0; i < n; i++) original[i] = i;
  return {
    n,
    offsets: csr.offsets,
    targets: csr.targets,
    lengths,
    original,
    leafIn: new Float64Array(n),
    leafAll: new Float64Array(n),
    sources: sources ?? original,
    multiplicity: new Float64Array(sources?.length ?? n).fill(1),
  };
}

/**
 * @internal Builds the reduced plan from the out- and in-CSR (the same object when undirected).
 * `lengths` are per out-CSR entry; `inLengths` per in-CSR entry (the same array when undirected).
 */
export function* reducedPlan(n: number, out: Csr, inn: Csr, lengths: Float64Array | null, inLengths: Float64Array | null, control: RunControl): Resumable<BrandesPlan> {
  // Each phase is one pass; pausing between them keeps an async run's abort within a phase.
  const absorbedInto = findLeaves(n, out, inn);
  if (control.tick(0, n)) yield;
  const leafIn = new Float64Array(n);
  const leafAll = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const u = absorbedInto[v];
    if (u < 0) continue;
    leafAll[u]++;
    if (inn.offsets[v + 1] > inn.offsets[v]) leafIn[u]++;
  }
  const rep = findTwins(n, out, inn, lengths, inLengths, absorbedInto, leafAll);
  if (control.tick(0, n)) yield;
  const order = bfsOrder(n, out, inn, absorbedInto);
  if (control.tick(0, n)) yield;
  const kept = order.length;
  const newIndex = new Int32Array(n).fill(-1);
  for (let i = 0; i < kept; i++) newIndex[order[i]] = i;

  const offsets = new Int32Array(kept + 1);
  for (let i = 0; i < kept; i++) {
    const v = order[i];
    let d = 0;
    for (let e = out.offsets[v]; e < out.offsets[v + 1]; e++) if (newIndex[out.targets[e]] >= 0) d++;
    offsets[i + 1] = offsets[i] + d;
  }
  const targets = new Int32Array(offsets[kept]);
  const newLengths = lengths ? new Float64Array(offsets[kept]) : null;
  for (let i = 0; i < kept; i++) {
    const v = order[i];
    let k = offsets[i];
    for (let e = out.offsets[v]; e < out.offsets[v + 1]; e++) {
      const w = newIndex[out.targets[e]];
      if (w < 0) continue;
      if (newLengths) newLengths[k] = lengths![e];
      targets[k++] = w;
    }
    // Rows stay sorted by new index: better prefetching in the inner loops.
    sortRow(targets, newLengths, offsets[i], k);
    if ((i & 1023) === 0 && control.tick(0, n)) yield;
  }

  const classSize = new Float64Array(n);
  for (let v = 0; v < n; v++) if (absorbedInto[v] < 0) classSize[rep[v]]++;
  const sources: number[] = [];
  const multiplicity: number[] = [];
  const keptLeafIn = new Float64Array(kept);
  const keptLeafAll = new Float64Array(kept);
  for (let i = 0; i < kept; i++) {
    const v = order[i];
    keptLeafIn[i] = leafIn[v];
    keptLeafAll[i] = leafAll[v];
    if (rep[v] === v) {
      sources.push(i);
      multiplicity.push(classSize[v] + leafAll[v]);
    }
  }
  return {
    n: kept,
    offsets,
    targets,
    lengths: newLengths,
    original: order,
    leafIn: keptLeafIn,
    leafAll: keptLeafAll,
    sources: Int32Array.from(sources),
    multiplicity: Float64Array.from(multiplicity),
  };
}

/** absorbedInto[v] = u when v is a removable leaf of u, else −1. */
function findLeaves(n: number, out: Csr, inn: Csr): Int32Array {
  const absorbedInto = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    if (out.offsets[v + 1] - out.offsets[v] !== 1) continue;
    const u = out.targets[out.offsets[v]];
    const inDeg = inn.offsets[v + 1] - inn.offsets[v];
    if (inDeg > 1 || (inDeg === 1 && inn.targets[inn.offsets[v]] !== u)) continue;
    // u must keep its own search: a node with two or more out-neighbours is never absorbed.
    if (out.offsets[u + 1] - out.offsets[u] < 2) continue;
    absorbedInto[v] = u;
  }
  return absorbedInto;
}

function rowHash(csr: Csr, lengths: Float64Array | null, v: number, h: number): number {
  for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
    h = Math.imul(h ^ csr.targets[e], 0x01000193);
    if (lengths) h = Math.imul(h ^ ((lengths[e] * 1e6) | 0), 0x01000193);
  }
  return Math.imul(h ^ (csr.offsets[v + 1] - csr.offsets[v]), 0x85ebca6b) >>> 0;
}

function sameRow(csr: Csr, lengths: Float64Array | null, a: number, b: number): boolean {
  const da = csr.offsets[a + 1] - csr.offsets[a];
  if (da !== csr.offsets[b + 1] - csr.offsets[b]) return false;
  for (let k = 0; k < da; k++) {
    const ea = csr.offsets[a] + k;
    const eb = csr.offsets[b] + k;
    if (csr.targets[ea] !== csr.targets[eb]) return false;
    if (lengths && lengths[ea] !== lengths[eb]) return false;
  }
  return true;
}

/** rep[v]: the first node of v's twin class (v itself when alone). Nodes with leaves stay alone. */
function findTwins(
  n: number,
  out: Csr,
  inn: Csr,
  lengths: Float64Array | null,
  inLengths: Float64Array | null,
  absorbedInto: Int32Array,
  leafAll: Float64Array,
): Int32Array {
  const rep = new Int32Array(n);
  const hash = new Uint32Array(n);
  const candidates: number[] = [];
  for (let v = 0; v < n; v++) {
    rep[v] = v;
    // Isolated nodes need no search at all; they form one harmless class.
    if (absorbedInto[v] >= 0 || leafAll[v] > 0) continue;
    hash[v] = out === inn ? rowHash(out, lengths, v, 0x811c9dc5) : rowHash(inn, inLengths, v, rowHash(out, lengths, v, 0x811c9dc5));
    candidates.push(v);
  }
  candidates.sort((a, b) => hash[a] - hash[b] || a - b);
  for (let i = 0; i < candidates.length; ) {
    let j = i + 1;
    while (j < candidates.length && hash[candidates[j]] === hash[candidates[i]]) j++;
    // Within one hash bucket, match each node against the earlier representatives (buckets are tiny).
    for (let a = i + 1; a < j; a++) {
      const v = candidates[a];
      for (let b = i; b < a; b++) {
        const r = candidates[b];
        if (rep[r] !== r) continue;
        if (sameRow(out, lengths, v, r) && (out === inn || sameRow(inn, inLengths, v, r))) {
          rep[v] = r;
          break;
        }
      }
    }
    i = j;
  }
  return rep;
}

/** Kept nodes in BFS order over the undirected skeleton, highest degree first in each component. */
function bfsOrder(n: number, out: Csr, inn: Csr, absorbedInto: Int32Array): Int32Array {
  const seen = new Uint8Array(n);
  const order = new Int32Array(n);
  const byDegree: number[] = [];
  for (let v = 0; v < n; v++) if (absorbedInto[v] < 0) byDegree.push(v);
  const deg = (v: number): number => out.offsets[v + 1] - out.offsets[v] + inn.offsets[v + 1] - inn.offsets[v];
  byDegree.sort((a, b) => deg(b) - deg(a) || a - b);
  let tail = 0;
  for (const root of byDegree) {
    if (seen[root]) continue;
    seen[root] = 1;
    let head = tail;
    order[tail++] = root;
    while (head < tail) {
      const v = order[head++];
      for (const csr of out === inn ? [out] : [out, inn]) {
        for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
          const w = csr.targets[e];
          if (seen[w] || absorbedInto[w] >= 0) continue;
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order.slice(0, tail);
}

function sortRow(targets: Int32Array, lengths: Float64Array | null, from: number, to: number): void {
  if (!lengths) {
    targets.subarray(from, to).sort();
    return;
  }
  const idx = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => targets[a] - targets[b]);
  const t = idx.map((e) => targets[e]);
  const l = idx.map((e) => lengths[e]);
  for (let k = 0; k < idx.length; k++) {
    targets[from + k] = t[k];
    lengths[from + k] = l[k];
  }
}
