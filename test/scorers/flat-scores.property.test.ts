import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { type Scorer, buildSocialGraph, InfluenceScoreError, type SocialRecordsInput } from '../../src/index.js';
import { isFlatWarning, isOwnFlatWarning } from '../../src/core/flat-scores.js';

// Issue #19: no measure returns all zeros (or all equal values) without a warning naming the cause and
// the remedy (code ALL_ZERO / ALL_EQUAL). One factory per scorer exported from src/index.ts; the last
// test fails when an export returns a Scorer this list does not cover.
const DAY = 86_400_000;
const SCORERS: Record<string, () => Scorer> = {
  degree: () => api.degree(),
  pagerank: () => api.pagerank(),
  eigenvector: () => api.eigenvector(),
  katz: () => api.katz(),
  hits: () => api.hits(),
  betweenness: () => api.betweenness(),
  closeness: () => api.closeness(),
  harmonic: () => api.harmonic(),
  coreness: () => api.coreness(),
  voteRank: () => api.voteRank(),
  collectiveInfluence: () => api.collectiveInfluence(),
  weakTieReach: () => api.weakTieReach(),
  constraint: () => api.constraint(),
  effectiveSize: () => api.effectiveSize(),
  hierarchy: () => api.hierarchy(),
  bridging: () => api.bridging(),
  engagementRate: () => api.engagementRate(),
  reciprocity: () => api.reciprocity(),
  responsiveness: () => api.responsiveness(),
  tenure: () => api.tenure(),
  consistency: () => api.consistency(),
  trustRank: () => api.trustRank(),
  eigenTrust: () => api.eigenTrust(),
  authenticity: () => api.authenticity(),
  penalties: () => api.penalties(),
  trust: () => api.trust(),
  topicalInfluence: () => api.topicalInfluence({ topic: 'x' }),
  brandStance: () => api.brandStance({ brand: { topics: ['y'] } }),
  advocacy: () => api.advocacy({ brand: { topics: ['y'] } }),
  influenceScore: () => api.influenceScore({ topic: 'x' }),
  combine: () => api.combine({ parts: { a: [api.pagerank(), 1], b: [api.degree(), 1] } }),
  precomputed: () => api.precomputed('given', new Map([['a0', 1]]), { fill: 0 }),
  audienceQuality: () => api.audienceQuality(),
};

type Shape = 'empty' | 'single' | 'edgeless' | 'one community' | 'random';
const world = fc
  .record({
    shape: fc.constantFrom<Shape>('empty', 'single', 'edgeless', 'one community', 'random', 'random'),
    n: fc.integer({ min: 2, max: 9 }),
    edges: fc.array(fc.tuple(fc.nat(8), fc.nat(8), fc.constantFrom('follow', 'mention', 'reply', 'share', 'like'), fc.nat(60)), { maxLength: 30 }),
    posts: fc.array(fc.tuple(fc.nat(8), fc.subarray(['x', 'y', 'z']), fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }), fc.nat(60)), { maxLength: 12 }),
    dated: fc.boolean(),
  })
  .map(({ shape, n: size, edges, posts, dated }): SocialRecordsInput => {
    const n = shape === 'empty' ? 0 : shape === 'single' ? 1 : size;
    const id = (i: number) => `a${i % Math.max(1, n)}`;
    const accounts = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, ...(dated ? { createdAt: -i * DAY } : {}) }));
    if (n === 0) return {};
    const clique = Array.from({ length: n * n }, (_, k) => [Math.floor(k / n), k % n] as const).filter(([a, b]) => a !== b);
    const links = shape === 'random' ? edges : shape === 'one community' ? clique.map(([a, b]) => [a, b, 'follow', 0] as const) : [];
    return {
      accounts,
      follows: links.filter(([, , t]) => t === 'follow').map(([a, b, , d]) => ({ follower: id(a), followee: id(b), ...(dated ? { since: d * DAY } : {}) })),
      interactions: links.filter(([, , t]) => t !== 'follow').map(([a, b, type, d]) => ({ from: id(a), to: id(b), type, time: d * DAY })),
      posts: shape === 'edgeless' ? [] : posts.map(([a, topics, sentiment, d], k) => ({ id: `p${k}`, author: id(a), time: d * DAY, topics, ...(sentiment === undefined ? {} : { sentiment, mentions: ['a0'] }) })),
    };
  });

function allEqual(values: Float64Array): boolean {
  return values.every((v) => v === values[0]);
}

describe('no scorer returns all-equal values without saying so', () => {
  const flatCases = new Map<string, number>();
  it.each(Object.keys(SCORERS))('%s warns ALL_ZERO / ALL_EQUAL whenever its values are all equal (empty, single, edgeless, one-community, random graphs)', (name) => {
    const scorer = SCORERS[name]();
    let flat = 0;
    fc.assert(
      fc.property(world, (records) => {
        let v;
        try {
          v = scorer.score(buildSocialGraph(records));
        } catch (error) {
          // A typed error is loud too (missing data, unknown brand): only silence fails.
          expect(error).toBeInstanceOf(InfluenceScoreError);
          return;
        }
        if (allEqual(v.values)) {
          flat++;
          // An empty vector is explained by the context's EMPTY_GRAPH warning; any other flat vector by ALL_ZERO / ALL_EQUAL.
          const said = v.meta.warnings.some((w) => isFlatWarning(w) || (v.values.length === 0 && w.code === 'EMPTY_GRAPH'));
          expect(said, `${name}: ${v.values.length} equal values, warnings ${JSON.stringify(v.meta.warnings)}`).toBe(true);
        } else {
          // A composite may pass on a part's flat warning, prefixed with the part's name; never its own.
          expect(v.meta.warnings.filter(isOwnFlatWarning)).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 19 },
    );
    flatCases.set(name, flat);
  });

  it('the generated graphs made most scorers flat at least once (the property was exercised, not vacuous)', () => {
    const exercised = [...flatCases.values()].filter((c) => c > 0).length;
    expect(exercised).toBeGreaterThanOrEqual(Math.ceil(0.8 * Object.keys(SCORERS).length));
  });

  it('the warning names the cause and a remedy', () => {
    const v = api.pagerank().score(buildSocialGraph({ accounts: [{ id: 'a' }, { id: 'b' }] }));
    const w = v.meta.warnings.find(isFlatWarning)!;
    expect(w.code).toBe('ALL_EQUAL');
    expect(w.message).toMatch(/^all 2 accounts score the same value \(0\.5\) on PageRank, so the ranking says nothing; remedy: /);
    const zero = api.reciprocity().score(buildSocialGraph({ follows: [{ follower: 'a', followee: 'b' }] }));
    expect(zero.meta.warnings.find(isFlatWarning)).toMatchObject({ code: 'ALL_ZERO', message: expect.stringMatching(/^all 2 accounts score 0 on Reciprocity, .*; remedy: /) });
  });

  it('covers every Scorer the public API exports', () => {
    const covered = new Set(Object.keys(SCORERS));
    const probe = (f: (...args: unknown[]) => unknown): unknown => {
      for (const args of [[], [{}], [{ topic: 'x' }], [{ brand: 'a' }], ['n', new Map()]]) {
        try {
          const out = f(...args);
          if (out && typeof out === 'object' && typeof (out as Scorer).score === 'function' && typeof (out as Scorer).id === 'string' && 'range' in out) return out;
        } catch {
          // not callable this way
        }
      }
      return null;
    };
    // Per-tie measures return EdgeScores (one value per tie, not per account) from their own factory
    // in src/scorers/weak-ties/internal (not covered by this check yet; see the issue notes).
    const SKIP = new Set(['brandWorld', 'syntheticPopulation', 'setPauseSlice', 'edgeOverlap', 'embeddedness', 'simmelianStrength', 'interactionStrength']);
    const uncovered = Object.entries(api)
      .filter(([name, f]) => typeof f === 'function' && !covered.has(name) && !SKIP.has(name) && !/^[A-Z]/.test(name) && !/Async$/.test(name))
      .filter(([, f]) => probe(f as (...args: unknown[]) => unknown) !== null)
      .map(([name]) => name);
    expect(uncovered).toEqual([]);
  });
});
