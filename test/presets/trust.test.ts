import { describe, expect, it } from 'vitest';
import { buildSocialGraph, explain, trust } from '../../src/index.js';
import { community, DAY, errorOf } from '../scorers/trust/fixture.js';

const SIGNALS = { consistency: { asOf: 400 * DAY }, tenure: { asOf: 400 * DAY }, responsiveness: { asOf: 400 * DAY } };

describe('trust', () => {
  const graph = community();

  it('combines the signals so that explain’s contributions add up to each score', () => {
    const v = trust({ parts: SIGNALS, scale: [0, 100] }).score(graph);
    for (const key of v.keys) {
      const e = explain(v, key);
      const total = e.parts.reduce((s, p) => s + p.contribution, 0);
      expect(total).toBeCloseTo(v.get(key)!, 12);
      expect(e.parts.map((p) => p.name)).toEqual(['trustRank', 'reciprocity', 'responsiveness', 'tenure', 'consistency', 'authenticity', 'penalties']);
    }
  });

  it('multiplies the combined signals by the penalty factor of the account’s flags', () => {
    const penalized = trust({ parts: SIGNALS }).score(graph);
    const plain = trust({ parts: SIGNALS, penalties: false }).score(graph);
    expect(penalized.get('dee')).toBeCloseTo(0.8 * plain.get('dee')!, 15);
    expect(penalized.get('ada')).toBe(plain.get('ada'));
    expect(explain(penalized, 'dee').parts.at(-1)).toMatchObject({ name: 'penalties', value: 0.8, weight: 0 });
    expect(explain(plain, 'dee').parts.map((p) => p.name)).not.toContain('penalties');
  });

  it('keeps explain exact under a geometric mean', () => {
    const v = trust({ parts: SIGNALS, aggregate: 'geometric', normalize: 'minmax' }).score(graph);
    const e = explain(v, 'bob');
    expect(Math.exp(e.parts.reduce((s, p) => s + p.contribution, 0))).toBeCloseTo(v.get('bob')!, 12);
  });

  it('leaves out signals of weight 0 and their data needs', () => {
    const g = buildSocialGraph({
      follows: [
        { follower: 'a', followee: 'b' },
        { follower: 'b', followee: 'a' },
        { follower: 'c', followee: 'a' },
      ],
    });
    const e = errorOf(() => trust().score(g));
    expect(e.code).toBe('MISSING_DATA');
    expect(e.message).toContain('weights: { <signal>: 0 }');
    const v = trust({ weights: { responsiveness: 0, consistency: 0, tenure: 0, authenticity: 0, eigenTrust: 1 } }).score(g);
    expect(Object.keys(v.parts!)).toEqual(['trustRank', 'eigenTrust', 'reciprocity', 'penalties']);
    expect(v.top(1)[0].key).toBe('a');
  });

  it('validates weights and signal options when built', () => {
    expect(errorOf(() => trust({ weights: { trustRank: 0, reciprocity: 0, responsiveness: 0, tenure: 0, consistency: 0, authenticity: 0 } })).code).toBe('INVALID_OPTION');
    expect(errorOf(() => trust({ weights: { tenure: -1 } })).issues[0].path).toEqual(['weights', 'tenure']);
    expect(errorOf(() => trust({ parts: { eigenTrust: { preTrusted: [] } } })).code).toBe('INVALID_OPTION');
  });

  it('the deprecated signals still works as parts, with a DEPRECATED warning first in meta.warnings', () => {
    const fresh = trust({ parts: SIGNALS }).score(graph);
    const old = trust({ signals: SIGNALS }).score(graph);
    expect(Array.from(old.values)).toEqual(Array.from(fresh.values));
    expect(fresh.meta.warnings.filter((w) => w.code === 'DEPRECATED')).toEqual([]);
    expect(old.meta.warnings[0]).toEqual({ code: 'DEPRECATED', message: 'trust: signals is deprecated, use parts (same shape)' });
    expect(errorOf(() => trust({ signals: SIGNALS, parts: SIGNALS })).code).toBe('INVALID_OPTION');
    expect(errorOf(() => trust({ signals: { bogus: {} } as never })).issues[0].path[0]).toBe('signals');
  });
});
