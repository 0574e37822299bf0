import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  closeness, collectiveInfluence, coreness, degree, eigenvector, harmonic, hits, InfluenceScoreError, katz, voteRank,
} from '../../../src/index.js';
import { loadNetwork } from '../../helpers/networks.js';
import { messages } from '../../helpers/warnings.js';

function directed(edges: [string, string][]): Graph {
  const g = new Graph({ type: 'directed' });
  for (const [s, t] of edges) g.mergeEdge(s, t);
  return g;
}

function path(n: number): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let i = 0; i + 1 < n; i++) g.addEdge(String(i), String(i + 1));
  return g;
}

describe('centrality suite behaviour', () => {
  it('closeness and harmonic measure distances into a node on a directed graph', () => {
    const g = directed([['a', 'b'], ['b', 'c']]);
    const c = closeness().score(g);
    expect(c.get('c')).toBeCloseTo(2 / 3, 15); // (r−1)/Σd · (r−1)/(n−1) = 2/3 · 1
    expect(c.get('b')).toBeCloseTo(1 * (1 / 2), 15);
    expect(c.get('a')).toBe(0);
    expect(closeness({ wfImproved: false }).score(g).get('b')).toBe(1);
    const h = harmonic().score(g);
    expect(h.get('c')).toBe(1.5);
    expect(h.get('a')).toBe(0);
    expect(harmonic({ normalized: true }).score(g).get('c')).toBe(0.75);
  });

  it('collective influence sums (k − 1) over the frontier of the ball, as computed by hand on a path', () => {
    expect(Array.from(collectiveInfluence().score(path(5)).values)).toEqual([0, 1, 0, 1, 0]);
    expect(Array.from(collectiveInfluence({ radius: 1 }).score(path(5)).values)).toEqual([0, 1, 2, 1, 0]);
  });

  it('Katz on an acyclic graph uses α = 0.1 since λ_max = 0, and counts damped walks', () => {
    const v = katz({ normalized: false }).score(directed([['a', 'b'], ['b', 'c']]));
    expect(v.meta.params.lambdaMax).toBe(0);
    expect(v.meta.params.alpha).toBe(0.1);
    expect(v.get('a')).toBe(1);
    expect(v.get('b')).toBeCloseTo(1.1, 14);
    expect(v.get('c')).toBeCloseTo(1.11, 14);
  });

  it('Katz with α above 1/λ_max warns that it did not converge and still returns finite values', () => {
    const v = katz({ alpha: 0.5 }).score(loadNetwork('karate'));
    expect(v.meta.converged).toBe(false);
    expect(messages(v.meta.warnings).join(' ')).toMatch(/diverges/);
    for (const x of v.values) expect(x >= 0 && x <= 1).toBe(true);
  });

  it("VoteRank lets successors vote (direction 'out', NetworkX) unless direction is 'in' (predecessors vote)", () => {
    const g = directed([['a', 'c'], ['b', 'c'], ['c', 'd']]);
    expect(voteRank({ k: 1 }).score(g).meta.extra!.elected).toEqual(['a']);
    expect(voteRank({ k: 1, direction: 'out' }).score(g).meta.extra!.elected).toEqual(['a']);
    const inward = voteRank({ k: 1, direction: 'in' }).score(g);
    expect(inward.meta.extra!.elected).toEqual(['c']);
    expect(inward.meta.warnings).toEqual([]);
  });

  it("VoteRank's deprecated votesFrom still works, mapped to direction, with a DEPRECATED warning", () => {
    const g = directed([['a', 'c'], ['b', 'c'], ['c', 'd']]);
    for (const [votesFrom, direction, elected] of [['predecessors', 'in', 'c'], ['successors', 'out', 'a']] as const) {
      const v = voteRank({ k: 1, votesFrom }).score(g);
      expect(v.meta.extra!.elected).toEqual([elected]);
      expect(v.meta.params.direction).toBe(direction);
      expect(v.meta.warnings.map((w) => w.code)).toEqual(['DEPRECATED']);
      expect(messages(v.meta.warnings)[0]).toMatch(new RegExp(`voteRank: votesFrom: '${votesFrom}' is deprecated, use direction: '${direction}'`));
    }
    expect(() => voteRank({ votesFrom: 'successors', direction: 'out' })).toThrow(/give direction only/);
  });

  it('VoteRank stops early once every remaining vote is 0', () => {
    const v = voteRank({ k: 5 }).score(directed([['a', 'b']]));
    expect(v.meta.extra!.elected).toEqual(['a']);
    expect(v.get('a')).toBe(2); // k is capped at n = 2
    expect(v.get('b')).toBe(0);
  });

  it('graphs without edges get uniform eigenvector and HITS scores and zero for the rest', () => {
    const g = new Graph();
    for (const k of ['x', 'y', 'z', '__proto__']) g.addNode(k);
    expect(Array.from(eigenvector().score(g).values)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(hits().score(g).values)).toEqual([0.25, 0.25, 0.25, 0.25]);
    for (const s of [closeness(), harmonic(), coreness(), collectiveInfluence(), voteRank()]) {
      expect(Array.from(s.score(g).values)).toEqual([0, 0, 0, 0]);
    }
  });

  it('an empty graph gives empty vectors', () => {
    const g = new Graph();
    for (const s of [eigenvector(), katz(), hits(), closeness(), harmonic(), coreness(), collectiveInfluence(), voteRank()]) {
      expect(s.score(g).values.length).toBe(0);
    }
  });

  it("degree and coreness say direction 'both' for in + out, with no warning", () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('c', 'b');
    g.mergeEdge('b', 'a');
    const both = degree({ direction: 'both', normalized: false }).score(g);
    expect(Array.from(both.values)).toEqual([2, 3, 1]);
    expect(both.meta.warnings).toEqual([]);
    expect(Array.from(degree({ direction: 'out', normalized: false }).score(g).values)).toEqual([1, 1, 1]);
    const core = coreness({ direction: 'both' }).score(g);
    expect(core.meta.params.direction).toBe('both');
    expect(core.meta.warnings).toEqual([]);
    expect(coreness().score(g).meta.params.direction).toBe('both');
  });

  it("degree's and coreness's deprecated mode still works, mapped to direction ('all'/'total' → 'both'), with a DEPRECATED warning", () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('c', 'b');
    g.mergeEdge('b', 'a');
    for (const [mode, direction] of [['all', 'both'], ['total', 'both'], ['in', 'in'], ['out', 'out']] as const) {
      const old = degree({ mode, normalized: false }).score(g);
      expect(Array.from(old.values)).toEqual(Array.from(degree({ direction, normalized: false }).score(g).values));
      expect(old.meta.params.direction).toBe(direction);
      // out-degrees here are all 1, which also says ALL_EQUAL: the deprecation comes first, once.
      expect(old.meta.warnings.map((w) => w.code).filter((c) => c !== 'ALL_EQUAL')).toEqual(['DEPRECATED']);
      expect(messages(old.meta.warnings)[0]).toMatch(/^degree: mode/);
      expect(messages(old.meta.warnings)[0]).toMatch(/is deprecated, use direction/);
    }
    const core = coreness({ mode: 'all' }).score(g);
    expect(core.meta.params.direction).toBe('both');
    expect(messages(core.meta.warnings)).toEqual(["coreness: mode: 'all' is deprecated, use direction: 'both'"]);
    const inCore = coreness({ mode: 'in' }).score(g);
    expect(Array.from(inCore.values)).toEqual(Array.from(coreness({ direction: 'in' }).score(g).values));
    expect(inCore.meta.warnings.map((w) => w.code)).toEqual(['DEPRECATED']);
    expect(() => degree({ mode: 'in', direction: 'in' })).toThrow(/give direction only/);
  });

  it('bad options throw INVALID_OPTION naming the field', () => {
    const cases: [() => unknown, string][] = [
      [() => katz({ alpha: -1 }), 'alpha'],
      [() => voteRank({ k: 0 }), 'k'],
      [() => collectiveInfluence({ radius: 0 }), 'radius'],
      [() => hits({ part: 'both' as 'hub' }), 'part'],
      [() => coreness({ direction: 'all' as 'both' }), 'direction'],
      [() => eigenvector({ tolerance: 0 }), 'tolerance'],
    ];
    for (const [make, field] of cases) {
      try {
        make();
        expect.unreachable(`${field} should be rejected`);
      } catch (e) {
        expect(e).toBeInstanceOf(InfluenceScoreError);
        expect((e as InfluenceScoreError).code).toBe('INVALID_OPTION');
        expect((e as InfluenceScoreError).issues[0].field).toBe(field);
      }
    }
  });

  it.each([
    ['closeness', closeness()],
    ['harmonic', harmonic()],
    ['collective influence', collectiveInfluence()],
    ['eigenvector', eigenvector({ tolerance: 1e-300 })],
  ])('%s stops with ABORTED when the signal fires mid-run', (_name, scorer) => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = () =>
      scorer.score(loadNetwork('polblogs'), {
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          controller.abort();
        },
      });
    expect(run).toThrow(InfluenceScoreError);
    try {
      run();
    } catch (e) {
      expect((e as InfluenceScoreError).code).toBe('ABORTED');
    }
    expect(seen.length).toBeGreaterThan(0);
  });

  it('closeness reports progress per source, ending at (n, n)', () => {
    const calls: [number, number][] = [];
    closeness().score(loadNetwork('karate'), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.at(-1)).toEqual([34, 34]);
  });
});
