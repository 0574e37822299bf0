/**
 * EigenTrust (Kamvar, Schlosser & Garcia-Molina 2003, "The EigenTrust Algorithm for Reputation
 * Management in P2P Networks", WWW). Local trust from i to j is the positive minus the negative
 * interactions, clipped at 0 and row-normalized:
 *   s_ij = Σ w(i → j, positive) − Σ w(i → j, distrust),   c_ij = max(s_ij, 0) / Σ_k max(s_ik, 0)
 * A row with no positive trust (a peer who trusts nobody) is replaced by p, as in the paper. Global
 * trust is the fixed point of
 *   t_{k+1} = (1 − a)·Cᵀ t_k + a·p,   t_0 = p
 * with p the pre-trusted peers' distribution (uniform over all accounts when none are given).
 * Without distrust this is personalized PageRank on the weighted graph: with a = 1 − α and p on the
 * same seeds it equals weighted `trustRank`; the difference is the distrust relation.
 * Relation to graph-tool's `eigentrust`: it iterates t_{k+1} = Cᵀ t_k from 1/N, i.e. a = 0 with p
 * uniform, and drops the mass of rows without trust; on a graph where every account trusts someone
 * the two agree (test/fixtures/eigentrust-references.json.gz, bench/python/eigentrust_reference.py).
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import { arcsCsr } from '../../context/context.js';
import { transposeCsr } from '../../context/csr.js';
import type { ViewOptions } from '../../context/view.js';
import { distribution, type NodeWeights } from '../shared/node-weights.js';
import { createScorer } from '../create-scorer.js';
import { typeCodes } from './internal/shared.js';

const preTrustedSchema = z
  .union([
    z.array(z.string()),
    z.record(z.string(), z.number().nonnegative().refine(Number.isFinite, 'must be finite')),
    z.instanceof(Map<string, number>),
  ])
  .refine(
    (s) => (Array.isArray(s) ? s.length > 0 : [...(s instanceof Map ? s.values() : Object.values(s))].some((w) => w > 0)),
    'the pre-trusted set is empty: name at least one account (with a positive weight), or omit preTrusted for uniform pre-trust',
  );

const relationList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const schema = z
  .object({
    preTrusted: preTrustedSchema.optional(),
    a: z.number().min(0).lt(1).default(0.15),
    distrust: relationList.optional(),
    weighted: z.boolean().default(true),
    tolerance: z.number().positive().default(1e-10),
    maxIterations: z.number().int().positive().default(1000),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link eigenTrust}. */
export interface EigenTrustOptions {
  /** Pre-trusted accounts (keys, or key → weight). An empty set is an `INVALID_OPTION`. @defaultValue uniform over all accounts */
  preTrusted?: string[] | NodeWeights;
  /** Weight of the jump back to the pre-trusted peers, in [0, 1). `0` is the plain iteration (graph-tool's). @defaultValue `0.15` */
  a?: number;
  /** Relation type(s) whose edges are distrust: they subtract from local trust. @defaultValue none */
  distrust?: string | string[];
  /** Sum edge weights (e.g. the number of signatures) rather than counting edges. @defaultValue `true` */
  weighted?: boolean;
  /** L1 change below which the iteration stops. @defaultValue `1e-10` */
  tolerance?: number;
  /** Iteration cap (non-convergence is a warning). @defaultValue `1000` */
  maxIterations?: number;
  /** Which edges are interactions; distrust relations are added to its relations. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * EigenTrust: global trust as the left principal eigenvector of normalized local trust, with
 * pre-trusted peers; values sum to 1.
 *
 * @example
 * ```ts
 * const t = eigenTrust({ preTrusted: ['root-ca'], a: 0.1, distrust: 'report' }).score(graph);
 * t.get('alice');
 * ```
 */
export function eigenTrust(options: EigenTrustOptions = {}): Scorer {
  const { view, preTrusted, distrust, ...params } = parseOptions(schema, options, 'eigenTrust');
  const distrustTypes = distrust === undefined ? [] : typeof distrust === 'string' ? [distrust] : distrust;
  const scoped: ViewOptions | undefined = view?.relations && distrustTypes.length > 0 ? { ...view, relations: [...new Set([...view.relations, ...distrustTypes])] } : view;
  return createScorer({
    id: 'eigen-trust',
    label: 'EigenTrust',
    description: 't = (1 − a)Cᵀt + a·p, c_ij = max(pos_ij − neg_ij, 0) row-normalized, p = pre-trusted peers. Kamvar et al. 2003.',
    range: [0, 1],
    higherIsBetter: true,
    params: { ...params, distrust: distrustTypes, preTrusted: preTrusted === undefined ? 'uniform' : preTrusted instanceof Map ? Object.fromEntries(preTrusted) : preTrusted },
    view: scoped,
    compute(ctx, control) {
      const { n, edges } = ctx;
      if (n === 0) return { values: new Float64Array(0), converged: true, iterations: 0 };
      const p = distribution(ctx, preTrusted === undefined ? undefined : Array.isArray(preTrusted) ? new Map(preTrusted.map((k) => [k, 1])) : (preTrusted as NodeWeights), 'preTrusted');
      const negative = typeCodes(ctx, distrustTypes)!;

      // Signed local trust per ordered pair: the CSR sums parallel edges, so s_ij comes out merged.
      const signed = new Float64Array(edges.length);
      for (let e = 0; e < edges.length; e++) signed[e] = (params.weighted ? edges.weight[e] : 1) * (negative.has(edges.type[e]) ? -1 : 1);
      const local = arcsCsr(n, edges, 'forward', signed);
      const rowSum = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let e = local.offsets[i]; e < local.offsets[i + 1]; e++) {
          if (local.weights[e] < 0) local.weights[e] = 0;
          rowSum[i] += local.weights[e];
        }
      }
      for (let i = 0; i < n; i++) {
        if (rowSum[i] > 0) for (let e = local.offsets[i]; e < local.offsets[i + 1]; e++) local.weights[e] /= rowSum[i];
      }
      const { offsets: inOff, targets: inSrc, weights: inW } = transposeCsr(n, local);
      const untrustingIdx = Int32Array.from({ length: n }, (_, i) => i).filter((i) => !(rowSum[i] > 0));

      let t = Float64Array.from(p);
      let next = new Float64Array(n);
      let iterations = 0;
      let converged = false;
      const follow = 1 - params.a;
      const { a } = params;
      while (iterations < params.maxIterations) {
        iterations++;
        let untrusting = 0;
        for (let k = 0; k < untrustingIdx.length; k++) untrusting += t[untrustingIdx[k]];
        let delta = 0;
        for (let j = 0; j < n; j++) {
          let acc = 0;
          const end = inOff[j + 1];
          for (let e = inOff[j]; e < end; e++) acc += inW[e] * t[inSrc[e]];
          const value = follow * (acc + untrusting * p[j]) + a * p[j];
          delta += Math.abs(value - t[j]);
          next[j] = value;
        }
        [t, next] = [next, t];
        control.tick(iterations, params.maxIterations);
        if (delta < params.tolerance) {
          converged = true;
          break;
        }
      }
      // A distribution's entries can exceed 1 by an ulp when one account holds all the mass.
      for (let i = 0; i < n; i++) t[i] = Math.min(1, t[i]);
      return { values: t, converged, iterations, extra: { untrustingAccounts: untrustingIdx.length } };
    },
  });
}
