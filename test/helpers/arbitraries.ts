/** fast-check arbitraries shared by the property tests. */
import fc from 'fast-check';
import Graph from 'graphology';

export interface RandomGraphSpec {
  n: number;
  directed: boolean;
  edges: [number, number, number][];
}

/** A random simple-ish graph spec: n in [minN, maxN], edges as [source, target, weight]. */
export function graphSpec(opts: { minN?: number; maxN?: number; directed?: boolean; maxEdges?: number } = {}): fc.Arbitrary<RandomGraphSpec> {
  const { minN = 1, maxN = 30, maxEdges = 120 } = opts;
  return fc
    .record({ n: fc.integer({ min: minN, max: maxN }), directed: opts.directed === undefined ? fc.boolean() : fc.constant(opts.directed) })
    .chain(({ n, directed }) =>
      fc.record({
        n: fc.constant(n),
        directed: fc.constant(directed),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.1, max: 10, noNaN: true })), { maxLength: maxEdges }),
      }),
    );
}

/** Builds a graphology multigraph from a spec; node keys are `label(i)`. */
export function buildGraph(spec: RandomGraphSpec, label: (i: number) => string = String): Graph {
  const g = new Graph({ type: spec.directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  for (let i = 0; i < spec.n; i++) g.addNode(label(i));
  for (const [s, t, w] of spec.edges) g.addEdge(label(s), label(t), { weight: w });
  return g;
}

/** The same graph with nodes inserted in a permuted order and renamed: for relabelling invariance. */
export function relabelled(spec: RandomGraphSpec, perm: number[]): Graph {
  const g = new Graph({ type: spec.directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  for (const i of perm) g.addNode(`n${i}`);
  for (const [s, t, w] of spec.edges) g.addEdge(`n${s}`, `n${t}`, { weight: w });
  return g;
}

/** A permutation of 0..n-1. */
export function permutation(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((r) =>
    r.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i),
  );
}
