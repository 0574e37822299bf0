/**
 * Engagement type weights resolved against the types the data uses: each interaction type code and
 * each post-count column gets its weight, −1 when the type is ignored (a relation, not a response).
 * A used type with no weight is an error naming it: a typo must not vanish silently.
 */
import { type ErrorIssue, InfluenceScoreError } from '../../core/errors.js';
import type { CheckedColumns } from './columns.js';
import type { ResolvedEngagementOptions } from './options.js';

/** @internal Weights per interaction type code and per post-count column (−1: ignored). */
export interface TypeWeights {
  readonly interaction: Float64Array;
  readonly count: Float64Array;
  /** 1 for each interaction type code that some interaction uses. */
  readonly usedCodes: Uint8Array;
}

function weightsOf(names: readonly string[], options: ResolvedEngagementOptions, used: (code: number) => boolean, source: string, issues: ErrorIssue[]): Float64Array {
  const ignored = new Set(options.ignore);
  const weights = new Float64Array(names.length);
  for (let code = 0; code < names.length; code++) {
    const w = options.typeWeights.get(names[code]);
    if (w !== undefined) weights[code] = w;
    else if (ignored.has(names[code])) weights[code] = -1;
    else if (used(code)) {
      const shown = names[code] === '' ? 'without a type' : `of type ${JSON.stringify(names[code])}`;
      issues.push({ path: [source, names[code]], field: 'type', message: `${source} ${shown} have no engagement weight; pass weights: { ${JSON.stringify(names[code] || 'type')}: w } or list the type in ignore` });
    }
  }
  return weights;
}

/** @internal The type weights of `data`; throws `INVALID_INPUT` naming every used type without one. */
export function resolveTypeWeights(data: CheckedColumns, options: ResolvedEngagementOptions): TypeWeights {
  const { interactions, interactionCount: I } = data;
  const iType = interactions?.type ?? new Int32Array(0);
  const usedCodes = new Uint8Array(interactions?.typeNames.length ?? 0);
  for (let i = 0; i < I; i++) usedCodes[iType[i]] = 1;
  const issues: ErrorIssue[] = [];
  const interaction = interactions ? weightsOf(interactions.typeNames, options, (c) => usedCodes[c] === 1, 'interactions', issues) : new Float64Array(0);
  const count = weightsOf(data.counts.map(([type]) => type), options, () => true, 'post counts', issues);
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'Engagement input has types with no weight', issues);
  return { interaction, count, usedCodes };
}
