import { describe, expect, it } from 'vitest';
import { InfluenceScoreError, logNormalize, minmax, normalize, NORMALIZERS, percentile, robust, zscore } from '../../src/index.js';
import { arr, vec } from './vectors.js';

const close = (actual: number[], expected: number[]): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 12));
};

describe('percentile', () => {
  it('counts scores equal to 12 significant digits as one tie, and nothing else', () => {
    const x = 0.1 + 0.2; // 0.30000000000000004
    expect(arr(percentile(vec([0.3, x, 0.1])))).toEqual([2 / 3, 2 / 3, 1 / 6]);
    expect(arr(percentile(vec([1, 1 + 2e-12, 0])))).toEqual([0.5, 5 / 6, 1 / 6]);
    expect(arr(percentile(vec([0, 1e-300])))).toEqual([0.25, 0.75]);
  });

  it('gives mid-rank percentiles, ties sharing (below + half of equal) / n as scipy kind=mean', () => {
    // scipy.stats.percentileofscore([10, 20, 20, 30], s, kind='mean') / 100 → 0.125, 0.5, 0.875
    expect(arr(percentile(vec([20, 10, 30, 20])))).toEqual([0.5, 0.125, 0.875, 0.5]);
  });

  it('flips a lower-is-better vector so the lowest raw value gets the highest percentile', () => {
    expect(arr(percentile(vec([1, 2, 3], { higherIsBetter: false })))).toEqual([5 / 6, 0.5, 1 / 6]);
  });

  it('gives 0.5 to every node of a constant vector and to a single node, and keeps an empty vector empty', () => {
    expect(arr(percentile(vec([7, 7, 7])))).toEqual([0.5, 0.5, 0.5]);
    expect(arr(percentile(vec([42])))).toEqual([0.5]);
    expect(arr(percentile(vec([])))).toEqual([]);
  });

  it('orders infinite scores as extremes instead of failing', () => {
    expect(arr(percentile(vec([Infinity, 0, -Infinity])))).toEqual([5 / 6, 0.5, 1 / 6]);
  });
});

describe('minmax', () => {
  it('maps the minimum to 0, the maximum to 1 and the rest linearly', () => {
    expect(arr(minmax(vec([2, 4, 6, 5])))).toEqual([0, 0.5, 1, 0.75]);
  });

  it('flips a lower-is-better vector: (max − x) / (max − min)', () => {
    expect(arr(minmax(vec([2, 4, 6], { higherIsBetter: false })))).toEqual([1, 0.5, 0]);
  });

  it('gives 0.5 for constant and single-node vectors and stays empty for an empty one', () => {
    expect(arr(minmax(vec([3, 3])))).toEqual([0.5, 0.5]);
    expect(arr(minmax(vec([-1])))).toEqual([0.5]);
    expect(arr(minmax(vec([])))).toEqual([]);
  });

  it('stays finite when max − min overflows a double', () => {
    expect(arr(minmax(vec([-1.5e308, 0, 1.5e308])))).toEqual([0, 0.5, 1]);
  });

  it('refuses infinite scores with INVALID_INPUT naming the node', () => {
    const err = (() => {
      try {
        minmax(vec([1, Infinity], { keys: ['a', 'b'] }));
      } catch (e) {
        return e as InfluenceScoreError;
      }
    })();
    expect(err).toBeInstanceOf(InfluenceScoreError);
    expect(err?.code).toBe('INVALID_INPUT');
    expect(err?.issues[0].path).toEqual(['b']);
  });
});

describe('zscore', () => {
  it('centres on the mean in units of the population standard deviation', () => {
    const sd = Math.sqrt(2 / 3);
    close(arr(zscore(vec([1, 2, 3]))), [-1 / sd, 0, 1 / sd]);
  });

  it('negates a lower-is-better vector so positive means better than average', () => {
    const sd = Math.sqrt(2 / 3);
    close(arr(zscore(vec([1, 2, 3], { higherIsBetter: false }))), [1 / sd, 0, -1 / sd]);
  });

  it('gives 0 for constant and single-node vectors and stays empty for an empty one', () => {
    expect(arr(zscore(vec([5, 5, 5])))).toEqual([0, 0, 0]);
    expect(arr(zscore(vec([5])))).toEqual([0]);
    expect(arr(zscore(vec([])))).toEqual([]);
  });

  it('stays finite on values near the largest double', () => {
    close(arr(zscore(vec([1e308, -1e308]))), [1, -1]);
  });
});

describe('log', () => {
  it('applies ln(1 + x), and −ln(1 + |x|) to negative values', () => {
    close(arr(logNormalize(vec([0, Math.E - 1, 1 - Math.E, 999]))), [0, 1, -1, Math.log(1000)]);
  });

  it('negates a lower-is-better vector first, so the best node is the largest (closest to 0)', () => {
    close(arr(logNormalize(vec([0, Math.E - 1], { higherIsBetter: false }))), [0, -1]);
  });

  it('declares [0, ∞) only for non-negative higher-is-better sources', () => {
    const source = vec([1, 2]);
    const counts = { ...source, meta: { ...source.meta, range: [0, Infinity] as const } };
    expect(logNormalize(counts).meta.range).toEqual([0, Infinity]);
    expect(logNormalize(vec([1, 2])).meta.range).toEqual([-Infinity, Infinity]);
  });
});

describe('robust', () => {
  it('centres on the median in units of the type-7 interquartile range', () => {
    // median 3, Q1 = 2, Q3 = 4 (numpy.percentile defaults), IQR 2.
    close(arr(robust(vec([1, 2, 3, 4, 100]))), [-1, -0.5, 0, 0.5, 48.5]);
  });

  it('falls back to the mean absolute deviation from the median when the IQR is 0', () => {
    // mostly zeros: median 0, IQR 0, mean |x − 0| = 2
    close(arr(robust(vec([0, 0, 0, 0, 10]))), [0, 0, 0, 0, 5]);
  });

  it('gives 0 for constant and single-node vectors, stays empty for an empty one, and negates lower-is-better', () => {
    expect(arr(robust(vec([4, 4, 4])))).toEqual([0, 0, 0]);
    expect(arr(robust(vec([4])))).toEqual([0]);
    expect(arr(robust(vec([])))).toEqual([]);
    close(arr(robust(vec([1, 2, 3, 4, 100], { higherIsBetter: false }))), [1, 0.5, -0, -0.5, -48.5]);
  });
});

describe('every normalizer', () => {
  it.each(NORMALIZERS)('%s returns a higher-is-better vector that remembers its source and carries its warnings', (name) => {
    const source = vec([3, 1, 2], { higherIsBetter: false, warnings: [{ code: 'NOT_CONVERGED', message: 'did not converge' }] });
    const v = normalize(source, name);
    expect(v.meta.higherIsBetter).toBe(true);
    expect(v.meta.scorer).toBe(`${name}(test)`);
    expect(v.meta.params).toMatchObject({ normalize: name, source: 'test', flipped: true });
    expect(v.meta.warnings).toEqual([{ code: 'NOT_CONVERGED', message: 'did not converge' }]);
    expect(v.meta.extra?.source).toBe(source);
    expect(v.keys).toBe(source.keys);
    expect(Array.from(source.values)).toEqual([3, 1, 2]);
    // flipped: the raw minimum (k1) is the best
    expect(v.top(1)[0].key).toBe('k1');
  });

  it('normalize rejects an unknown method with INVALID_OPTION on the normalize path', () => {
    expect(() => normalize(vec([1]), 'rank' as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', issues: [expect.objectContaining({ path: ['normalize'] })] }));
  });
});

describe('extreme magnitudes', () => {
  it('zscore and robust stay exact in ratio on tiny values whose squares would underflow', () => {
    const sd = Math.sqrt(2 / 3);
    close(arr(zscore(vec([1e-200, 2e-200, 3e-200]))), [-1 / sd, 0, 1 / sd]);
    close(arr(robust(vec([1e-200, 2e-200, 3e-200]))), [-1, 0, 1]);
  });
});

describe('robust on a spread below rounding level', () => {
  it('falls back instead of dividing by a subnormal IQR (found by fast-check)', () => {
    const r = arr(robust(vec([0, 0, 0, 8.881784197001252e-16, 5e-324])));
    expect(r.every(Number.isFinite)).toBe(true);
    // median 0, mean absolute deviation 8.88e-16 / 5
    close(r, [0, 0, 0, 5, 0]);
  });
});
