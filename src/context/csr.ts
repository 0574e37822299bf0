/**
 * Compressed sparse rows from an edge list: two stable counting sorts (by target, then by source)
 * leave each row sorted by target, so parallel edges sit side by side and merge in one pass.
 * O(n + m) time, no comparison sort.
 */

/** Adjacency in compressed sparse row form. Row `i` is `targets[offsets[i] .. offsets[i+1])`. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Sum of the (decayed) weights of the merged parallel edges. */
  readonly weights: Float64Array;
  /** How many raw edges were merged into each entry. */
  readonly counts: Uint32Array;
}

function countingOrder(n: number, keys: Int32Array, within: Int32Array | null): Int32Array {
  const m = keys.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[keys[e] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const order = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const e = within ? within[j] : j;
    order[start[keys[e]]++] = e;
  }
  return order;
}

/** @internal Builds a CSR over `n` nodes, merging parallel edges (weights summed) and dropping self-loops. */
export function buildCsr(n: number, src: Int32Array, dst: Int32Array, w: Float64Array): Csr {
  const byTarget = countingOrder(n, dst, null);
  const order = countingOrder(n, src, byTarget);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(order.length);
  const weights = new Float64Array(order.length);
  const counts = new Uint32Array(order.length);
  let k = 0;
  let row = 0;
  for (let j = 0; j < order.length; j++) {
    const e = order[j];
    const s = src[e];
    const t = dst[e];
    if (s === t) continue;
    while (row < s) offsets[++row] = k;
    if (k > offsets[s] && targets[k - 1] === t) {
      weights[k - 1] += w[e];
      counts[k - 1]++;
    } else {
      targets[k] = t;
      weights[k] = w[e];
      counts[k] = 1;
      k++;
    }
  }
  while (row < n) offsets[++row] = k;
  return { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k), counts: counts.slice(0, k) };
}

/** @internal The transpose of a CSR (in-adjacency from out-adjacency). */
export function transposeCsr(n: number, csr: Csr): Csr {
  const m = csr.targets.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[csr.targets[e] + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  const counts = new Uint32Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = csr.offsets[u]; e < csr.offsets[u + 1]; e++) {
      const p = fill[csr.targets[e]]++;
      targets[p] = u;
      weights[p] = csr.weights[e];
      counts[p] = csr.counts[e];
    }
  }
  return { offsets, targets, weights, counts };
}
