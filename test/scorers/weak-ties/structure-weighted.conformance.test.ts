import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { constraint, effectiveSize } from '../../../src/index.js';
import { loadNetwork } from '../../helpers/networks.js';

interface Case {
  name: 'lesmis' | 'random-digraph';
  weighted: boolean;
  nodes?: number;
  edges?: [number, number, number][];
  constraint: (number | null)[];
  effective_size: (number | null)[];
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/structural-holes.json', import.meta.url), 'utf8')) as { cases: Case[] };

function graphOf(c: Case): Graph {
  if (c.name !== 'random-digraph') return loadNetwork(c.name);
  const g = new Graph({ type: 'directed' });
  for (let i = 0; i < c.nodes!; i++) g.addNode(String(i));
  for (const [u, v, w] of c.edges!) g.addEdge(String(u), String(v), { weight: w });
  return g;
}

function compare(ours: Float64Array, ref: (number | null)[]): { maxError: number; nanNodes: number[] } {
  let maxError = 0;
  const nanNodes: number[] = [];
  ref.forEach((r, i) => {
    if (r === null) nanNodes.push(i);
    else maxError = Math.max(maxError, Math.abs(ours[i] - r));
  });
  return { maxError, nanNodes };
}

describe.each(fixture.cases.map((c) => [`${c.name} (${c.weighted ? 'weighted' : 'unweighted'})`, c] as const))(
  'Burt measures on %s match NetworkX',
  (_label, c) => {
    const graph = graphOf(c);
    it('constraint is within 1e-9 wherever NetworkX defines it', () => {
      const { maxError, nanNodes } = compare(constraint({ weighted: c.weighted }).score(graph).values, c.constraint);
      expect(maxError).toBeLessThan(1e-9);
      expect(nanNodes.length).toBeLessThan(c.constraint.length);
    });

    it('effective size is within 1e-9 wherever NetworkX defines it', () => {
      const { maxError } = compare(effectiveSize({ weighted: c.weighted }).score(graph).values, c.effective_size);
      expect(maxError).toBeLessThan(1e-9);
    });

    it('nodes NetworkX leaves undefined (no out-edges on a directed graph) get finite values', () => {
      const values = constraint({ weighted: c.weighted }).score(graph).values;
      const { nanNodes } = compare(values, c.constraint);
      if (c.name === 'random-digraph') expect(nanNodes).toContain(60);
      for (const i of nanNodes) expect(Number.isFinite(values[i])).toBe(true);
    });
  },
);
