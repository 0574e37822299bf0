/**
 * Degree discount (Chen, Wang & Yang 2009, "Efficient influence maximization in social networks",
 * KDD): pick the node of highest discounted degree dd_v = d_v − 2t_v − (d_v − t_v)·t_v·p, where d_v
 * counts the nodes v can activate and t_v the chosen seeds that can activate v. The formula is
 * derived for IC with a uniform p; on directed graphs we read "neighbour" along the influence
 * direction as above. Other models use their mean edge probability as p.
 */
import type { Resumable, RunControl } from '../../core/run.js';
import type { Propagation } from '../diffusion/propagation.js';

/** @internal The p the discount uses: the model's uniform probability, else the mean edge probability. */
export function discountProbability(prop: Propagation): number {
  const m = prop.model;
  if (m.type === 'ic' && m.probability === 'uniform') return m.p;
  if (m.type === 'sir' || m.type === 'si') return m.beta;
  const { prob } = prop.forward;
  let s = 0;
  for (let e = 0; e < prob.length; e++) s += prob[e];
  return prob.length > 0 ? s / prob.length : 0;
}

/** @internal */
export function* degreeDiscount(prop: Propagation, k: number, control: RunControl): Resumable<Int32Array> {
  const { n } = prop;
  const { offsets, targets } = prop.forward;
  const p = discountProbability(prop);
  const d = new Float64Array(n);
  for (let v = 0; v < n; v++) d[v] = offsets[v + 1] - offsets[v];
  const dd = Float64Array.from(d);
  const t = new Float64Array(n);
  const chosen = new Uint8Array(n);
  const size = Math.min(k, n);
  const seeds = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    if (control.tick(i, size)) yield;
    let best = -1;
    for (let v = 0; v < n; v++) if (!chosen[v] && (best < 0 || dd[v] > dd[best])) best = v;
    seeds[i] = best;
    chosen[best] = 1;
    for (let e = offsets[best]; e < offsets[best + 1]; e++) {
      const v = targets[e];
      if (chosen[v]) continue;
      t[v] += 1;
      dd[v] = d[v] - 2 * t[v] - (d[v] - t[v]) * t[v] * p;
    }
  }
  return seeds;
}
