import { describe, expect, it } from 'vitest';
import { brandWorld, buildSocialGraph, explain, formatExplanation, influenceScore, type DroppedPart } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';
import { loadNetwork } from '../helpers/networks.js';

const graph = buildSocialGraph(brandWorld({ seed: 2 }).records);

describe('influenceScore', () => {
  const v = influenceScore({ topic: 'ai' }).score(graph);

  it('is a 0–100 composite of reach, amplification, network, trust and relevance with the default weights', () => {
    expect(Object.keys(v.parts!)).toEqual(['reach', 'amplification', 'network', 'trust', 'relevance']);
    for (const x of v.values) expect(x >= 0 && x <= 100).toBe(true);
    const e = explain(v, 'ai-expert-1');
    expect(e.parts.map((p) => +p.weight.toFixed(4))).toEqual([3 / 12, 2 / 12, 2 / 12, 2 / 12, 3 / 12].map((w) => +w.toFixed(4)));
    expect(e.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(e.score, 10);
  });

  it('ranks a topic expert above a celebrity once relevance weighs in, and not without', () => {
    const plain = influenceScore().score(graph);
    const rankOf = (x: typeof v, k: string) => x.top(x.keys.length).findIndex((r) => r.key === k);
    const best = (x: typeof v, prefix: string) => Math.min(...x.keys.filter((k) => k.startsWith(prefix)).map((k) => rankOf(x, k)));
    expect(best(plain, 'celebrity-')).toBeLessThan(best(plain, 'ai-expert-'));
    const topical = influenceScore({ topic: 'ai', weights: { relevance: 8 } }).score(graph);
    expect(best(topical, 'ai-expert-')).toBeLessThan(best(topical, 'celebrity-'));
  });

  it('scoreAsync gives the same scores as score', async () => {
    const scorer = influenceScore({ topic: 'ai' });
    const a = await scorer.scoreAsync(graph);
    expect([...a.values]).toEqual([...v.values]);
  });

  it('weights are overridable; 0 leaves a part out', () => {
    const w = influenceScore({ weights: { trust: 0, amplification: 0 } }).score(graph);
    expect(Object.keys(w.parts!)).toEqual(['reach', 'network']);
  });

  it('drops parts without data with a warning, not a failure (karate: no types, posts or times)', () => {
    const k = influenceScore().score(loadNetwork('karate'));
    const dropped = (k.meta.extra?.dropped as DroppedPart[]).map((d) => d.part);
    expect(dropped).toEqual(['amplification', 'network']);
    expect(k.meta.warnings.some((w) => w.message.startsWith('amplification left out: no posts'))).toBe(true);
    expect(k.meta.warnings.some((w) => w.message.includes('reach reads every edge'))).toBe(true);
    expect(k.meta.warnings.some((w) => w.message.startsWith('trust: tenure left out'))).toBe(true);
    expect(Object.keys(k.parts!)).toEqual(['reach', 'trust']);
  });

  it('a topic without content drops relevance with a warning naming the topic', () => {
    const x = influenceScore({ topic: 'knitting' }).score(graph);
    expect(x.meta.warnings.some((w) => w.message.startsWith('relevance left out: No content on knitting'))).toBe(true);
  });

  it('rejects bad options, naming them', () => {
    expect(thrown(() => influenceScore({ weights: { reach: -1 } })).issues[0].path).toEqual(['weights', 'reach']);
    expect(thrown(() => influenceScore({ weights: { relevance: 1 } })).issues[0].field).toBe('relevance');
    expect(thrown(() => influenceScore({ weights: { reach: 0, amplification: 0, network: 0, trust: 0 } })).issues[0].field).toBe('weights');
    expect(thrown(() => influenceScore({ parts: { reach: { alpha: 2 } } })).issues[0].path).toEqual(['alpha']);
  });
});

describe('formatExplanation', () => {
  it('writes one sentence for the score and one per part, with the explanation\'s numbers', () => {
    const v = influenceScore({ weights: { trust: 0 } }).score(graph);
    const e = explain(v, 'celebrity-1');
    const text = formatExplanation(e);
    const lines = text.split('\n');
    expect(lines).toHaveLength(1 + e.parts.length);
    expect(lines[0]).toBe(`celebrity-1 scores ${+e.score.toFixed(1)} on a 0–100 scale (arithmetic mean of 3 parts, percentile-normalized).`);
    const reach = e.parts[0];
    expect(lines[1]).toBe(`- reach (weight ${Math.round(100 * reach.weight)}%): ranks above ${Math.round(100 * reach.value)}% of accounts (raw ${+reach.raw.toFixed(4)}); adds ${+reach.contribution.toFixed(1)} points (${Math.round(100 * reach.share)}% of the score).`);
  });

  it('indents a nested composite\'s parts', () => {
    const v = influenceScore().score(graph);
    const text = formatExplanation(explain(v, 'acme'));
    expect(text).toMatch(/\n {4}acme scores [\d.]+ on a 0–1 scale/);
    expect(text).toContain('penalties (not weighted, shown for reference)');
  });
});
