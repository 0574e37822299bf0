/**
 * Explanation of a composite score: what each part contributed to one node's value.
 *   arithmetic  score = low + Σ cᵢ,          cᵢ = (high − low)·wᵢ·xᵢ      (points added by the part)
 *   geometric   score = low + (high − low)·exp(Σ cᵢ),  cᵢ = wᵢ·ln xᵢ ≤ 0  (log-penalty of the part)
 *   harmonic    score = low + (high − low) / Σ cᵢ,     cᵢ = wᵢ / xᵢ      (reciprocal load of the part)
 * with wᵢ the weight share, xᵢ the part's normalized value and [low, high] the scale ([0, 1] without one).
 */
import { expectScoreVector } from '../core/arguments.js';
import { InfluenceScoreError } from '../core/errors.js';
import type { ScoreVector } from '../core/score-vector.js';
import type { Aggregate } from './aggregate.js';
import type { Composition } from './combine.js';
import type { NormalizerName } from './normalize.js';

/** What one part contributed to a node's composite score. */
export interface PartContribution {
  /** Part name. */
  readonly name: string;
  /** Weight share of the part (the weights divided by their sum). */
  readonly weight: number;
  /** The part's normalized value for the node. */
  readonly value: number;
  /** The part scorer's raw value for the node, before normalization. */
  readonly raw: number;
  /**
   * Arithmetic: points the part adds to the score (they sum to score − low). Geometric: wᵢ·ln xᵢ,
   * ≤ 0, −Infinity for a 0 part. Harmonic: wᵢ / xᵢ, Infinity for a 0 part (see the file header).
   */
  readonly contribution: number;
  /**
   * Arithmetic: contribution / Σ |contributions|, the part's signed share of the score. Geometric and
   * harmonic: the part's share of what holds the score below the top (the larger, the more this part
   * drags the node down); parts at 0 share 1 between them. Always finite; 0 when nothing to share.
   */
  readonly share: number;
  /** When the part is itself a composite: its own explanation for the node. */
  readonly explanation?: Explanation;
}

/** Result of {@link explain}. */
export interface Explanation {
  readonly node: string;
  /** The composite score of the node. */
  readonly score: number;
  readonly aggregate: Aggregate;
  readonly normalize: NormalizerName;
  /** The display scale, or null. */
  readonly scale: readonly [number, number] | null;
  /** Parts in the order they were given to `combine`. */
  readonly parts: readonly PartContribution[];
}

function sharesOf(c: readonly number[], aggregate: Aggregate): number[] {
  if (aggregate === 'arithmetic') {
    const total = c.reduce((s, x) => s + Math.abs(x), 0);
    return c.map((x) => (total > 0 ? x / total : 0));
  }
  const extreme = c.filter((x) => !Number.isFinite(x)).length;
  if (extreme > 0) return c.map((x) => (Number.isFinite(x) ? 0 : 1 / extreme));
  const total = c.reduce((s, x) => s + x, 0);
  return c.map((x) => (total !== 0 ? x / total : 0));
}

/**
 * Says how much each part contributed to `node`'s score in a vector made by {@link combine}; nested
 * composites are explained recursively.
 *
 * @example
 * ```ts
 * const v = combine({ parts: { pr: [pagerank(), 3], deg: [degree(), 1] }, scale: [0, 100] }).score(graph);
 * explain(v, 'alice').parts;
 * // [{ name: 'pr', weight: 0.75, value: 0.9, contribution: 67.5, share: 0.79, ... },
 * //  { name: 'deg', weight: 0.25, value: 0.72, contribution: 18, share: 0.21, ... }]
 * ```
 */
export function explain(vector: ScoreVector, node: string): Explanation {
  expectScoreVector(vector, 'explain');
  const composition = vector.meta.extra?.composition as Composition | undefined;
  if (!composition || !vector.parts) {
    throw new InfluenceScoreError('INVALID_INPUT', `explain needs a vector made by combine(); this one comes from ${vector.meta.scorer}`, [
      { path: ['vector'], message: 'not a composite' },
    ]);
  }
  const score = vector.get(node);
  if (score === undefined) {
    throw new InfluenceScoreError('UNKNOWN_NODE', `Unknown node "${node}"`, [{ path: ['node'], message: `"${node}" is not in the vector` }]);
  }
  const { names, weights, aggregate, scale } = composition;
  const span = scale ? scale[1] - scale[0] : 1;
  const partVectors = new Map(Object.entries(vector.parts));
  const values = names.map((name) => partVectors.get(name)!.get(node)!);
  const contributions = values.map((x, i) => {
    if (aggregate === 'arithmetic') return span * weights[i] * x;
    if (weights[i] === 0) return 0;
    if (aggregate === 'geometric') return x > 0 ? weights[i] * Math.log(x) : -Infinity;
    return x > 0 ? weights[i] / x : Infinity;
  });
  const shares = sharesOf(contributions, aggregate);
  return {
    node,
    score,
    aggregate,
    normalize: composition.normalize,
    scale,
    parts: names.map((name, i) => {
      const source = partVectors.get(name)!.meta.extra?.source as ScoreVector | undefined;
      const nested = source?.meta.extra?.composition ? explain(source, node) : undefined;
      return {
        name,
        weight: weights[i],
        value: values[i],
        raw: source?.get(node) ?? values[i],
        contribution: contributions[i],
        share: shares[i],
        ...(nested ? { explanation: nested } : {}),
      };
    }),
  };
}
