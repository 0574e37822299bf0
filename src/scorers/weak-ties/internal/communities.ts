/**
 * Community labels for bridging and weak-tie reach: Louvain (Blondel et al. 2008, our resumable
 * implementation in ./louvain.ts, seeded through the library's PRNG) on the view's ties, or a node attribute.
 */
import { type ErrorIssue, InfluenceScoreError } from '../../../core/errors.js';
import type { Resumable, RunControl } from '../../../core/run.js';
import type { ScoringContext } from '../../../context/context.js';
import { extremeWeightScale } from '../../../context/weight-range.js';
import { louvain, maxVisitsPerNode } from './louvain.js';
import { mergeCommunities } from './merge-communities.js';
import { tiePairs } from './pairs.js';
import { NameCodes } from '../../../core/name-codes.js';
import { warning, type Warning } from '../../../core/warnings.js';

/** Where communities come from: Louvain, or the name of a node attribute holding a label. */
export type CommunitySource = 'louvain' | { attribute: string };

/**
 * Louvain's resolution γ, or `'auto'`: Louvain at resolution 2, then two communities merged
 * when a random graph with the same ties would have a split as deep (./merge-communities.ts).
 * @defaultValue `'auto'` (in weakTieReach and bridging)
 * @example
 * ```ts
 * bridging({ resolution: 'auto' }); // or a number: plain Louvain at that γ
 * ```
 */
export type Resolution = number | 'auto';

/** The resolution of the fine partition that `'auto'` merges from (finer than 1, so the merges, not γ, decide the sizes). */
export const FINE_RESOLUTION = 2;

/** @internal Dense community ids 0..count−1 per node. */
export interface Communities {
  readonly of: Int32Array;
  readonly count: number;
  readonly modularity: number | null;
  /** For `resolution: 'auto'`: how many communities Louvain found before the merges. */
  readonly before?: number;
  /** What changed the labels without the caller asking (for `meta.warnings`). */
  readonly warnings: readonly Warning[];
}

const MAX_ISSUES = 50;

/** @internal Labels every node of `ctx`. */
export function* detectCommunities(
  ctx: ScoringContext,
  source: CommunitySource,
  opts: { seed: number; resolution: Resolution; weighted: boolean },
  control: RunControl,
): Resumable<Communities> {
  if (source === 'louvain') return yield* louvainCommunities(ctx, opts, control);
  const of = new Int32Array(ctx.n);
  const labels = new NameCodes();
  const issues: ErrorIssue[] = [];
  let missing = 0;
  for (let i = 0; i < ctx.n; i++) {
    const raw = ctx.nodeAttribute(i, source.attribute);
    if (raw === undefined || raw === null || raw === '') {
      missing++;
      if (issues.length < MAX_ISSUES) issues.push({ path: ['nodes', ctx.keys[i], source.attribute], field: source.attribute, message: `node "${ctx.keys[i]}" has no ${source.attribute}` });
      continue;
    }
    of[i] = labels.code(String(raw));
  }
  if (missing > 0) throw new InfluenceScoreError('MISSING_DATA', `${missing} node(s) lack the community attribute "${source.attribute}"`, issues);
  return { of, count: labels.names.length, modularity: null, warnings: [] };
}

function* louvainCommunities(ctx: ScoringContext, opts: { seed: number; resolution: Resolution; weighted: boolean }, control: RunControl): Resumable<Communities> {
  const { offsets, targets, weights } = tiePairs(ctx).adj;
  // Modularity does not depend on the weights' scale, but Louvain squares their total: weights of
  // extreme magnitude are brought near 1 so that it neither overflows nor underflows.
  const scale = opts.weighted ? extremeWeightScale(weights) : 1;
  const input = { n: ctx.n, offsets, targets, weights: !opts.weighted ? null : scale === 1 ? weights : weights.map((w) => w * scale) };
  const auto = opts.resolution === 'auto';
  const found = yield* louvain(input, { seed: opts.seed, resolution: auto ? FINE_RESOLUTION : (opts.resolution as number) }, control);
  const warnings = found.truncated
    ? [warning('TRUNCATED', `Louvain stopped a moving phase at its guard of ${maxVisitsPerNode()} visits per node before every node had settled: the communities may not be locally optimal (please report this graph)`)]
    : [];
  if (!auto) return { of: found.of, count: found.count, modularity: found.modularity, warnings };
  const merged = mergeCommunities(input, found.of, found.count);
  return { of: merged.of, count: merged.count, modularity: merged.modularity, before: found.count, warnings };
}
