/**
 * Community labels for bridging and weak-tie reach: Louvain (Blondel et al. 2008, our resumable
 * implementation in ./louvain.ts, seeded through the library's PRNG) on the view's ties, or a node attribute.
 */
import { type ErrorIssue, InfluenceScoreError } from '../../../core/errors.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { ScoringContext } from '../../../context/context.js';
import { extremeWeightScale } from '../../../context/weight-range.js';
import { louvain } from './louvain.js';
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
  if (source === 'louvain') return yield* louvainCommunities(ctx, opts, control);
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

function* louvainCommunities(ctx: ScoringContext, opts: { seed: number; resolution: number; weighted: boolean }, control: RunControl): Resumable<Communities> {
  const { offsets, targets, weights } = tiePairs(ctx).adj;
  // Modularity does not depend on the weights' scale, but Louvain squares their total: weights of
  // extreme magnitude are brought near 1 so that it neither overflows nor underflows.
  const scale = opts.weighted ? extremeWeightScale(weights) : 1;
  const input = { n: ctx.n, offsets, targets, weights: !opts.weighted ? null : scale === 1 ? weights : weights.map((w) => w * scale) };
  const found = yield* louvain(input, opts, control);
  return { of: found.of, count: found.count, modularity: found.modularity };
}
