/**
 * Betweenness on the big networks: exact against the NetworkX references, and the approximation's
 * guarantee (ε = 0.01, δ = 0.1) on email-Enron over 10 seeds. Prints every figure it checks.
 */
import { describe, expect, it } from 'vitest';
import { betweenness, getScoringContext } from '../../../src/index.js';
import { BIG_NETWORKS, loadNetwork, loadReference } from '../../helpers/networks.js';
import { maxRelError } from '../../helpers/accuracy.js';

function topSet(values: ArrayLike<number>, k: number): Set<number> {
  return new Set(Array.from(values, (x, i) => [x, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, k).map(([, i]) => i));
}

const exactCache = new Map<string, Float64Array>();

describe.each(BIG_NETWORKS)('exact betweenness on %s', (name) => {
  it('matches the NetworkX reference (normalized, unweighted) to relative error 1e-9', () => {
    const ref = loadReference(name).measures.betweenness.values!;
    const v = betweenness().score(loadNetwork(name));
    const err = maxRelError(v.values, ref);
    console.log(`${name}: exact betweenness max relative error ${err.toExponential(3)} in ${(v.meta.elapsedMs / 1000).toFixed(1)} s`);
    expect(err).toBeLessThan(1e-9);
    exactCache.set(name, v.values);
  });
});

describe('approximate betweenness on email-Enron (ε 0.01, δ 0.1)', () => {
  it('is within 0.01 of exact for 10 seeds of 10 and keeps at least 90 of the exact top-100', () => {
    const ctx = getScoringContext(loadNetwork('email-Enron'));
    const exact = exactCache.get('email-Enron') ?? betweenness().score(ctx).values;
    const exactTop = topSet(exact, 100);
    const rows: string[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const v = betweenness({ approximate: { epsilon: 0.01, delta: 0.1, seed } }).score(ctx);
      expect(v.meta.params.method).toBe('sampling');
      let maxAbs = 0;
      for (let i = 0; i < exact.length; i++) maxAbs = Math.max(maxAbs, Math.abs(v.values[i] - exact[i]));
      const top = topSet(v.values, 100);
      const overlap = [...exactTop].filter((i) => top.has(i)).length;
      rows.push(`seed ${seed}: max abs error ${maxAbs.toExponential(3)}, top-100 overlap ${overlap}, ${v.meta.params.samples} samples, ${(v.meta.elapsedMs / 1000).toFixed(2)} s`);
      expect(maxAbs).toBeLessThanOrEqual(0.01);
      expect(overlap).toBeGreaterThanOrEqual(90);
    }
    console.log(rows.join('\n'));
  });
});
