/**
 * An independent family of planted brand stances (issue #19): accounts that speak of the brand 1–10
 * times with a planted mean sentiment (advocates +0.3…+0.9, detractors −0.3…−0.9, neutrals 0) plus
 * per-statement Gaussian noise (sd 0.2–0.5, clipped to [−1, 1]). Statements are posts mentioning the
 * brand, posts tagged with its topic, or replies to it. Only `createRng` is shared with the library.
 */
import { createRng, type Rng, type SocialRecordsInput } from '../../src/index.js';

/** Planted stance of one account: +1 advocate, −1 detractor, 0 neutral. */
export interface PlantedStance {
  readonly key: string;
  readonly sign: -1 | 0 | 1;
  readonly mean: number;
  readonly statements: number;
}

/** One world's knobs. */
export interface StanceCase {
  readonly seed: number;
  readonly accounts: number;
  readonly neutralShare: number;
  /** Per-statement noise sd range. */
  readonly noise: readonly [number, number];
  /** Statements per account range (inclusive). */
  readonly statements: readonly [number, number];
  /** |mean sentiment| range of advocates and detractors. */
  readonly strength: readonly [number, number];
}

const gaussian = (rng: Rng): number => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
const uniform = (rng: Rng, [lo, hi]: readonly [number, number]): number => lo + (hi - lo) * rng.next();

/** One world: records with the brand `acme` (topic `acme`) and the planted stances. */
export function stanceWorld(spec: StanceCase): { records: SocialRecordsInput; planted: PlantedStance[] } {
  const rng = createRng(spec.seed);
  const planted: PlantedStance[] = [];
  const posts: { id: string; author: string; time: number; sentiment: number; mentions?: string[]; topics?: string[] }[] = [];
  const interactions: { from: string; to: string; type: string; time: number; sentiment: number }[] = [];
  const follows: { follower: string; followee: string }[] = [];
  for (let a = 0; a < spec.accounts; a++) {
    const key = `v${a}`;
    const sign: -1 | 0 | 1 = rng.next() < spec.neutralShare ? 0 : rng.next() < 0.5 ? 1 : -1;
    const mean = sign * uniform(rng, spec.strength);
    const sd = uniform(rng, spec.noise);
    const statements = spec.statements[0] + rng.int(spec.statements[1] - spec.statements[0] + 1);
    planted.push({ key, sign, mean, statements });
    for (let s = 0; s < statements; s++) {
      const sentiment = Math.max(-1, Math.min(1, mean + sd * gaussian(rng)));
      const time = rng.int(365) * 86_400_000;
      const how = rng.int(3);
      if (how === 2) interactions.push({ from: key, to: 'acme', type: 'reply', time, sentiment });
      else posts.push({ id: `${key}-${s}`, author: key, time, sentiment, ...(how === 0 ? { mentions: ['acme'] } : { topics: ['acme'] }) });
    }
    follows.push({ follower: key, followee: `v${rng.int(spec.accounts)}` });
  }
  return { records: { accounts: [{ id: 'acme' }, ...planted.map((p) => ({ id: p.key }))], follows, posts, interactions }, planted };
}

/** The family of issue #19: 1–10 statements, strength 0.3–0.9, noise 0.2–0.5, neutral share 1/3, 1/2, 2/3. */
export function stanceFamily(seeds: number, accounts = 600): StanceCase[] {
  const cases: StanceCase[] = [];
  for (const neutralShare of [1 / 3, 1 / 2, 2 / 3]) {
    for (let s = 0; s < seeds; s++) cases.push({ seed: 7000 + s * 10 + Math.round(neutralShare * 6), accounts, neutralShare, noise: [0.2, 0.5], statements: [1, 10], strength: [0.3, 0.9] });
  }
  return cases;
}

/** Precision of the non-neutral labels, and recall of the planted stances (overall and with ≥ 4 statements). */
export function stanceAccuracy(planted: readonly PlantedStance[], label: (key: string) => string): { labelled: number; correct: number; truth: number; found: number; truth4: number; found4: number } {
  let labelled = 0;
  let correct = 0;
  let truth = 0;
  let found = 0;
  let truth4 = 0;
  let found4 = 0;
  for (const p of planted) {
    const l = label(p.key);
    const sign = l === 'advocate' ? 1 : l === 'detractor' ? -1 : 0;
    if (sign !== 0) labelled++;
    if (sign !== 0 && sign === p.sign) correct++;
    if (p.sign !== 0) {
      truth++;
      if (sign === p.sign) found++;
      if (p.statements >= 4) {
        truth4++;
        if (sign === p.sign) found4++;
      }
    }
  }
  return { labelled, correct, truth, found, truth4, found4 };
}
