/**
 * Community labels for bridging: Louvain (Blondel et al. 2008, graphology-communities-louvain,
 * seeded through the library's PRNG) on the view's undirected projection, or a node attribute.
 */
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { type ErrorIssue, InfluenceScoreError } from '../../../core/errors.js';
import { createRng } from '../../../core/rng.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { ScoringContext } from '../../../context/context.js';
import { extremeWeightScale } from '../../../context/weight-range.js';
import { tiePairs } from './pairs.js';

/** Where communities come from: Louvain, or the name of a node attribute holding a label. */
export type CommunitySource = 'louvain' | { attribute: string };

/** @internal Dense community ids 0..count−1 per node. */
export interface Communities {
  readonly of: Int32Array;
  readonly count: number;
  readonly modularity: number | null;
}

const MAX_ISSUES = 50;

/** @internal Labels every node of `ctx`. */
export function* detectCommunities(
  ctx: ScoringContext,
  source: CommunitySource,
  opts: { seed: number; resolution: number; weighted: boolean },
  control: RunControl,
): Resumable<Communities> {
  // graphology-communities-louvain runs in one piece (about 2 s on email-Enron, loaded machine):
  // pause before and after it, but an abort cannot land inside it. Labels from an attribute avoid it.
  if (source === 'louvain') {
    if (control.tick(0, 1)) yield;
    const found = louvainCommunities(ctx, opts);
    if (control.tick(1, 1)) yield;
    return found;
  }
  const of = new Int32Array(ctx.n);
  const ids = new Map<string, number>();
  const issues: ErrorIssue[] = [];
  let missing = 0;
  for (let i = 0; i < ctx.n; i++) {
    const raw = ctx.nodeAttribute(i, source.attribute);
    if (raw === undefined || raw === null || raw === '') {
      missing++;
      if (issues.length < MAX_ISSUES) issues.push({ path: ['nodes', ctx.keys[i], source.attribute], field: source.attribute, message: `node "${ctx.keys[i]}" has no ${source.attribute}` });
      continue;
    }
    const label = String(raw);
    let id = ids.get(label);
    if (id === undefined) {
      id = ids.size;
      ids.set(label, id);
    }
    of[i] = id;
  }
  if (missing > 0) throw new InfluenceScoreError('MISSING_DATA', `${missing} node(s) lack the community attribute "${source.attribute}"`, issues);
  return { of, count: ids.size, modularity: null };
}

function louvainCommunities(ctx: ScoringContext, opts: { seed: number; resolution: number; weighted: boolean }): Communities {
  const pairs = tiePairs(ctx);
  const { offsets, targets, weights } = pairs.adj;
  const projection = new UndirectedGraph();
  // Modularity does not depend on the weights' scale, but Louvain squares their total: weights of
  // extreme magnitude are brought near 1 so that it neither overflows nor underflows.
  const scale = opts.weighted ? extremeWeightScale(weights) : 1;
  for (let i = 0; i < ctx.n; i++) projection.addNode(String(i));
  for (let u = 0; u < ctx.n; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      if (targets[e] > u) projection.addEdge(String(u), String(targets[e]), { weight: opts.weighted ? weights[e] * scale : 1 });
    }
  }
  const rng = createRng(opts.seed);
  const result = louvain.detailed(projection, { resolution: opts.resolution, rng: rng.next, getEdgeWeight: 'weight' });
  // Renumber in node order so the ids do not depend on Louvain's internal numbering.
  const of = new Int32Array(ctx.n);
  const ids = new Map<number, number>();
  for (let i = 0; i < ctx.n; i++) {
    const c = result.communities[String(i)];
    let id = ids.get(c);
    if (id === undefined) {
      id = ids.size;
      ids.set(c, id);
    }
    of[i] = id;
  }
  return { of, count: ids.size, modularity: Number.isFinite(result.modularity) ? result.modularity : null };
}
