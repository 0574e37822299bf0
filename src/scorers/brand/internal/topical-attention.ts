/**
 * Topical attention, the default formula of topicalInfluence: the attention an account receives
 * from readers of the topic, walked like topic-sensitive PageRank (Haveliwala 2002) with TwitterRank's
 * topic-weighted steps (Weng et al. 2010), scored on the arrivals only, never on one's own output.
 *   a_j = o_j / (c_j + κ)                              aboutness: j's content is on the topic
 *   ρ_i = (Σ_j A_ij a_j + o_i) / (Σ_j A_ij + c_i)       interest: i reads (follows, engages) or writes it
 *   P_ij = A_ij a_j / Σ_k A_ik                         a step follows i's attention to on-topic accounts
 *   E_i  = ρ_i / Σ_k ρ_k                                walks start at the topic's readers
 *   x    = γ·(Pᵀ x + lost·E) + (1 − γ)·E              (see topic-walk.ts)
 *   TI_j = (Pᵀ x)_j / Σ_k (Pᵀ x)_k                     arrivals along edges: topical attention received
 */
import type { Csr } from '../../../context/csr.js';
import type { RunControl } from '../../../core/run.js';
import type { TopicCounts } from './topic-counts.js';
import { type WalkResult, type WalkSettings, topicWalk } from './topic-walk.js';

/** @internal Per-account aboutness a_j and interest ρ_i. */
export interface TopicalEvidence {
  readonly aboutness: Float64Array;
  readonly interest: Float64Array;
}

/** @internal a_j and ρ_i of the formula above. */
export function topicalEvidence(out: Csr, counts: TopicCounts, prior: number, weighted: boolean): TopicalEvidence {
  const n = counts.total.length;
  const { total, onTopic } = counts;
  const aboutness = new Float64Array(n);
  for (let j = 0; j < n; j++) aboutness[j] = total[j] + prior > 0 ? onTopic[j] / (total[j] + prior) : 0;
  const interest = new Float64Array(n);
  const { offsets, targets, weights } = out;
  for (let i = 0; i < n; i++) {
    let on = onTopic[i];
    let all = total[i];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const w = weighted ? weights[e] : 1;
      on += w * aboutness[targets[e]];
      all += w;
    }
    interest[i] = all > 0 ? on / all : 0;
  }
  return { aboutness, interest };
}

/** @internal Topical attention received (sums to 1, or all 0 when no reader attends to an on-topic account). */
export function topicalAttention(out: Csr, evidence: TopicalEvidence, settings: WalkSettings, control: RunControl): WalkResult {
  const n = evidence.interest.length;
  const { aboutness, interest } = evidence;
  const { offsets, targets, weights } = out;
  const step = new Float64Array(targets.length);
  for (let i = 0; i < n; i++) {
    let attention = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) attention += settings.weighted ? weights[e] : 1;
    if (!(attention > 0)) continue;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) step[e] = ((settings.weighted ? weights[e] : 1) * aboutness[targets[e]]) / attention;
  }
  let readers = 0;
  for (let i = 0; i < n; i++) readers += interest[i];
  const teleport = new Float64Array(n);
  if (readers > 0) for (let i = 0; i < n; i++) teleport[i] = interest[i] / readers;
  const walk = topicWalk(out, step, teleport, settings, control);
  let received = 0;
  for (let j = 0; j < n; j++) received += walk.inflow[j];
  const values = new Float64Array(n);
  if (received > 0) for (let j = 0; j < n; j++) values[j] = walk.inflow[j] / received;
  return { ...walk, values };
}
