import { describe, expect, it } from 'vitest';
import { closeness, harmonic, parseEdgeCsv, type Scorer } from '../../../src/index.js';
import { thrown } from '../../helpers/errors.js';

// Weighted closeness and harmonic scale as 1/length: every weight ×f divides the values by f
// (lengths = weights) or multiplies them by f (lengths = 1/weight), and never changes the ranking.
const EDGES: [string, string, number][] = [
  ['a', 'b', 1], ['b', 'c', 2], ['c', 'a', 1], ['a', 'c', 3], ['d', 'a', 1], ['d', 'b', 1], ['b', 'a', 1], ['e', 'f', 2], ['f', 'e', 1], ['c', 'e', 0.5],
];
const scaled = (factor: number): ReturnType<typeof parseEdgeCsv> =>
  parseEdgeCsv(`source,target,weight\n${EDGES.map(([s, t, w]) => `${s},${t},${w * factor}`).join('\n')}\n`);
const order = (values: Float64Array): number[] => [...values.keys()].sort((i, j) => values[j] - values[i] || i - j);

const measures: [string, (distance: 'weight' | 'inverse') => Scorer][] = [
  ['closeness', (distance) => closeness({ weighted: true, distance })],
  ['harmonic', (distance) => harmonic({ weighted: true, distance })],
];

describe('weighted closeness and harmonic with weights near the ends of the floating-point range', () => {
  describe.each(measures)('%s', (_name, make) => {
    it.each(['weight', 'inverse'] as const)('with distance %s: every weight ×1e300, ×1e307 or ×1e-200 gives the same ranking, values scaled by the factor, none 0', (distance) => {
      const reference = make(distance).score(scaled(1)).values;
      for (const factor of [1e300, 1e307, 1e-200]) {
        const values = make(distance).score(scaled(factor)).values;
        expect(order(values), `×${factor}`).toEqual(order(reference));
        const expected = reference.map((x) => (distance === 'weight' ? x / factor : x * factor));
        values.forEach((x, i) => {
          if (reference[i] === 0) expect(x).toBe(0);
          else expect(Math.abs(x - expected[i]) / expected[i], `×${factor} node ${i}`).toBeLessThan(1e-12);
        });
      }
    });

    it('refuses (INVALID_INPUT) values that do not fit in a double at the true scale, instead of returning 0 or Infinity', () => {
      // A path of two 8e307 hops: c's distance sum, 2.4e308, overflows; at the true scale its closeness
      // is 8.3e-309 and its harmonic 1.9e-308, below the normal range (2.2e-308), where precision is lost.
      const path = parseEdgeCsv('source,target,weight\na,b,8e307\nb,c,8e307\n');
      const error = thrown(() => make('weight').score(path));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/leave the range of a double/);
      // Subnormal weights: no scale makes lengths of them.
      const tiny = thrown(() => make('weight').score(scaled(1e-310)));
      expect(tiny.code).toBe('INVALID_INPUT');
      expect(tiny.issues[0].message).toMatch(/the positive weights run from 5e-311 to 3e-310/);
    });
  });
});

describe('the declared range of weighted closeness and harmonic', () => {
  it.each([
    ['closeness', closeness({ weighted: true })],
    ['normalized harmonic', harmonic({ weighted: true, normalized: true })],
  ] as const)('%s: lengths below 1 give values above 1, and meta.range admits them', (_name, scorer) => {
    const result = scorer.score(scaled(0.01));
    const [low, high] = result.meta.range;
    expect(Math.max(...result.values)).toBeGreaterThan(1);
    for (const x of result.values) expect(x >= low && x <= high).toBe(true);
  });

  it('hop closeness and normalized hop harmonic keep the range [0, 1]', () => {
    expect(closeness().score(scaled(1)).meta.range).toEqual([0, 1]);
    expect(harmonic({ normalized: true }).score(scaled(1)).meta.range).toEqual([0, 1]);
  });
});

describe('tiny lengths beside ordinary ones (the largest weight is 1, so nothing is rescaled)', () => {
  const tiny = (w: string): ReturnType<typeof parseEdgeCsv> => parseEdgeCsv(`source,target,weight\na,v,${w}\nb,v,${w}\nc,d,1\n`);

  it('harmonic refuses values that overflow at the true lengths (1/1e-308 twice, subnormal 1e-310) instead of returning Infinity', () => {
    for (const w of ['1e-308', '1e-310']) expect(thrown(() => harmonic({ weighted: true }).score(tiny(w))).code, `weight ${w}`).toBe('INVALID_INPUT');
  });

  it('closeness stays finite where it fits (5e307 at 1e-308) and refuses where it overflows (subnormal 1e-310)', () => {
    const values = closeness({ weighted: true }).score(tiny('1e-308')).values;
    for (const x of values) expect(Number.isFinite(x)).toBe(true);
    expect(Math.max(...values)).toBeGreaterThan(1e307);
    expect(thrown(() => closeness({ weighted: true }).score(tiny('1e-310'))).code).toBe('INVALID_INPUT');
  });
});
