/**
 * Shared machinery of Burt's structural-hole measures, with NetworkX's definitions:
 *   mutual weight     a_uv = w(u→v) + w(v→u)   (1 per arc when unweighted; an undirected edge is both arcs)
 *   proportional tie  p_uv = a_uv / Σ_w a_uw   (0 when the sum is 0)
 *   local constraint  ℓ_vj = (p_vj + Σ_q p_vq p_qj)²,   constraint c_v = Σ_{j ∈ N(v)} ℓ_vj
 * Each node marks its contacts and walks its contacts' rows, so one pass costs O(Σ_v deg(v)²).
 */
import type { Resumable, RunControl } from '../../../core/run.js';
import type { ScoringContext } from '../../../context/context.js';
import { tiePairs } from './pairs.js';

/** @internal Mutual weights in the symmetric adjacency. */
export interface MutualAdjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** a_uv per adjacency entry. */
  readonly mutual: Float64Array;
  /** p_uv per adjacency entry. */
  readonly proportion: Float64Array;
  /** max_x a_ux per node. */
  readonly rowMax: Float64Array;
}

/** @internal Mutual weights a_uv and proportions p_uv of every tie. */
export function mutualAdjacency(ctx: ScoringContext, weighted: boolean): MutualAdjacency {
  const pairs = tiePairs(ctx);
  const { offsets, targets } = pairs.adj;
  // Summing the merged out-arcs per pair gives w(u→v) + w(v→u); an undirected context lists
  // each edge in both rows of `out`, so it counts twice, exactly as NetworkX's mutual_weight does.
  const perPair = new Float64Array(pairs.m);
  const out = ctx.out;
  for (let u = 0; u < ctx.n; u++) {
    for (let e = out.offsets[u]; e < out.offsets[u + 1]; e++) {
      const v = out.targets[e];
      const p = pairs.pairOf[findInRow(offsets, targets, u, v)];
      perPair[p] += weighted ? out.weights[e] : 1;
    }
  }
  const mutual = new Float64Array(targets.length);
  const proportion = new Float64Array(targets.length);
  const rowMax = new Float64Array(ctx.n);
  for (let u = 0; u < ctx.n; u++) {
    let sum = 0;
    let max = 0;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const a = perPair[pairs.pairOf[e]];
      mutual[e] = a;
      sum += a;
      if (a > max) max = a;
    }
    rowMax[u] = max;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) proportion[e] = sum === 0 ? 0 : mutual[e] / sum;
  }
  return { offsets, targets, mutual, proportion, rowMax };
}

function findInRow(offsets: Int32Array, targets: Int32Array, u: number, v: number): number {
  let lo = offsets[u];
  let hi = offsets[u + 1] - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (targets[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @internal Burt's constraint of every node, and optionally his hierarchy. Isolates get `isolated`. */
export function* burtConstraint(
  ctx: ScoringContext,
  weighted: boolean,
  control: RunControl,
  isolated: number,
  withHierarchy: boolean,
): Resumable<{ constraint: Float64Array; hierarchy: Float64Array | null }> {
  const { n } = ctx;
  const { offsets, targets, proportion } = mutualAdjacency(ctx, weighted);
  const constraint = new Float64Array(n);
  const hierarchy = withHierarchy ? new Float64Array(n) : null;
  const acc = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    if (start === end) {
      constraint[v] = isolated;
      continue;
    }
    for (let e = start; e < end; e++) {
      acc[targets[e]] = proportion[e];
      mark[targets[e]] = v;
    }
    for (let e = start; e < end; e++) {
      const q = targets[e];
      const pvq = proportion[e];
      if (pvq === 0) continue;
      for (let f = offsets[q]; f < offsets[q + 1]; f++) {
        const j = targets[f];
        if (mark[j] === v) acc[j] += pvq * proportion[f];
      }
    }
    let c = 0;
    for (let e = start; e < end; e++) {
      const l = acc[targets[e]];
      acc[targets[e]] = l * l;
      c += l * l;
    }
    constraint[v] = c;
    if (hierarchy) hierarchy[v] = burtHierarchy(acc, targets, start, end, c);
    if ((v & 63) === 0 && control.tick(v, n)) yield;
  }
  return { constraint, hierarchy };
}

/**
 * Burt's hierarchy: how much of v's constraint comes from one contact,
 *   H_v = Σ_j (r_j ln r_j) / (N ln N),  r_j = ℓ_vj / (c_v / N), N = deg(v);  0 when N = 1 or c_v = 0.
 */
function burtHierarchy(local: Float64Array, targets: Int32Array, start: number, end: number, c: number): number {
  const N = end - start;
  if (N < 2 || c === 0) return 0;
  const mean = c / N;
  let h = 0;
  for (let e = start; e < end; e++) {
    const r = local[targets[e]] / mean;
    if (r > 0) h += r * Math.log(r);
  }
  return h / (N * Math.log(N));
}

/** @internal Burt's effective size of every node (NetworkX definition). Isolates get 0. */
export function* burtEffectiveSize(ctx: ScoringContext, weighted: boolean, control: RunControl): Resumable<Float64Array> {
  const { n } = ctx;
  const size = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  if (!weighted && !ctx.directed) {
    // Borgatti's shortcut, as NetworkX uses for unweighted undirected graphs: e = N − 2t/N with t the
    // ties among v's N contacts; 2t is an integer, so the value is the correctly rounded N − 2t/N.
    const { offsets, targets } = tiePairs(ctx).adj;
    for (let v = 0; v < n; v++) {
      const N = offsets[v + 1] - offsets[v];
      if (N === 0) continue;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) mark[targets[e]] = v;
      let twiceTies = 0;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const u = targets[e];
        for (let f = offsets[u]; f < offsets[u + 1]; f++) if (mark[targets[f]] === v) twiceTies++;
      }
      size[v] = N - twiceTies / N;
      if ((v & 63) === 0 && control.tick(v, n)) yield;
    }
    return size;
  }
  // e_v = Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p_vw m_uw),  m_uw = a_uw / max_x a_ux.
  const { offsets, targets, mutual, proportion, rowMax } = mutualAdjacency(ctx, weighted);
  const pv = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    if (start === end) continue;
    for (let e = start; e < end; e++) {
      pv[targets[e]] = proportion[e];
      mark[targets[e]] = v;
    }
    let s = 0;
    for (let e = start; e < end; e++) {
      const u = targets[e];
      const max = rowMax[u];
      let r = 0;
      if (max > 0) {
        for (let f = offsets[u]; f < offsets[u + 1]; f++) {
          const w = targets[f];
          if (mark[w] === v) r += (pv[w] * mutual[f]) / max;
        }
      }
      s += 1 - r;
    }
    size[v] = s;
    if ((v & 63) === 0 && control.tick(v, n)) yield;
  }
  return size;
}
