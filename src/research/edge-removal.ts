/**
 * Edge-removal percolation (Onnela et al. 2007): remove ties in order of a strength measure, weakest
 * first or strongest first, and follow the largest connected component and the susceptibility
 *   S̃ = Σ_{s < s_max} n_s·s² / n   (n_s components of size s, the largest left out).
 * If weak ties are the bridges between communities, removing them first breaks the network apart
 * sooner, and S̃ peaks at the break-up. Each curve is one pass of union–find, adding ties back in the
 * reverse of their removal order: O(m·α(n)) after sorting, whatever the number of checkpoints.
 * Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks.
 * PNAS 104(18), 7332–7336.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import type { EdgeScores } from '../scorers/weak-ties/edge-scores.js';
import { argument, checkArguments, edgeScoresShape } from '../core/argument-schemas.js';

const schema = z.object({ steps: z.int().min(1).max(10_000).default(10) }).strict();

/** Options of {@link edgeRemoval}. */
export interface EdgeRemovalOptions {
  /** Checkpoints after each 1/steps of the ties: 0, 1/steps, …, 1. @defaultValue `10` */
  steps?: number;
}

/** One removal order's curve, one entry per checkpoint. */
export interface RemovalCurve {
  /** Size of the largest connected component, as a fraction of the nodes. */
  largestComponent: number[];
  /** Σ n_s·s² / n over the components other than the largest. */
  susceptibility: number[];
}

/** Result of {@link edgeRemoval}. */
export interface EdgeRemoval {
  /** Share of the ties removed at each checkpoint. */
  removed: number[];
  /** Removing the weakest ties first (lowest value first; equal values in tie order). */
  weakestFirst: RemovalCurve;
  /** Removing the strongest ties first. */
  strongestFirst: RemovalCurve;
  /** Nodes and ties of the network. */
  nodes: number;
  ties: number;
}

/**
 * Onnela's edge-removal experiment on tie strengths, e.g. from {@link edgeOverlap}.
 *
 * @example
 * ```ts
 * const curve = edgeRemoval(edgeOverlap().score(graph));
 * curve.weakestFirst.largestComponent[3]; // giant component after removing the weakest 30%
 * curve.strongestFirst.largestComponent[3]; // ... the strongest 30%
 * ```
 */
export function edgeRemoval(scores: EdgeScores, options: EdgeRemovalOptions = {}): EdgeRemoval {
  checkArguments('edgeRemoval', [scores, options], [['scores', edgeScoresShape], ['options', argument.options]]);
  const { steps } = parseOptions(schema, options, 'edgeRemoval');
  const { values, source, target, length: m } = scores;
  const n = scores.keys.length;
  for (let e = 0; e < m; e++) {
    if (Number.isNaN(values[e])) {
      throw new InfluenceScoreError('INVALID_INPUT', `edgeRemoval: tie ${e} (${scores.keys[source[e]]} – ${scores.keys[target[e]]}) has no strength (NaN)`, [
        { path: ['values', e], record: e, field: 'value', message: 'NaN' },
      ]);
    }
  }
  const order = Int32Array.from({ length: m }, (_, e) => e).sort((a, b) => values[a] - values[b] || a - b);
  const removed = Array.from({ length: steps + 1 }, (_, k) => Math.round((k / steps) * m));
  return {
    removed: removed.map((r) => (m === 0 ? 0 : r / m)),
    // Removing the r weakest leaves order[r..m): add ties back from the strongest down.
    weakestFirst: curve(n, source, target, m, (j) => order[m - 1 - j], removed),
    strongestFirst: curve(n, source, target, m, (j) => order[j], removed),
    nodes: n,
    ties: m,
  };
}

/** Adds ties tie(0), tie(1), … and records the components when m − removed[k] ties are in. */
function curve(n: number, source: Int32Array, target: Int32Array, m: number, tie: (j: number) => number, removed: number[]): RemovalCurve {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let largest = n > 0 ? 1 : 0;
  let squares = n;
  const largestComponent = new Array<number>(removed.length).fill(0);
  const susceptibility = new Array<number>(removed.length).fill(0);
  // Checkpoint k needs m − removed[k] ties; removed[] grows with k, so they come due from the last.
  let k = removed.length - 1;
  const due = (j: number): void => {
    for (; k >= 0 && m - removed[k] === j; k--) {
      largestComponent[k] = n === 0 ? 0 : largest / n;
      susceptibility[k] = n === 0 ? 0 : (squares - largest * largest) / n;
    }
  };
  due(0);
  for (let j = 0; j < m; j++) {
    const e = tie(j);
    let a = find(source[e]);
    let b = find(target[e]);
    if (a !== b) {
      if (size[a] < size[b]) [a, b] = [b, a];
      squares += 2 * size[a] * size[b];
      parent[b] = a;
      size[a] += size[b];
      if (size[a] > largest) largest = size[a];
    }
    due(j + 1);
  }
  return { largestComponent, susceptibility };
}
