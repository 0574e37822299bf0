import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildSocialGraph, tenure } from '../../../src/index.js';
import { community, DAY, errorOf } from './fixture.js';

describe('tenure', () => {
  const graph = community();

  it('is age / (age + halfSaturation) at asOf', () => {
    const t = tenure({ asOf: 400 * DAY }).score(graph);
    const expected = [400, 300, 200, 100, 10].map((age) => age / (age + 365));
    Array.from(t.values).forEach((x, i) => expect(x).toBeCloseTo(expected[i], 15));
  });

  it('is ½ at the half-saturation age', () => {
    expect(tenure({ asOf: 400 * DAY, halfSaturation: 300 * DAY }).score(graph).get('bob')).toBe(0.5);
  });

  it('defaults asOf to the latest edge time', () => {
    const t = tenure().score(graph);
    expect(t.meta.params.asOf).toBe(399 * DAY);
    expect(t.get('ada')).toBeCloseTo(399 / (399 + 365), 15);
  });

  it('leaves out accounts created after asOf (they did not exist yet), scoring them 0 and saying how many', () => {
    const t = tenure({ asOf: 350 * DAY }).score(graph);
    expect(t.get('eve')).toBe(0);
    expect(t.get('dee')).toBeCloseTo(50 / (50 + 365), 15);
    expect(t.meta.warnings).toEqual([{ code: 'AFTER_AS_OF', message: '1 account(s) created after asOf 1970-12-17T00:00:00.000Z did not exist yet and were left out (scored 0): "eve"' }]);
  });

  it('names the first three accounts left out and counts the rest', () => {
    const t = tenure({ asOf: 50 * DAY }).score(graph);
    expect(Array.from(t.values)).toEqual([50 / (50 + 365), 0, 0, 0, 0]);
    expect(t.meta.warnings[0].message).toMatch(/^4 account\(s\) created after asOf .* left out \(scored 0\): "bob", "cy", "dee" and 1 more$/);
  });

  it('names an asOf beyond what a Date holds (nanoseconds) in ms instead of crashing with a RangeError', () => {
    // A hand-built graph: the records API refuses such times, graphology attributes are taken as given.
    const g = new Graph();
    g.addNode('a', { createdAt: 0 });
    g.addNode('late', { createdAt: 9e15 + 1000 });
    const t = tenure({ asOf: 9e15 }).score(g);
    expect(t.get('late')).toBe(0);
    expect(t.meta.warnings[0].message).toContain('after asOf 9000000000000000 ms');
    g.setNodeAttribute('late', 'createdAt', 1e16); // a century and more after asOf: the units error, typed
    const e = errorOf(() => tenure({ asOf: 9e15 }).score(g));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0].message).toContain('asOf 9000000000000000 ms');
  });

  it('rejects a creation time more than a century after asOf as INVALID_INPUT (wrong units), naming the account', () => {
    const g = buildSocialGraph({ accounts: [{ id: 'a', createdAt: 0 }, { id: 'micro', createdAt: Date.UTC(2023, 0, 1) * 1000 }] });
    const e = errorOf(() => tenure({ asOf: Date.UTC(2024, 0, 1) }).score(g));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/more than a century after asOf; check the units/);
    expect(e.issues.map((i) => i.path[1])).toEqual(['micro']);
    expect(e.issues[0].field).toBe('createdAt');
  });

  it('raises MISSING_DATA for accounts without createdAt, or scores them 0 when asked', () => {
    const g = buildSocialGraph({ accounts: [{ id: 'a', createdAt: 0 }, { id: 'b' }] });
    const e = errorOf(() => tenure({ asOf: DAY }).score(g));
    expect(e.code).toBe('MISSING_DATA');
    expect(e.issues[0].message).toContain('"b"');
    const t = tenure({ asOf: DAY, missing: 'zero' }).score(g);
    expect(t.get('b')).toBe(0);
    expect(t.meta.warnings).toContainEqual({ code: 'MISSING_DATA', message: '1 account(s) without createdAt scored 0' });
  });

  it('raises MISSING_DATA when there is no asOf and no edge time', () => {
    const g = buildSocialGraph({ accounts: [{ id: 'a', createdAt: 0 }] });
    expect(errorOf(() => tenure().score(g)).code).toBe('MISSING_DATA');
  });
});
