/**
 * louvain.test.ts's comparisons with graphology-communities-louvain at scale: LFR-like graphs from
 * seeds 1..1000, and the bundled networks (polblogs included) over 20 seeds, with the rates printed.
 */
import { describe, expect, it } from 'vitest';
import { lfrComparison, meanAgainstGraphology } from './louvain-compare.js';

describe('Louvain against graphology-communities-louvain, at scale', () => {
  it('on 1000 generated graphs, reaches graphology\'s modularity (less 1e-3) in at least 90%, and more on average', () => {
    const diffs = lfrComparison(1, 1000);
    const higher = diffs.filter((d) => d > 1e-9).length;
    const lower = diffs.filter((d) => d < -1e-9).length;
    const beyond = diffs.filter((d) => d < -1e-3).length;
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    console.log(`ours − graphology Q over ${diffs.length} graphs: higher ${higher}, equal ${diffs.length - higher - lower}, lower ${lower} (by > 1e-3: ${beyond}); mean ${mean.toFixed(4)}, worst ${Math.min(...diffs).toFixed(4)}, best ${Math.max(...diffs).toFixed(4)}`);
    expect(diffs.length - beyond).toBeGreaterThanOrEqual(900);
    expect(mean).toBeGreaterThan(0);
  });

  it('on the bundled networks, its mean Q over 20 seeds is at least graphology\'s less 0.002', () => {
    for (const row of meanAgainstGraphology(['karate', 'dolphins', 'lesmis', 'polblogs'], 20)) {
      console.log(`${row.label}: ours ${row.ours.toFixed(4)}, graphology ${row.theirs.toFixed(4)}`);
      expect(row.ours, row.label).toBeGreaterThanOrEqual(row.theirs - 0.002);
    }
  });
});
