import { describe, expect, it } from 'vitest';
import { mergeCommunities, randomSplitExcess } from '../../../src/scorers/weak-ties/internal/merge-communities.js';
import { sbm } from '../../helpers/block-graphs.js';
import { louvainInput } from './community-graphs.js';

describe('merging communities a random graph could have split (first-moment bound)', () => {
  it('keeps two 4-cliques joined by one tie apart, and merges a split that cuts as many ties as chance', () => {
    // K4 + K5-ish: 13 ties inside, 1 across, p ≈ 1/2.
    expect(randomSplitExcess(5, 4, 14, 1, 0.497)).toBeLessThan(0);
    // 1000 nodes, mean degree 10, a balanced cut with 45% of the ties across where 50% are expected.
    expect(randomSplitExcess(500, 500, 5000, 2250, 0.5)).toBeGreaterThan(0);
    // The same cut with 20% across is deeper than any random graph of that degree has.
    expect(randomSplitExcess(500, 500, 5000, 1000, 0.5)).toBeLessThan(0);
  });

  it('merges arbitrary pieces of one random block into one community, and keeps planted blocks apart', () => {
    const random = sbm({ seed: 4, sizes: [600], degree: 12, mixing: 0 });
    const pieces = Int32Array.from({ length: random.n }, (_, i) => i % 6);
    expect(mergeCommunities(louvainInput(random.n, random.ties, false), pieces, 6).count).toBe(1);
    const blocks = sbm({ seed: 5, sizes: [300, 300], degree: 12, mixing: 0.05 });
    const halves = Int32Array.from(blocks.truth);
    const merged = mergeCommunities(louvainInput(blocks.n, blocks.ties, false), halves, 2);
    expect(merged.count).toBe(2);
    expect(merged.modularity).toBeGreaterThan(0.4);
  });
});
