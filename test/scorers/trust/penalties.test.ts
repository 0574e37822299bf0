import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { penalties } from '../../../src/index.js';
import { errorOf } from './fixture.js';

function flagged(flags: Record<string, unknown>): Graph {
  const g = new Graph();
  for (const [key, f] of Object.entries(flags)) g.addNode(key, f === undefined ? {} : { flags: f });
  return g;
}

describe('penalties', () => {
  it('multiplies the documented factors of the distinct flags', () => {
    const g = flagged({ ok: undefined, rep: ['reported'], sus: ['suspended', 'reported', 'reported'], rev: ['revoked'], other: ['vip'] });
    const p = penalties().score(g);
    expect(Array.from(p.values)).toEqual([1, 0.8, 0.2 * 0.8, 0, 1]);
    expect(p.meta.extra?.penalized).toBe(3);
  });

  it('merges custom factors over the defaults, from an object or a Map', () => {
    const g = flagged({ a: ['reported', 'spam'], b: ['revoked'], c: ['__proto__'] });
    expect(Array.from(penalties({ factors: { spam: 0.5, revoked: 1 } }).score(g).values)).toEqual([0.4, 1, 1]);
    expect(penalties({ factors: new Map([['__proto__', 0.25]]) }).score(g).get('c')).toBe(0.25);
  });

  it('rejects factors outside [0, 1] and flags that are not string arrays', () => {
    expect(errorOf(() => penalties({ factors: { spam: 2 } })).issues[0].path).toEqual(['factors', 'spam']);
    expect(errorOf(() => penalties({ factors: new Map([['x', -1]]) })).code).toBe('INVALID_OPTION');
    const e = errorOf(() => penalties().score(flagged({ a: 'reported' })));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0].message).toContain('"a"');
  });
});
