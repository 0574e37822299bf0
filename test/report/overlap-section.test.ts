import { describe, expect, it } from 'vitest';
import { audienceOverlap, buildSocialGraph } from '../../src/index.js';
import { overlapData } from '../../src/report/sections/overlap.js';
import { overlapView } from '../../src/report/overlap-view.js';

const graph = buildSocialGraph({
  follows: [
    { follower: 'x', followee: 'a' },
    { follower: 'y', followee: 'a' },
    { follower: 'y', followee: '<b>' },
    { follower: 'z', followee: '<b>' },
    { follower: 'z', followee: 'c' },
  ],
});

describe('the overlap section', () => {
  it('holds every pair’s overlap coefficient as audienceOverlap computes it, and the slate’s unique reach', () => {
    const section = overlapData(graph, ['a', '<b>', 'c'], { label: (n) => n, max: 10 });
    expect(section.shown).toBe(true);
    if (!section.shown) return;
    const o = audienceOverlap(graph, ['a', '<b>', 'c']);
    expect(section.data.overlap[0][1]).toBe(o.pair('a', '<b>')!.overlap);
    expect(section.data.overlap[1][2]).toBe(o.pair('<b>', 'c')!.overlap);
    expect([section.data.reach, section.data.total]).toEqual([3, 5]);
    expect(section.data.worst).toEqual({ a: '<b>', b: 'c', overlap: 1 });
  });

  it('escapes and isolates account labels in the heat map', () => {
    const section = overlapData(graph, ['a', '<b>'], { label: (n) => (n === 'a' ? '\u202Eevil' : n), max: 10 });
    if (!section.shown) throw new Error('expected the section');
    const html = overlapView(section.data);
    expect(html).toContain('<bdi>&lt;b&gt;</bdi>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<bdi>\u202Eevil</bdi>');
  });

  it('is skipped, with the reason, when fewer than two accounts have followers', () => {
    const section = overlapData(graph, ['x', 'y'], { label: (n) => n, max: 10 });
    expect(section).toEqual({ shown: false, reason: expect.stringContaining('fewer than two of the top accounts have followers') });
  });
});
