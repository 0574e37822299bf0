import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildCsr, type Csr, transposeCsr } from '../../src/context/csr.js';
import { readEdges } from '../../src/context/edges.js';
import { resolveView } from '../../src/context/view.js';

/** The CSR by definition: per row, a sorted map target → [summed weight in edge order, count]. */
function naive(n: number, edges: [number, number, number][], mirrored: boolean): Map<number, [number, number]>[] {
  const rows = Array.from({ length: n }, () => new Map<number, [number, number]>());
  const add = (s: number, t: number, w: number): void => {
    if (s === t) return;
    const cell = rows[s].get(t) ?? [0, 0];
    rows[s].set(t, [cell[0] + w, cell[1] + 1]);
  };
  for (const [s, t, w] of edges) {
    add(s, t, w);
    if (mirrored) add(t, s, w);
  }
  return rows.map((r) => new Map([...r].sort((a, b) => a[0] - b[0])));
}

function rowsOf(csr: Csr, n: number): Map<number, [number, number]>[] {
  return Array.from({ length: n }, (_, i) => {
    const row = new Map<number, [number, number]>();
    for (let e = csr.offsets[i]; e < csr.offsets[i + 1]; e++) row.set(csr.targets[e], [csr.weights[e], csr.counts[e]]);
    return row;
  });
}

// Few nodes and many edges, so rows exceed the insertion-sort threshold and repeat targets.
const edgeLists = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 8 }).map((x) => x / 4)), { maxLength: 400 }),
  ),
);

describe('buildCsr on random edge lists', () => {
  it('equals the definition: rows sorted by target, parallel edges merged (weights summed, counted), self-loops dropped', () => {
    fc.assert(
      fc.property(edgeLists, fc.boolean(), ([n, edges], mirrored) => {
        const csr = buildCsr(n, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), Float64Array.from(edges, (e) => e[2]), mirrored);
        const want = naive(n, edges, mirrored);
        expect(rowsOf(csr, n)).toEqual(want);
        for (let i = 0; i < n; i++) {
          const row = Array.from(csr.targets.subarray(csr.offsets[i], csr.offsets[i + 1]));
          expect(row).toEqual([...want[i].keys()]);
        }
      }),
    );
  });

  it('transposes to the in-adjacency with sorted rows and the same weights and counts', () => {
    fc.assert(
      fc.property(edgeLists, ([n, edges]) => {
        const out = buildCsr(n, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), Float64Array.from(edges, (e) => e[2]));
        const reversed = edges.map(([s, t, w]): [number, number, number] => [t, s, w]);
        expect(rowsOf(transposeCsr(n, out), n)).toEqual(naive(n, reversed, false));
      }),
    );
  });
});

describe('reading edges', () => {
  it("through graphology's records gives exactly the columns of its public API", () => {
    const specs = fc.record({
      n: fc.integer({ min: 1, max: 20 }),
      type: fc.constantFrom('directed', 'undirected', 'mixed') as fc.Arbitrary<'directed' | 'undirected' | 'mixed'>,
      edges: fc.array(fc.tuple(fc.nat(19), fc.nat(19), fc.option(fc.constantFrom('share', 'mention')), fc.option(fc.integer({ min: 0, max: 100 })), fc.boolean()), { maxLength: 60 }),
    });
    fc.assert(
      fc.property(specs, ({ n, type, edges }) => {
        const g = new Graph({ type, multi: true, allowSelfLoops: true });
        for (let i = 0; i < n; i++) g.addNode(`k${i}`);
        for (const [s, t, kind, time, undirected] of edges) {
          const attrs = { ...(kind === null ? {} : { type: kind }), ...(time === null ? {} : { time }), weight: 1 + (s % 3) };
          const [a, b] = [`k${s % n}`, `k${t % n}`];
          if (type === 'mixed' && undirected) g.addUndirectedEdge(a, b, attrs);
          else g.addEdge(a, b, attrs);
        }
        const keys = g.nodes();
        const index = new Map(keys.map((k, i) => [k, i]));
        for (const view of [resolveView({}), resolveView({ relations: ['share'], halfLife: 10 })]) {
          const fast = readEdges(g, index, view, [], keys);
          const slow = readEdges(g, index, view, []);
          expect(fast.asOf).toBe(slow.asOf);
          const columns = (c: typeof fast.edges) => ({ ...c, src: [...c.src], dst: [...c.dst], weight: [...c.weight], time: [...c.time], type: [...c.type], undirected: [...c.undirected] });
          expect(columns(fast.edges)).toEqual(columns(slow.edges));
        }
      }),
    );
  });
});
