/**
 * Node weights given by key (PageRank's personalization and dangling vectors, TrustRank's seeds,
 * EigenTrust's pre-trusted peers) turned into a dense probability distribution over the context's
 * node order. Shared by the centrality and trust families.
 */
import type { ScoringContext } from '../../context/context.js';
import { InfluenceScoreError } from '../../core/errors.js';

/** Weights per node key, as an object or a Map (use a Map for keys such as `__proto__`). */
export type NodeWeights = Record<string, number> | Map<string, number>;

/** @internal Dense, normalized distribution from node weights; uniform when absent. */
export function distribution(ctx: ScoringContext, weights: NodeWeights | undefined, what: string): Float64Array {
  const out = new Float64Array(ctx.n);
  if (!weights) return out.fill(1 / ctx.n);
  const entries = weights instanceof Map ? [...weights] : Object.entries(weights);
  let sum = 0;
  for (const [key, w] of entries) {
    const i = ctx.index.get(key);
    if (i === undefined) throw new InfluenceScoreError('UNKNOWN_NODE', `${what} names node "${key}", which is not in the graph`, [{ path: [what, key], message: 'unknown node' }]);
    out[i] = w;
    sum += w;
  }
  if (!(sum > 0)) throw new InfluenceScoreError('INVALID_OPTION', `${what} must give some node a positive weight`, [{ path: [what], message: 'all weights are zero' }]);
  for (let i = 0; i < ctx.n; i++) out[i] /= sum;
  return out;
}
