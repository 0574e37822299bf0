/** Test helper: a ScoreVector from plain numbers, as a scorer would return it. */
import { createScoreVector, type ScoreVector, type Warning } from '../../src/index.js';

export function vec(values: number[], opts: { higherIsBetter?: boolean; keys?: string[]; warnings?: Warning[] } = {}): ScoreVector {
  const higherIsBetter = opts.higherIsBetter ?? true;
  return createScoreVector({
    keys: opts.keys ?? values.map((_, i) => `k${i}`),
    values: Float64Array.from(values),
    meta: { scorer: 'test', params: {}, elapsedMs: 0, warnings: opts.warnings ?? [], higherIsBetter, range: [-Infinity, Infinity] },
  });
}

export const arr = (v: ScoreVector): number[] => Array.from(v.values);
