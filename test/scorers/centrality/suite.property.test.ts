import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  closeness, collectiveInfluence, coreness, degree, eigenvector, harmonic, hits, katz, voteRank, type Scorer,
} from '../../../src/index.js';
import { buildGraph, graphSpec, permutation, relabelled } from '../../helpers/arbitraries.js';
import { expectInRange } from '../../helpers/expect-range.js';

/** Every order-invariant measure of this suite, with the tolerance its relabelled run must meet. */
const MEASURES: [string, () => Scorer, number][] = [
  ['eigenvector', () => eigenvector(), 1e-6],
  ['katz', () => katz(), 1e-6],
  ['hits authority', () => hits(), 1e-6],
  ['hits hub', () => hits({ part: 'hub' }), 1e-6],
  ['closeness', () => closeness(), 1e-12],
  ['harmonic', () => harmonic(), 1e-12],
  ['coreness', () => coreness(), 0],
  ['collective influence', () => collectiveInfluence(), 0],
];
const ALL: [string, () => Scorer][] = [...MEASURES.map(([n, f]) => [n, f] as [string, () => Scorer]), ['voteRank', () => voteRank()]];

function star(leaves: number, kind: 'undirected' | 'in' | 'out'): Graph {
  const g = new Graph({ type: kind === 'undirected' ? 'undirected' : 'directed' });
  g.addNode('centre');
  for (let i = 0; i < leaves; i++) {
    g.addNode(`leaf${i}`);
    if (kind === 'out') g.addEdge('centre', `leaf${i}`);
    else g.addEdge(`leaf${i}`, 'centre');
  }
  return g;
}

function cycle(n: number, directed: boolean): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`c${i}`);
  for (let i = 0; i < n; i++) g.addEdge(`c${i}`, `c${(i + 1) % n}`);
  return g;
}

const spec = graphSpec({ maxN: 25, maxEdges: 80 });
const specAndPerm = spec.chain((s) => fc.tuple(fc.constant(s), permutation(s.n)));

describe('centrality suite properties', () => {
  it.each(MEASURES)('relabelling the nodes permutes the %s scores', (_name, make, tol) => {
    fc.assert(
      fc.property(specAndPerm, ([s, perm]) => {
        const a = make().score(buildGraph(s));
        const b = make().score(relabelled(s, perm));
        for (let i = 0; i < s.n; i++) {
          const x = a.get(String(i))!;
          const y = b.get(`n${i}`)!;
          expect(Math.abs(x - y)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(x)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it.each(ALL)('%s stays within its declared range', (_name, make) => {
    fc.assert(
      fc.property(spec, (s) => {
        const v = make().score(buildGraph(s));
        expectInRange(v.values, v.meta.range, 1e-12);
      }),
      { numRuns: 40 },
    );
  });

  // Directed stars point at the centre (attention flows to it), except for hubs. Ties are inherent in three cases: coreness is 1 everywhere on a star, collective influence is 0
  // (leaves have k − 1 = 0) and undirected HITS gives a star a uniform vector (AᵀA = k·I on the
  // span of the centre and the leaves). There the centre must still not be beaten.
  const STRICT = new Set(['eigenvector', 'katz', 'closeness', 'harmonic', 'voteRank']);
  it.each(ALL)("a star's centre is never beaten by a leaf on %s, and wins outright where the measure separates them", (name, make) => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.constantFrom<'undirected' | 'in'>('undirected', 'in'), (leaves, kind) => {
        const scorer = name === 'voteRank' && kind === 'in' ? voteRank({ direction: 'in' }) : make();
        // A hub points at authorities: its directed star is the out-star.
        const hub = name === 'hits hub';
        const v = scorer.score(star(leaves, hub && kind === 'in' ? 'out' : kind));
        const centre = v.get('centre')!;
        const strict = STRICT.has(name) || (kind === 'in' && (hub || name === 'hits authority'));
        for (let i = 0; i < leaves; i++) {
          if (strict) expect(centre).toBeGreaterThan(v.get(`leaf${i}`)!);
          else expect(centre).toBeGreaterThanOrEqual(v.get(`leaf${i}`)! - 1e-15);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('the centre of an out-star is the best HITS hub, and of an in-star the best authority', () => {
    const out = hits({ part: 'hub' }).score(star(5, 'out'));
    expect(out.top(1)[0].key).toBe('centre');
    const inn = hits().score(star(5, 'in'));
    expect(inn.top(1)[0].key).toBe('centre');
    expect(inn.get('centre')).toBeCloseTo(1, 12);
  });

  it.each(MEASURES)('on a cycle every node has the same %s', (_name, make) => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.boolean(), (n, directed) => {
        const v = make().score(cycle(n, directed));
        for (const x of v.values) expect(Math.abs(x - v.values[0])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v.values[0])));
      }),
      { numRuns: 20 },
    );
  });

  it('closeness and harmonic from the 32-lane multi-source BFS equal one plain BFS per node', () => {
    // Plain BFS into every node over the raw edge list: the oracle.
    const oracle = (s: { n: number; directed: boolean; edges: [number, number, number][] }) => {
      const into: number[][] = Array.from({ length: s.n }, () => []);
      for (const [a, b] of s.edges) {
        if (a === b) continue;
        into[b].push(a);
        if (!s.directed) into[a].push(b);
      }
      return into.map((_, v) => {
        const dist = new Map([[v, 0]]);
        const queue = [v];
        for (let q = 0; q < queue.length; q++) {
          for (const u of into[queue[q]]) if (!dist.has(u)) dist.set(u, dist.get(queue[q])! + 1), queue.push(u);
        }
        let total = 0;
        let inverse = 0;
        for (const d of dist.values()) if (d > 0) (total += d), (inverse += 1 / d);
        const r = dist.size;
        return { closeness: total > 0 ? ((r - 1) / total) * ((r - 1) / (s.n - 1)) : 0, harmonic: inverse };
      });
    };
    fc.assert(
      fc.property(graphSpec({ minN: 33, maxN: 100, maxEdges: 250 }), (s) => {
        const g = buildGraph(s);
        const c = closeness().score(g);
        const h = harmonic().score(g);
        oracle(s).forEach((o, i) => {
          expect(c.values[i]).toBeCloseTo(o.closeness, 12);
          expect(h.values[i]).toBeCloseTo(o.harmonic, 12);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('weighted closeness and harmonic equal Floyd–Warshall distances, with weights as lengths or as 1/strength', () => {
    fc.assert(
      fc.property(graphSpec({ minN: 2, maxN: 20, maxEdges: 60 }), fc.constantFrom<'weight' | 'inverse'>('weight', 'inverse'), (s, distance) => {
        // Merged parallel edges sum their weights, as the CSR does; then all-pairs shortest paths.
        const w = new Map<string, number>();
        for (const [a, b, x] of s.edges) {
          if (a === b) continue;
          for (const [p, q] of s.directed ? [[a, b]] : [[a, b], [b, a]]) w.set(`${p},${q}`, (w.get(`${p},${q}`) ?? 0) + x);
        }
        const d = Array.from({ length: s.n }, (_, i) => Array.from({ length: s.n }, (_, j) => (i === j ? 0 : Infinity)));
        for (const [key, x] of w) {
          const [p, q] = key.split(',').map(Number);
          d[p][q] = distance === 'weight' ? x : 1 / x;
        }
        for (let k = 0; k < s.n; k++) for (let i = 0; i < s.n; i++) for (let j = 0; j < s.n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        const g = buildGraph(s);
        const c = closeness({ weighted: true, distance }).score(g);
        const h = harmonic({ weighted: true, distance }).score(g);
        for (let v = 0; v < s.n; v++) {
          let total = 0;
          let inverse = 0;
          let r = 0;
          for (let u = 0; u < s.n; u++) {
            if (d[u][v] === Infinity) continue;
            r++;
            total += d[u][v];
            if (d[u][v] > 0) inverse += 1 / d[u][v];
          }
          const expected = total > 0 ? ((r - 1) / total) * ((r - 1) / (s.n - 1)) : 0;
          expect(c.values[v]).toBeCloseTo(expected, 10);
          expect(h.values[v]).toBeCloseTo(inverse, 10);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('coreness never exceeds degree (total degree on directed graphs)', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const g = buildGraph(s);
        const k = coreness().score(g).values;
        const d = degree({ direction: 'both', normalized: false }).score(g).values;
        for (let i = 0; i < s.n; i++) expect(k[i]).toBeLessThanOrEqual(d[i]);
      }),
      { numRuns: 60 },
    );
  });

  it('VoteRank elects distinct nodes, at most k, scored k − position and everyone else 0', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 10 }), (s, k) => {
        const v = voteRank({ k }).score(buildGraph(s));
        const elected = v.meta.extra!.elected as string[];
        expect(new Set(elected).size).toBe(elected.length);
        expect(elected.length).toBeLessThanOrEqual(k);
        elected.forEach((key, p) => expect(v.get(key)).toBe(Math.min(k, s.n) - p));
        const chosen = new Set(elected);
        v.keys.forEach((key, i) => {
          if (!chosen.has(key)) expect(v.values[i]).toBe(0);
        });
      }),
      { numRuns: 60 },
    );
  });
});
