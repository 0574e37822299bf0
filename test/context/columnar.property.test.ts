import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  closeness,
  contextFromColumns,
  degree,
  getScoringContext,
  hits,
  type Scorer,
  pagerank,
  reciprocity,
  constraint,
  type ViewOptions,
  weakTieReach,
} from '../../src/index.js';
import type { Warning } from '../../src/index.js';

interface Edge {
  s: number;
  t: number;
  weight: number | null;
  time: number | null;
  type: string | null;
}

const TYPES = ['follow', 'share', 'mention'];
const T0 = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

const edgeList = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    directed: fc.boolean(),
    edges: fc.array(
      fc.record({
        s: fc.nat(n - 1),
        t: fc.nat(n - 1),
        weight: fc.option(fc.integer({ min: 0, max: 40 }).map((x) => x / 8), { freq: 4 }),
        time: fc.option(fc.integer({ min: 0, max: 60 }).map((d) => T0 + d * DAY), { freq: 3 }),
        type: fc.option(fc.constantFrom(...TYPES), { freq: 3 }),
      }),
      { maxLength: 120 },
    ),
  }),
);

const views: fc.Arbitrary<ViewOptions> = fc.record(
  {
    relations: fc.subarray(TYPES, { minLength: 1 }),
    window: fc.record({ from: fc.integer({ min: 0, max: 30 }).map((d) => T0 + d * DAY), to: fc.integer({ min: 30, max: 60 }).map((d) => T0 + d * DAY) }, { requiredKeys: [] }),
    halfLife: fc.integer({ min: 1, max: 30 }).map((d) => d * DAY),
    asOf: fc.integer({ min: 10, max: 70 }).map((d) => T0 + d * DAY),
    weight: fc.constant(null),
    directed: fc.boolean(),
  },
  { requiredKeys: [] },
);

const scorers: [string, (view: ViewOptions) => Scorer][] = [
  ['pagerank', (view) => pagerank({ view })],
  ['weighted in-degree', (view) => degree({ mode: 'in', weighted: true, view })],
  ['hits', (view) => hits({ view })],
  ['closeness', (view) => closeness({ view })],
  ['constraint', (view) => constraint({ view })],
  ['weak-tie reach', (view) => weakTieReach({ view })],
  ['reciprocity', (view) => reciprocity({ view })],
];

function graphOf(n: number, directed: boolean, edges: Edge[]): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  for (let i = 0; i < n; i++) g.addNode(`u${i}`);
  edges.forEach(({ s, t, weight, time, type }, k) => {
    const attrs: Record<string, unknown> = {};
    if (weight !== null) attrs.weight = weight;
    if (time !== null) attrs.time = time;
    if (type !== null) attrs.type = type;
    g.addEdgeWithKey(String(k), `u${s}`, `u${t}`, attrs);
  });
  return g;
}

function columnsOf(n: number, directed: boolean, edges: Edge[], numeric: boolean) {
  const keys = Array.from({ length: n }, (_, i) => `u${i}`);
  return contextFromColumns(
    {
      source: numeric ? Int32Array.from(edges, (e) => e.s) : edges.map((e) => `u${e.s}`),
      target: numeric ? edges.map((e) => e.t) : edges.map((e) => `u${e.t}`),
      weight: Float64Array.from(edges, (e) => e.weight ?? 1),
      time: edges.map((e) => e.time),
      type: edges.map((e) => e.type),
    },
    { directed, keys },
  );
}

/** The outcome of a run: the values bit for bit, or the error code. */
function outcome(run: () => { values: Float64Array; keys: readonly string[]; meta: { warnings: readonly Warning[] } }): unknown {
  try {
    const v = run();
    return { keys: [...v.keys], bits: [...new Uint32Array(v.values.buffer, v.values.byteOffset, v.values.length * 2)], warnings: v.meta.warnings };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
}

describe('contexts built from columns', () => {
  it('give bit-identical scores to the graphology path for the same view on the same edges (200 random edge lists × views × 7 scorers)', () => {
    const scored = new Map<string, number>();
    let runs = 0;
    fc.assert(
      fc.property(edgeList, views, fc.boolean(), fc.boolean(), ({ n, directed, edges }, view, numeric, viaContextView) => {
        const graph = graphOf(n, directed, edges);
        const columnar = columnsOf(n, directed, edges, numeric);
        expect(columnar.graph).toBeNull();
        runs++;
        for (const [name, make] of scorers) {
          // The scorer's own view wins over the context's; or the context itself carries the view.
          const own = make(view);
          const plain = make({});
          const fromGraph = viaContextView ? outcome(() => plain.score(getScoringContext(graph, view))) : outcome(() => own.score(graph));
          const fromColumns = viaContextView ? outcome(() => plain.score(getScoringContext(columnar.source, view))) : outcome(() => own.score(columnar));
          expect(fromColumns).toEqual(fromGraph);
          if ((fromColumns as { bits?: unknown }).bits) scored.set(name, (scored.get(name) ?? 0) + 1);
        }
      }),
      { numRuns: 200 },
    );
    // Each scorer scores in most runs (errors, e.g. reciprocity on an undirected view, are compared too).
    for (const [name] of scorers) expect(scored.get(name) ?? 0, name).toBeGreaterThan(runs / 3);
  });

  it('read edge columns like the graph path: same node order, kept edges, decayed weights and reference time', () => {
    fc.assert(
      fc.property(edgeList, views, ({ n, directed, edges }, view) => {
        const a = getScoringContext(graphOf(n, directed, edges), view);
        const b = getScoringContext(columnsOf(n, directed, edges, false).source, view);
        expect(b.keys).toEqual(a.keys);
        expect(b.asOf).toBe(a.asOf);
        expect(b.directed).toBe(a.directed);
        for (const col of ['src', 'dst', 'weight', 'time', 'type', 'undirected'] as const) expect(b.edges[col]).toEqual(a.edges[col]);
        expect(b.out).toEqual(a.out);
        expect(b.warnings).toEqual(a.warnings);
      }),
      { numRuns: 200 },
    );
  });
});
