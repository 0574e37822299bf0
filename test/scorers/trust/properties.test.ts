import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authenticity,
  buildSocialGraph,
  consistency,
  eigenTrust,
  penalties,
  reciprocity,
  responsiveness,
  type Scorer,
  tenure,
  trust,
  trustRank,
} from '../../../src/index.js';
import { permutation } from '../../helpers/arbitraries.js';
import { DAY, expectUnit } from './fixture.js';

const TYPES = ['mention', 'reply', 'share', 'like', 'endorse'];
const FLAGS = ['reported', 'suspended', 'revoked', 'bot'];
const AS_OF = 200 * DAY;

interface Spec {
  n: number;
  created: number[];
  flags: string[][];
  follows: [number, number, number][];
  interactions: [number, number, number, number][];
  posts: [number, number][];
}

const spec: fc.Arbitrary<Spec> = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    created: fc.array(fc.integer({ min: 0, max: 100 * DAY }), { minLength: n, maxLength: n }),
    flags: fc.array(fc.subarray(FLAGS), { minLength: n, maxLength: n }),
    follows: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 100 * DAY, max: AS_OF })), { maxLength: 40 }),
    interactions: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.nat(TYPES.length - 1), fc.integer({ min: 100 * DAY, max: AS_OF })), { maxLength: 60 }),
    posts: fc.array(fc.tuple(fc.nat(n - 1), fc.integer({ min: 100 * DAY, max: AS_OF })), { maxLength: 20 }),
  }),
);

/** The spec as a social graph, accounts inserted in `order` and named by `name`. */
function build(s: Spec, order: number[], name: (i: number) => string) {
  return buildSocialGraph({
    accounts: order.map((i) => ({ id: name(i), createdAt: s.created[i], flags: s.flags[i], followers: i * 300, following: (s.n - i) * 900 })),
    follows: s.follows.map(([u, v, since]) => ({ follower: name(u), followee: name(v), since })),
    interactions: s.interactions.map(([u, v, t, time]) => ({ from: name(u), to: name(v), type: TYPES[t], time })),
    posts: s.posts.map(([a, time], k) => ({ id: `p${k}`, author: name(a), time })),
  });
}

const scorers = (seed: string): [string, Scorer][] => [
  ['reciprocity', reciprocity()],
  ['responsiveness', responsiveness({ asOf: AS_OF })],
  ['tenure', tenure({ asOf: AS_OF })],
  ['consistency', consistency({ asOf: AS_OF })],
  ['trustRank', trustRank({ seeds: [seed] })],
  ['eigenTrust', eigenTrust()],
  ['eigenTrust with distrust', eigenTrust({ preTrusted: [seed], distrust: 'like', a: 0.3 })],
  ['authenticity', authenticity({ asOf: AS_OF, growth: { minPeriods: 2, minSpike: 1 } })],
  ['penalties', penalties()],
  ['trust', trust({ parts: { responsiveness: { asOf: AS_OF }, tenure: { asOf: AS_OF }, consistency: { asOf: AS_OF }, trustRank: { seeds: [seed] } } })],
];

describe('trust signal properties', () => {
  it('every signal lies in [0, 1] with no NaN, on random social graphs', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = build(s, [...Array(s.n).keys()], (i) => `a${i}`);
        for (const [, scorer] of scorers('a0')) expectUnit(scorer.score(g).values);
      }),
      { numRuns: 40 },
    );
  });

  it('relabelling and reordering the accounts permutes every score', () => {
    fc.assert(
      fc.property(
        spec.chain((s) => fc.tuple(fc.constant(s), permutation(s.n))),
        ([s, perm]) => {
          const a = build(s, [...Array(s.n).keys()], (i) => `a${i}`);
          const b = build(s, perm, (i) => (i === 0 ? 'ü0' : `x${i}`));
          const left = scorers('a0');
          const right = scorers('ü0');
          for (let k = 0; k < left.length; k++) {
            const va = left[k][1].score(a);
            const vb = right[k][1].score(b);
            for (let i = 0; i < s.n; i++) {
              expect(vb.get(i === 0 ? 'ü0' : `x${i}`), `${left[k][0]} of node ${i}`).toBeCloseTo(va.get(`a${i}`)!, 9);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('adding a reciprocal answer never lowers reciprocity or responsiveness of the answerer', () => {
    fc.assert(
      fc.property(spec, fc.nat(), fc.nat(), (s, x, y) => {
        const u = x % s.n;
        const v = y % s.n;
        fc.pre(u !== v);
        const before = build(s, [...Array(s.n).keys()], (i) => `a${i}`);
        const extra: Spec = { ...s, interactions: [...s.interactions, [u, v, 0, 150 * DAY], [v, u, 1, 150 * DAY]] };
        const after = build(extra, [...Array(s.n).keys()], (i) => `a${i}`);
        // v is asked by u and answers at once. (Zero delay, not "within a second": an account whose
        // every answer was instant has median delay 0, and one slower answer raises it.)
        for (const scorer of [reciprocity(), responsiveness({ asOf: AS_OF })]) {
          expect(scorer.score(after).get(`a${v}`)!).toBeGreaterThanOrEqual(scorer.score(before).get(`a${v}`)! - 1e-12);
        }
      }),
      { numRuns: 40 },
    );
  });
});
