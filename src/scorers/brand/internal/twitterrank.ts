/**
 * TwitterRank (Weng, Lim, Jiang & He, WSDM 2010) on declared topics, kept for researchers comparing
 * formulas (`topicalInfluence({ formula: 'twitterrank' })`; departures in topical-influence.ts):
 *   P_ij = A_ij · g_j · (1 − |s_i − s_j|) / Σ_a A_ia · c_a      g_j = o_j (or c_j, the paper's |T_j|)
 *   E_j  = o_j / Σ_k o_k
 *   TR   = γ·(Pᵀ TR + (Σ_i TR_i (1 − Σ_j P_ij))·E) + (1 − γ)·E
 */
import type { Csr } from '../../../context/csr.js';
import type { RunControl } from '../../../core/run.js';
import type { TopicCounts } from './topic-counts.js';
import { type WalkSettings, type WalkResult, topicWalk } from './topic-walk.js';

/** @internal TwitterRank's scores (its stationary distribution). */
export function twitterRank(out: Csr, counts: TopicCounts, share: Float64Array, contentWeight: 'topic' | 'all', settings: WalkSettings, control: RunControl): WalkResult {
  const n = share.length;
  const { total, onTopic, onTopicItems } = counts;
  const gain = contentWeight === 'topic' ? onTopic : total;
  const teleport = new Float64Array(n);
  for (let j = 0; j < n; j++) teleport[j] = onTopic[j] / onTopicItems;
  // The denominator is all the content i's followees write, so what is left of a row (off-topic
  // reading) teleports to E.
  const { offsets, targets, weights } = out;
  const step = new Float64Array(targets.length);
  for (let i = 0; i < n; i++) {
    let read = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) read += (settings.weighted ? weights[e] : 1) * total[targets[e]];
    if (!(read > 0)) continue;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      step[e] = ((settings.weighted ? weights[e] : 1) * gain[j] * (1 - Math.abs(share[i] - share[j]))) / read;
    }
  }
  const walk = topicWalk(out, step, teleport, settings, control);
  return { ...walk, values: walk.visits };
}
