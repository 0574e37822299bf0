/**
 * Spectral radius λ_max of the adjacency matrix, for Katz's default α. A directed acyclic graph has
 * λ_max = 0 exactly (A is nilpotent), where power iteration would only creep towards it, so acyclicity
 * is settled first by Kahn's topological sort; otherwise λ_max comes from the shifted power iteration.
 */
import type { ScoringContext } from '../../../context/context.js';
import { extremeWeightScale, withWeightScale } from '../../../context/weight-range.js';
import { perronVector } from './perron.js';

/** @internal Whether the directed graph (edges of positive weight when `weighted`) has no cycle. */
function isAcyclic(ctx: ScoringContext, weighted: boolean): boolean {
  const { n } = ctx;
  const { offsets, targets, weights } = ctx.out;
  const indeg = new Int32Array(n);
  for (let e = 0; e < targets.length; e++) if (!weighted || weights[e] > 0) indeg[targets[e]]++;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indeg[v] === 0) queue[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      if (weighted && !(weights[e] > 0)) continue;
      if (--indeg[targets[e]] === 0) queue[tail++] = targets[e];
    }
  }
  return tail === n;
}

/** @internal λ_max of A (weighted or not) with the iterations the estimate took. */
export function spectralRadius(
  ctx: ScoringContext,
  weighted: boolean,
  tick: (done: number, total: number) => void,
): { lambda: number; iterations: number; converged: boolean } {
  if (ctx.n === 0 || (ctx.directed && isAcyclic(ctx, weighted))) return { lambda: 0, iterations: 0, converged: true };
  // λ(cA) = c·λ(A): weights of extreme magnitude are brought near 1 so that the estimate from (A + I)
  // neither overflows nor drowns in the identity.
  const source = ctx.directed ? ctx.out : ctx.in;
  const scale = weighted ? extremeWeightScale(source.weights) : 1;
  const csr = withWeightScale(source, scale);
  const r = perronVector(ctx.n, ctx.directed ? { rows: 'out', csr } : { rows: 'in', csr }, { weighted, tolerance: 1e-12, maxIterations: 10_000 }, tick);
  return { lambda: r.lambda / scale, iterations: r.iterations, converged: r.converged };
}
