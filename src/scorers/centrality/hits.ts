/**
 * HITS (Kleinberg 1999): hubs point to good authorities, authorities are pointed to by good hubs.
 *   a = Aᵀ h,  h = A a   ⇒  a is the principal eigenvector of AᵀA (the top right singular vector of A)
 * NetworkX semantics (`hits`): edge weights count (parallel edges add up, as NetworkX's adjacency
 * matrix of a multigraph), both vectors normalized to sum 1. Power iteration a ← AᵀA a from uniform,
 * two sparse products per step over the out- and in-CSR, no allocation per step.
 * Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment. Journal of the ACM 46(5), 604–632.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import { createScoreVector } from '../../core/score-vector.js';
import type { Csr } from '../../context/csr.js';
import type { ViewOptions } from '../../context/view.js';
import { extremeWeightScale } from '../../context/weight-range.js';
import { createScorer } from '../create-scorer.js';

const schema = z
  .object({
    part: z.enum(['authority', 'hub']).default('authority'),
    weighted: z.boolean().default(true),
    tolerance: z.number().positive().default(1e-12),
    maxIterations: z.number().int().positive().default(10_000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link hits}. */
export interface HitsOptions {
  /**
   * Which vector becomes the scores: `authority` (pointed to by good hubs: the influence reading of
   * `u → v`) or `hub` (points to good authorities: a curator). Both are always in `parts`.
   * @defaultValue `'authority'`
   */
  part?: 'authority' | 'hub';
  /** Use edge weights, parallel edges summed (NetworkX's `hits` reads the `weight` attribute). Unweighted sees each tie once. @defaultValue `true` */
  weighted?: boolean;
  /** Stop when the L1 change of the sum-normalized authority vector is below this. @defaultValue `1e-12` */
  tolerance?: number;
  /** Give up (with `meta.converged = false` and a warning) after this many iterations. @defaultValue `10000` */
  maxIterations?: number;
  /** Which edges to read. @defaultValue every edge */
  view?: ViewOptions;
}

/** y[r] = scale · Σ_{e ∈ row r} w_e · x[target_e]; returns Σ y. */
function multiply(n: number, csr: Csr, weighted: boolean, x: Float64Array, y: Float64Array, scale: number): number {
  const { offsets, targets, weights } = csr;
  let total = 0;
  let start = offsets[0];
  for (let r = 0; r < n; r++) {
    const end = offsets[r + 1];
    let acc = 0;
    if (weighted) for (let e = start; e < end; e++) acc += x[targets[e]] * weights[e];
    else for (let e = start; e < end; e++) acc += x[targets[e]];
    start = end;
    acc *= scale;
    y[r] = acc;
    total += acc;
  }
  return total;
}

/** ‖y − x‖₁. */
function l1Distance(n: number, x: Float64Array, y: Float64Array): number {
  let d = 0;
  for (let v = 0; v < n; v++) d += Math.abs(y[v] - x[v]);
  return d;
}

/**
 * HITS hub and authority scores. The scorer's values are the `part` chosen; `parts.authority` and
 * `parts.hub` carry both vectors from the same run, so one call gives both.
 *
 * @example
 * ```ts
 * const v = hits().score(graph);            // authorities
 * v.parts!.hub.top(5);                      // the best hubs, same run
 * hits({ part: 'hub' }).score(graph);       // hubs as the scores
 * ```
 */
export function hits(options: HitsOptions = {}): Scorer {
  const { view, ...params } = parseOptions(schema, options, 'hits');
  const { weighted } = params;
  const range = [0, 1] as const;
  return createScorer({
    id: params.part === 'hub' ? 'hits-hub' : 'hits-authority',
    label: params.part === 'hub' ? 'HITS hub' : 'HITS authority',
    description: 'a = Aᵀh, h = Aa (principal singular vectors of A), each summing to 1. Kleinberg 1999.',
    range,
    higherIsBetter: true,
    params,
    view,
    compute(ctx, control) {
      const { n } = ctx;
      // a is kept unnormalized: â = a/μ with μ = Σa, so a step needs no separate normalization pass.
      let a = new Float64Array(n).fill(1 / n);
      let next = new Float64Array(n);
      const h = new Float64Array(n);
      let mu = 1;
      let iterations = 0;
      let converged = n === 0;
      let empty = false;
      // Both vectors are normalized, so the weights' scale cannot matter; at extreme magnitudes AᵀA
      // would overflow (or underflow to "no edges") without bringing the largest weight to 1.
      const ws = weighted ? extremeWeightScale(ctx.out.weights) : 1;
      while (!converged && iterations < params.maxIterations) {
        iterations++;
        multiply(n, ctx.out, weighted, a, h, ws / mu);
        const total = multiply(n, ctx.in, weighted, h, next, ws);
        if (!(total > 0)) {
          empty = true;
          break;
        }
        // ‖AᵀAâ − μâ‖₁ / Σ AᵀAâ: the L1 change of the normalized vector, up to O(change²).
        const change = l1Distance(n, a, next) / total;
        [a, next] = [next, a];
        mu = total;
        control.tick(iterations, params.maxIterations);
        if (change < params.tolerance) converged = true;
      }
      if (empty) {
        // No edges of positive weight: every node is equally (un)important.
        a.fill(1 / n);
        h.fill(1 / n);
        converged = true;
      } else if (n > 0) {
        for (let v = 0; v < n; v++) a[v] /= mu;
        const hubTotal = multiply(n, ctx.out, weighted, a, h, ws);
        for (let u = 0; u < n; u++) h[u] /= hubTotal;
      }
      const part = (values: Float64Array, which: 'hub' | 'authority') =>
        createScoreVector({
          keys: ctx.keys,
          index: ctx.index,
          values,
          meta: { scorer: `hits-${which}`, params: { ...params, part: which }, converged, iterations, elapsedMs: 0, warnings: [], higherIsBetter: true, range },
        });
      return {
        values: params.part === 'hub' ? h : a,
        converged,
        iterations,
        parts: { authority: part(a, 'authority'), hub: part(h, 'hub') },
      };
    },
  });
}
