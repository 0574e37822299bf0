import { describe, expect, it } from 'vitest';
import { brandWorld, buildSocialGraph } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

describe('brandWorld', () => {
  it('is seeded: the same seed gives the same records, another seed other records', () => {
    expect(brandWorld({ seed: 3 }).toNdjson()).toBe(brandWorld({ seed: 3 }).toNdjson());
    expect(brandWorld({ seed: 3 }).toNdjson()).not.toBe(brandWorld({ seed: 4 }).toNdjson());
  });

  it('returns the truth it was built from, in the sizes asked for, and records buildSocialGraph accepts', () => {
    const w = brandWorld({ seed: 5, topics: ['ai', 'food'], experts: 4, fans: 12, celebrities: 3, employees: 2, advocates: 2, detractors: 1, oneOffs: 1, rising: 1, fading: 1 });
    expect(w.synthetic).toBe(true);
    expect(w.truth.experts.get('food')).toHaveLength(4);
    expect(w.truth.fans.get('ai')).toHaveLength(12);
    expect(w.truth.celebrities).toHaveLength(3);
    expect([w.truth.advocates, w.truth.detractors, w.truth.oneOffs, w.truth.rising, w.truth.fading].map((l) => l.length)).toEqual([2, 1, 1, 1, 1]);
    const voices = [...w.truth.advocates, ...w.truth.detractors, ...w.truth.oneOffs, ...w.truth.rising, ...w.truth.fading];
    expect(new Set(voices).size).toBe(voices.length);
    const graph = buildSocialGraph(w.records, { unknownNodes: 'error' });
    expect(graph.order).toBe(2 * (4 + 12) + 3 + 1 + 2);
    for (const e of w.truth.employees) expect(graph.getNodeAttribute(e, 'affiliation')).toBe('acme');
  });

  it('rejects bad options with a typed error naming the option', () => {
    expect(thrown(() => brandWorld({ fans: -1 })).issues[0].field).toBe('fans');
    expect(thrown(() => brandWorld({ experts: 1.5 })).issues[0].field).toBe('experts');
    expect(thrown(() => brandWorld({ topics: [] })).issues[0].field).toBe('topics');
    expect(thrown(() => brandWorld({ days: 0 })).issues[0].field).toBe('days');
  });
});
