import Graph, { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { embeddedness, edgeOverlap, InfluenceScoreError, interactionStrength, simmelianStrength, tieStrength } from '../../../src/index.js';

/** Two triangles a-b-c and c-d-e sharing c, plus a pendant f on e. */
function bowtie(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [u, v] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['c', 'e'], ['e', 'f']]) g.mergeEdge(u, v);
  return g;
}

describe('per-tie measures', () => {
  it('overlap follows Onnela: shared contacts over the other contacts of both ends', () => {
    const o = edgeOverlap().score(bowtie());
    // a–b: one shared (c); k_a − 1 = 1, k_b − 1 = 1 → 1 / (1 + 1 − 1) = 1.
    expect(o.get('a', 'b')).toBe(1);
    // c–d: shared e; k_c − 1 = 3, k_d − 1 = 1 → 1 / (3 + 1 − 1) = 1/3.
    expect(o.get('d', 'c')).toBe(1 / 3);
    // e–f: nothing shared, f has no other contact → 0 / (2 + 0 − 0) = 0.
    expect(o.get('e', 'f')).toBe(0);
    expect(o.get('a', 'f')).toBeUndefined();
    expect(o.length).toBe(7);
  });

  it('embeddedness and Simmelian strength count the triangles on a tie', () => {
    const g = bowtie();
    expect(embeddedness().score(g).get('c', 'e')).toBe(1);
    expect(simmelianStrength().score(g).get('c', 'e')).toBe(1);
    expect(simmelianStrength().score(g).get('e', 'f')).toBe(0);
  });

  it('directed graphs are read as their undirected projection: reciprocal arcs form one tie', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'a');
    g.mergeEdge('b', 'c');
    g.mergeEdge('c', 'a');
    const o = edgeOverlap().score(g);
    expect(o.length).toBe(3);
    expect(o.get('a', 'b')).toBe(1);
  });

  it('interaction strength sums type weights times decay over both directions', () => {
    const DAY = 86_400_000;
    const g = new MultiDirectedGraph();
    g.addNode('a');
    g.addNode('b');
    g.addNode('c');
    g.addEdge('a', 'b', { type: 'reply', time: 10 * DAY });
    g.addEdge('b', 'a', { type: 'reply', time: 9 * DAY });
    g.addEdge('a', 'b', { type: 'like', time: 10 * DAY });
    g.addEdge('a', 'c', { type: 'mention', time: 10 * DAY });
    const plain = interactionStrength().score(g);
    expect(plain.get('a', 'b')).toBe(3);
    expect(plain.get('c', 'a')).toBe(1);
    const decayed = interactionStrength({ typeWeights: { reply: 3, like: 0.5 }, defaultTypeWeight: 2, view: { halfLife: DAY } }).score(g);
    // asOf = latest time (day 10): replies weigh 3 and 3·½, the like ½, the mention (default) 2.
    expect(decayed.get('a', 'b')).toBeCloseTo(3 + 1.5 + 0.5, 12);
    expect(decayed.get('a', 'c')).toBeCloseTo(2, 12);
  });
});

describe('tieStrength classifies ties as weak or strong', () => {
  it('a fixed threshold marks ties with strength at most the threshold as weak', () => {
    const ties = tieStrength({ strength: 'overlap', threshold: 0.4 }).classify(bowtie());
    expect(ties.isWeak('c', 'd')).toBe(true); // 1/3
    expect(ties.isWeak('a', 'b')).toBe(false); // 1
    expect(ties.isWeak('e', 'f')).toBe(true); // 0
    expect(ties.weakCount).toBe(Array.from(ties.values).filter((x) => x <= 0.4).length);
    expect(ties.threshold).toBe(0.4);
  });

  it('a quantile threshold is the interpolated quantile of the measure over all ties', () => {
    const ties = tieStrength({ threshold: { quantile: 0.5 } }).classify(bowtie());
    const sorted = Array.from(ties.values).sort((a, b) => a - b); // 7 ties: the median is the 4th
    expect(ties.threshold).toBe(sorted[3]);
    expect(ties.weakCount).toBe(sorted.filter((x) => x <= sorted[3]).length);
    expect(tieStrength({ threshold: { quantile: 0 } }).classify(bowtie()).threshold).toBe(sorted[0]);
    expect(tieStrength({ threshold: { quantile: 1 } }).classify(bowtie()).weakCount).toBe(7);
  });

  it('a strength measure with its own view is carried over by account pair, absent ties being weakest', () => {
    const g = new MultiDirectedGraph();
    for (const k of ['a', 'b', 'c']) g.addNode(k);
    g.addEdge('a', 'b', { type: 'follow' });
    g.addEdge('a', 'c', { type: 'follow' });
    g.addEdge('a', 'b', { type: 'reply' });
    g.addEdge('b', 'a', { type: 'reply' });
    const ties = tieStrength({
      strength: interactionStrength({ view: { relations: ['reply'] } }),
      threshold: 0,
      view: { relations: ['follow'] },
    }).classify(g);
    expect(ties.length).toBe(2);
    expect(ties.get('a', 'b')).toBe(2);
    expect(ties.get('a', 'c')).toBe(0);
    expect(ties.isWeak('a', 'c')).toBe(true);
    expect(ties.isWeak('a', 'b')).toBe(false);
  });

  it('rejects bad options with INVALID_OPTION naming the field', () => {
    const bad = (): unknown => tieStrength({ threshold: { quantile: 1.5 } });
    expect(bad).toThrow(InfluenceScoreError);
    try {
      bad();
    } catch (e) {
      expect((e as InfluenceScoreError).code).toBe('INVALID_OPTION');
      expect((e as InfluenceScoreError).issues[0].path).toContain('threshold');
    }
    expect(() => tieStrength({ strength: 'loudness' as never })).toThrow(/strength/);
  });

  it('EdgeScores serialise to JSON with keyed edges', () => {
    const json = edgeOverlap().score(bowtie()).toJSON() as { measure: string; edges: [string, string, number][] };
    expect(json.measure).toBe('overlap');
    expect(json.edges).toContainEqual(['a', 'b', 1]);
  });
});
