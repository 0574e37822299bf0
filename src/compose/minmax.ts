/**
 * Min-max normalization: (x − min) / (max − min), so the weakest node gets 0 and the strongest 1.
 * Linear, hence sensitive to outliers (one celebrity compresses everyone else towards 0).
 */
import type { ScoreVector } from '../core/score-vector.js';
import { normalizeWith, unitScale } from './normalized-vector.js';

/**
 * Rescales scores linearly onto [0, 1]. A constant vector (and a single node) maps to ½ everywhere,
 * so it neither helps nor vetoes anyone in a composite; an empty vector stays empty. A lower-is-better
 * source is flipped first: (max − x) / (max − min).
 *
 * @example
 * ```ts
 * const m = minmax(degree({ normalized: false }).score(graph));
 * m.top(1); // [{ key: 'hub', value: 1, rank: 1 }]
 * ```
 */
export function minmax(vector: ScoreVector): ScoreVector {
  return normalizeWith(vector, 'minmax', [0, 1], (raw) => {
    const x = unitScale(raw);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < x.length; i++) {
      min = Math.min(min, x[i]);
      max = Math.max(max, x[i]);
    }
    const span = max - min;
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = span > 0 ? Math.min(1, Math.max(0, (x[i] - min) / span)) : 0.5;
    return out;
  });
}
