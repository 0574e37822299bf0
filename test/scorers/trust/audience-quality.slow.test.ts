import { describe, expect, it } from 'vitest';
import { audienceQuality, buildSocialGraph } from '../../../src/index.js';
import { createRng } from '../../../src/core/rng.js';
import { boughtWorld, type FakeKind, separation } from '../../helpers/bought-audience.js';

/**
 * The family behind the guide's claim: sizes 1k–5k, 10–40% organic lurkers, 2–10% buyers, bought
 * audiences 0.3–2× the organic one, and every kind of fake; 8 worlds per kind.
 */
describe('audienceQuality over a family of bought-follower worlds (slow)', () => {
  it('separates buyers (AUC ≥ 0.9) in nearly every world whose fakes carry a trait, and in none of the camouflaged ones', () => {
    const rng = createRng(2026);
    const rows: string[] = [];
    const rate = new Map<FakeKind, number>();
    for (const fakes of ['burst', 'silent', 'mass', 'mixed', 'camouflaged'] as const) {
      let good = 0;
      for (let w = 0; w < 8; w++) {
        const spec = { n: 1000 + rng.int(4001), seed: rng.int(1e9), fakes, lurkers: 0.1 + 0.3 * rng.next(), buyers: 0.02 + 0.08 * rng.next(), boughtRatio: 0.3 + 1.7 * rng.next() };
        const world = boughtWorld(spec);
        const graph = buildSocialGraph(world.records);
        const auc = separation(audienceQuality().score(graph).toMap(), world.buyers, (k) => k.startsWith('u') && graph.inDegree(k) >= 5);
        if (auc >= 0.9) good++;
        rows.push(`${fakes}\tn=${spec.n}\tlurkers=${spec.lurkers.toFixed(2)}\tbuyers=${spec.buyers.toFixed(3)}\tratio=${spec.boughtRatio.toFixed(2)}\tAUC=${auc.toFixed(3)}`);
      }
      rate.set(fakes, good);
    }
    console.log(rows.join('\n'));
    console.log([...rate].map(([k, v]) => `${k}: ${v}/8`).join(', '));
    for (const fakes of ['burst', 'silent', 'mass', 'mixed'] as const) expect(rate.get(fakes)).toBeGreaterThanOrEqual(7);
    expect(rate.get('camouflaged')).toBe(0);
  }, 600_000);
});
