import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { combine, degree, getScoringContext, pagerank, precomputed, rank } from '../../src/index.js';
import { loadNetwork } from '../helpers/networks.js';

const karate = loadNetwork('karate');

function graph(keys: string[]): Graph {
  const g = new Graph();
  for (const k of keys) g.addNode(k);
  return g;
}

describe('rank', () => {
  it('lists the best nodes first, with 1-based ranks, matching the vector', () => {
    const rows = rank(karate, pagerank(), { top: 5 });
    const v = pagerank().score(karate);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.key)).toEqual(v.top(5).map((t) => t.key));
    expect(rows[0]).toEqual({ rank: 1, key: '33', score: v.get('33') });
    for (let i = 1; i < rows.length; i++) expect(rows[i].score).toBeLessThanOrEqual(rows[i - 1].score);
  });

  it('breaks ties by graph order, whatever the key names', () => {
    const g = graph(['z', 'y', 'x', 'w']);
    const rows = rank(g, precomputed('s', [1, 2, 1, 2]));
    expect(rows.map((r) => r.key)).toEqual(['y', 'w', 'z', 'x']);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('puts the lowest first for a lower-is-better scorer', () => {
    const rows = rank(graph(['a', 'b', 'c']), precomputed('constraint', [0.5, 0.1, 0.9], { higherIsBetter: false }));
    expect(rows.map((r) => r.key)).toEqual(['b', 'a', 'c']);
  });

  it("gives each composite part's normalized value by name", () => {
    const score = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] } });
    const v = score.score(karate);
    const rows = rank(karate, score, { top: 3 });
    for (const row of rows) {
      expect(row.parts).toEqual({ pr: v.parts!.pr.get(row.key), deg: v.parts!.deg.get(row.key) });
      expect(row.score).toBe(v.get(row.key));
    }
  });

  it('returns every node without top, none with top 0, and all when top exceeds n', () => {
    expect(rank(karate, degree())).toHaveLength(34);
    expect(rank(karate, degree(), { top: 0 })).toEqual([]);
    expect(rank(karate, degree(), { top: 1000 })).toHaveLength(34);
  });

  it('accepts a prepared context', () => {
    expect(rank(getScoringContext(karate), degree(), { top: 2 })).toEqual(rank(karate, degree(), { top: 2 }));
  });

  it('rejects a negative or fractional top with INVALID_OPTION', () => {
    expect(() => rank(karate, degree(), { top: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', issues: [expect.objectContaining({ path: ['top'] })] }));
    expect(() => rank(karate, degree(), { top: 1.5 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('passes the abort signal of the run options (the last argument) on', () => {
    const c = new AbortController();
    c.abort();
    expect(() => rank(karate, pagerank(), {}, { signal: c.signal })).toThrow(expect.objectContaining({ code: 'ABORTED' }));
  });
});

describe('rank run options are the last argument (issue #22)', () => {
  it('reports progress and the vector warnings through the run options', () => {
    const progress: number[] = [];
    const warnings: string[] = [];
    const g = graph(['a', 'b']);
    expect(rank(karate, pagerank(), { top: 1 }, { onProgress: (done) => progress.push(done) })).toHaveLength(1);
    expect(progress.length).toBeGreaterThan(0);
    expect(rank(karate, pagerank({ maxIterations: 1 }), { top: 1 }, { onWarning: (w) => warnings.push(w.code) })).toHaveLength(1);
    expect(warnings).toEqual(pagerank({ maxIterations: 1 }).score(karate).meta.warnings.map((w) => w.code));
    expect(warnings.length).toBeGreaterThan(0); // one iteration does not converge
  });

  it('still accepts signal and onProgress folded into the options, with a DEPRECATED warning to onWarning', () => {
    const c = new AbortController();
    c.abort();
    const seen: { code: string; message: string }[] = [];
    expect(() => rank(karate, pagerank(), { signal: c.signal }, { onWarning: (w) => seen.push(w) })).toThrow(expect.objectContaining({ code: 'ABORTED' }));
    expect(seen).toEqual([{ code: 'DEPRECATED', message: 'rank: signal in the options is deprecated, use rank(input, scorer, options, { signal }) (run options are the last argument)' }]);
    const calls: number[] = [];
    const codes: string[] = [];
    rank(karate, pagerank(), { top: 2, onProgress: (d) => calls.push(d) }, { onWarning: (w) => codes.push(w.code) });
    expect(calls.length).toBeGreaterThan(0);
    expect(codes[0]).toBe('DEPRECATED');
  });

  it('without onWarning, a folded run option is reported through process.emitWarning as a DeprecationWarning', () => {
    const emitted: unknown[][] = [];
    const original = process.emitWarning;
    process.emitWarning = ((...args: unknown[]) => void emitted.push(args)) as typeof process.emitWarning;
    try {
      rank(karate, pagerank(), { top: 1, onProgress: () => undefined });
    } finally {
      process.emitWarning = original;
    }
    expect(emitted).toHaveLength(1);
    expect(emitted[0][0]).toMatch(/^rank: onProgress in the options is deprecated/);
    expect(emitted[0][1]).toEqual({ type: 'DeprecationWarning', code: 'INFLUENCE_SCORE_DEPRECATED' });
  });

  it('refuses a pool in the sync rank (INVALID_OPTION naming rankAsync), folded or not, and a run option given twice', () => {
    const pool = { runChunks: () => undefined } as never;
    expect(() => rank(karate, pagerank(), {}, { pool })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringMatching(/use rankAsync/) }));
    expect(() => rank(karate, pagerank(), { pool })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    const c = new AbortController();
    expect(() => rank(karate, pagerank(), { signal: c.signal }, { signal: c.signal })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => rank(karate, pagerank(), {}, { bogus: 1 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('ranked rows: one shape { rank, key, score, parts? } (issue #22)', () => {
  it('rank() and ScoreVector.top() give the same rows, parts only for composites', () => {
    const plain = pagerank().score(karate);
    const rows = rank(karate, pagerank(), { top: 3 });
    expect(rows).toEqual(plain.top(3));
    expect(Object.keys(rows[0])).toEqual(['rank', 'key', 'score']);
    const composite = combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] } });
    const [first] = rank(karate, composite, { top: 1 });
    expect(Object.keys(first)).toEqual(['rank', 'key', 'score', 'parts']);
    expect(composite.score(karate).top(1)).toEqual([first]);
  });

  it('keeps the deprecated node and value as non-enumerable getters, absent from JSON and spreads', () => {
    const [row] = rank(karate, pagerank(), { top: 1 });
    const [entry] = pagerank().score(karate).top(1);
    expect(row.node).toBe(row.key);
    expect(row.value).toBe(row.score);
    expect(entry.value).toBe(entry.score);
    expect(JSON.parse(JSON.stringify(row))).toEqual({ rank: 1, key: row.key, score: row.score });
    expect({ ...entry }).toEqual({ rank: 1, key: entry.key, score: entry.score });
  });

  it('a part named __proto__ is an ordinary part name in a row', () => {
    const g = graph(['a', 'b']);
    g.addEdge('a', 'b');
    const [row] = rank(g, combine({ parts: { ['__proto__']: [degree(), 1] } as never }), { top: 1 });
    expect(Object.keys(row.parts!)).toEqual(['__proto__']);
  });
});
