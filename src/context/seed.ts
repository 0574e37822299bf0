/**
 * Seeded edge tables: the first context of a graph built by a loader (`loadGraph`, `parseEdgeCsv`)
 * reads the typed columns the loader built it from (graph/edge-list/origin.ts) instead of walking
 * every graphology record. On a 2M-edge graph that read is most of a context build, and most of its
 * cost is cache misses and garbage collection of the graphology heap.
 *
 * The seed gives the table {@link tableFromGraph} would read, row for row and bit for bit: rows in
 * the order graphology iterates edges (insertion order, the list's row order), weights checked the
 * same way, type names in order of first appearance. It is used only while the graph is unchanged
 * (any mutation event drops it) and only for views that read the attribute names the loader wrote.
 */
import type { AbstractGraph } from 'graphology-types';
import { type GraphOrigin, originOf } from '../graph/edge-list/origin.js';
import { describeEdge, type EdgeAttributeNames, type EdgeTable, type TableColumns, tableOfColumns } from './edge-table.js';

/** The columns of an origin as a table reads them, computed once per origin. */
interface SeedColumns extends TableColumns {
  readonly undirected: Uint8Array | null;
}

const seeds = new WeakMap<GraphOrigin, SeedColumns>();

/**
 * @internal The edge table of `graph` from the columns it was built from, or null when there are
 * none (not built by a loader, changed since) or the view reads other attribute names.
 */
export function seededTable(
  graph: AbstractGraph,
  index: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>),
  names: EdgeAttributeNames,
  keys: readonly string[],
): EdgeTable | null {
  if ((names.weight !== null && names.weight !== 'weight') || names.typeAttribute !== 'type' || names.timeAttribute !== 'time') return null;
  const origin = originOf(graph);
  if (origin === undefined || origin.n !== keys.length || origin.src.length !== graph.size) return null;
  let seed = seeds.get(origin);
  if (seed === undefined) seeds.set(origin, (seed = seedColumns(origin, graph.type === 'undirected')));
  return tableOfColumns(seed, { weighted: names.weight !== null, undirected: seed.undirected, describe: describeEdge(graph, index, names, keys) });
}

function seedColumns(origin: GraphOrigin, undirected: boolean): SeedColumns {
  const { src, dst, time } = origin;
  const { type, typeNames } = firstAppearanceTypes(origin);
  return { src, dst, weight: checkedWeights(origin.weight), time, type, typeNames, undirected: undirected && src.length > 0 ? new Uint8Array(src.length).fill(1) : null };
}

/** Weights as tableFromGraph marks them: NaN where not a finite number ≥ 0 (a copy only if one is not). */
function checkedWeights(weight: Float64Array | null): Float64Array | null {
  if (weight === null) return null;
  let e = 0;
  while (e < weight.length && weight[e] >= 0 && weight[e] < Infinity) e++;
  if (e === weight.length) return weight;
  const checked = weight.slice();
  for (; e < checked.length; e++) if (!(checked[e] >= 0 && checked[e] < Infinity)) checked[e] = Number.NaN;
  return checked;
}

/**
 * Type codes renumbered in order of first appearance along the rows, as tableFromGraph assigns
 * them while it walks the records (shared as they are when the loader's order already is that).
 */
function firstAppearanceTypes(origin: GraphOrigin): { type: Int32Array | null; typeNames: readonly string[] } {
  const { type, typeNames } = origin;
  if (type === null) return { type: null, typeNames: [] };
  const recode = new Int32Array(typeNames.length).fill(-1);
  const names: string[] = [];
  let identity = true;
  for (let e = 0; e < type.length; e++) {
    const c = type[e];
    if (c >= 0 && recode[c] < 0) {
      recode[c] = names.length;
      if (c !== names.length) identity = false;
      names.push(typeNames[c]);
    }
  }
  if (names.length === 0) return { type: null, typeNames: [] };
  if (identity && names.length === typeNames.length) return { type, typeNames: names };
  const recoded = new Int32Array(type.length);
  for (let e = 0; e < type.length; e++) recoded[e] = type[e] < 0 ? -1 : recode[type[e]];
  return { type: recoded, typeNames: names };
}
