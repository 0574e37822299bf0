/**
 * Compressed sparse rows from an edge list by two stable bucket passes: arcs by target, then, visiting
 * targets in ascending order, by source. Rows come out sorted by target, so parallel edges sit side by
 * side and merge in one pass. O(n + m), no comparison sort; temporaries live in a reused scratch buffer.
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

/** A weakly held scratch array, grown on demand. */
class Scratch<A extends Int32Array | Float64Array> {
  private ref: WeakRef<A> | undefined;
  constructor(private readonly make: (size: number) => A) {}

  /** An array of at least `size` entries (contents left over from the last build). */
  of(size: number): A {
    let scratch = this.ref?.deref();
    if (!scratch || scratch.length < size) {
      scratch = this.make(size);
      this.ref = new WeakRef(scratch);
    }
    return scratch;
  }
}

/**
 * Scratch space for the temporaries of {@link buildCsr}, reused across builds: every byte of typed
 * array allocated brings the next full garbage collection of a (large) graphology heap closer. Held
 * weakly, so it never outlives memory pressure.
 */
const indexScratch = new Scratch((size) => new Int32Array(size));
const weightScratch = new Scratch((size) => new Float64Array(size));

/** The weight every edge has, or null when they differ (or one is zero: -0 and 0 are not told apart by ===). */
function uniformWeight(w: Float64Array, m: number): number | null {
  if (m === 0) return null;
  const first = w[0];
  if (first === 0 || first !== first) return null;
  for (let e = 1; e < m; e++) if (w[e] !== first) return null;
  return first;
}

/**
 * @internal Builds a CSR over `n` nodes, merging parallel edges (weights summed in edge order) and
 * dropping self-loops. With `mirrored`, every edge also counts in reverse (the symmetric adjacency),
 * without a doubled copy of the edge list.
 */
export function buildCsr(n: number, src: Int32Array, dst: Int32Array, w: Float64Array, mirrored = false): Csr {
  const m = src.length;
  const arcBound = mirrored ? 2 * m : m;
  const temp = indexScratch.of(arcBound + 2 * (n + 1));
  const inOffsets = temp.subarray(arcBound, arcBound + n + 1).fill(0);
  const inFill = temp.subarray(arcBound + n + 1, arcBound + 2 * (n + 1));
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const s = src[e];
    const t = dst[e];
    if (s === t) continue;
    inOffsets[t + 1]++;
    offsets[s + 1]++;
    if (mirrored) {
      inOffsets[s + 1]++;
      offsets[t + 1]++;
    }
  }
  for (let i = 0; i < n; i++) {
    inOffsets[i + 1] += inOffsets[i];
    offsets[i + 1] += offsets[i];
  }
  const arcs = offsets[n];
  // Pass 1: arcs bucketed by target, in edge order, each carrying its row (source) and weight. Pass 2
  // then reads them in sequence: looking src[e] and w[e] up by edge index there would be two
  // dependent cache misses per arc, most of the build's time on a graph of millions of edges.
  // Edges of one weight (an unweighted view) need no weight carried: 8 bytes per arc not allocated,
  // and on a big graphology heap every allocated byte brings the next full garbage collection closer.
  const uniform = uniformWeight(w, m);
  const rowByTarget = temp;
  const weightByTarget = uniform === null ? weightScratch.of(arcBound) : null;
  inFill.set(inOffsets);
  for (let e = 0; e < m; e++) {
    const s = src[e];
    const t = dst[e];
    if (s === t) continue;
    let p = inFill[t]++;
    rowByTarget[p] = s;
    if (weightByTarget !== null) weightByTarget[p] = w[e];
    if (mirrored) {
      p = inFill[s]++;
      rowByTarget[p] = t;
      if (weightByTarget !== null) weightByTarget[p] = w[e];
    }
  }
  // Pass 2: targets visited in ascending order, so each row fills up sorted by target, and parallel
  // arcs land side by side in edge order (an edge and its mirror never share a row and target).
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(arcs);
  const weights = new Float64Array(arcs);
  for (let t = 0; t < n; t++) {
    for (let p = inOffsets[t]; p < inOffsets[t + 1]; p++) {
      const q = fill[rowByTarget[p]]++;
      targets[q] = t;
      weights[q] = weightByTarget === null ? uniform! : weightByTarget[p];
    }
  }

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
