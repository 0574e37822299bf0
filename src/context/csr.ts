/**
 * Compressed sparse rows from an edge list: a counting sort by source (one sequential pass over the
 * edges), then each row sorted by target (insertion sort for short rows, a native sort of packed keys
 * for long ones; both stable), so parallel edges sit side by side and merge in one pass.
 * O(n + m) for bounded degrees; the sequential passes keep it cache-friendly on big graphs.
 */

/** Adjacency in compressed sparse row form. Row `i` is `targets[offsets[i] .. offsets[i+1])`, sorted by target. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Sum of the (decayed) weights of the merged parallel edges. */
  readonly weights: Float64Array;
  /** How many raw edges were merged into each entry. */
  readonly counts: Uint32Array;
}

const SMALL_ROW = 16;
const POSITION = 2 ** 21;

interface Scratch {
  keys: Float64Array;
  targets: Int32Array;
  weights: Float64Array;
}

/**
 * Stable sort of row `[from, to)` by target, moving weights along. Short rows (most rows of social
 * graphs) use insertion sort; long ones sort packed `target · 2²¹ + position` keys natively.
 */
function sortRow(targets: Int32Array, weights: Float64Array, from: number, to: number, scratch: Scratch): void {
  const d = to - from;
  if (d <= SMALL_ROW) {
    for (let i = from + 1; i < to; i++) {
      const t = targets[i];
      const w = weights[i];
      let j = i - 1;
      while (j >= from && targets[j] > t) {
        targets[j + 1] = targets[j];
        weights[j + 1] = weights[j];
        j--;
      }
      targets[j + 1] = t;
      weights[j + 1] = w;
    }
    return;
  }
  for (let i = 0; i < d; i++) {
    scratch.keys[i] = targets[from + i] * POSITION + i;
    scratch.targets[i] = targets[from + i];
    scratch.weights[i] = weights[from + i];
  }
  const sorted = scratch.keys.subarray(0, d).sort();
  for (let i = 0; i < d; i++) {
    const at = sorted[i] % POSITION;
    targets[from + i] = scratch.targets[at];
    weights[from + i] = scratch.weights[at];
  }
}

/** CSRs whose counts are all 1 (nothing merged). */
const unitCounts = new WeakSet<Csr>();

/** Counts that are all 1 (nothing merged), allocated only if someone reads them. */
function withUnitCounts(offsets: Int32Array, targets: Int32Array, weights: Float64Array): Csr {
  let ones: Uint32Array | undefined;
  const csr: Csr = {
    offsets,
    targets,
    weights,
    get counts() {
      ones ??= new Uint32Array(targets.length).fill(1);
      return ones;
    },
  };
  unitCounts.add(csr);
  return csr;
}

/**
 * @internal Builds a CSR over `n` nodes, merging parallel edges (weights summed in edge order) and
 * dropping self-loops. With `mirrored`, every edge also counts in reverse (the symmetric adjacency),
 * without a doubled copy of the edge list.
 */
export function buildCsr(n: number, src: Int32Array, dst: Int32Array, w: Float64Array, mirrored = false): Csr {
  const m = src.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    if (src[e] === dst[e]) continue;
    offsets[src[e] + 1]++;
    if (mirrored) offsets[dst[e] + 1]++;
  }
  let longest = 0;
  for (let i = 0; i < n; i++) {
    longest = Math.max(longest, offsets[i + 1]);
    offsets[i + 1] += offsets[i];
  }
  const arcs = offsets[n];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(arcs);
  const weights = new Float64Array(arcs);
  for (let e = 0; e < m; e++) {
    const s = src[e];
    const t = dst[e];
    if (s === t) continue;
    let p = fill[s]++;
    targets[p] = t;
    weights[p] = w[e];
    if (mirrored) {
      p = fill[t]++;
      targets[p] = s;
      weights[p] = w[e];
    }
  }
  const room = longest > SMALL_ROW ? longest : 0;
  const scratch: Scratch = { keys: new Float64Array(room), targets: new Int32Array(room), weights: new Float64Array(room) };
  for (let i = 0; i < n; i++) sortRow(targets, weights, offsets[i], offsets[i + 1], scratch);

  // Merge runs of equal targets in place, compacting rows leftwards. Counts are allocated at the
  // first merge: every byte allocated here brings the next full GC of a big graphology heap closer.
  let counts: Uint32Array | null = null;
  let k = 0;
  let rowStart = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1];
    offsets[i] = k;
    const first = k;
    for (let p = rowStart; p < end; p++) {
      if (k > first && targets[k - 1] === targets[p]) {
        counts ??= new Uint32Array(arcs).fill(1, 0, k);
        weights[k - 1] += weights[p];
        counts[k - 1]++;
      } else {
        targets[k] = targets[p];
        weights[k] = weights[p];
        if (counts) counts[k] = 1;
        k++;
      }
    }
    rowStart = end;
  }
  offsets[n] = k;
  if (!counts) return withUnitCounts(offsets, targets, weights);
  return { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k), counts: counts.slice(0, k) };
}

/** @internal The transpose of a CSR (in-adjacency from out-adjacency); rows come out sorted. */
export function transposeCsr(n: number, csr: Csr): Csr {
  const m = csr.targets.length;
  const { offsets: rowOffsets, targets: rowTargets, weights: rowWeights } = csr;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[rowTargets[e] + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = rowOffsets[u]; e < rowOffsets[u + 1]; e++) {
      const p = fill[rowTargets[e]]++;
      targets[p] = u;
      weights[p] = rowWeights[e];
    }
  }
  // Transposing moves each entry's count along with it; all-ones counts stay lazy.
  if (unitCounts.has(csr)) return withUnitCounts(offsets, targets, weights);
  const rowCounts = csr.counts;
  const counts = new Uint32Array(m);
  fill.set(offsets.subarray(0, n));
  for (let u = 0; u < n; u++) {
    for (let e = rowOffsets[u]; e < rowOffsets[u + 1]; e++) counts[fill[rowTargets[e]]++] = rowCounts[e];
  }
  return { offsets, targets, weights, counts };
}
