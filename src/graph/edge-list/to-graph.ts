/**
 * An {@link EdgeList} → a graphology multigraph: nodes in the list's order (escaped with
 * `toGraphKey`), then one edge per row keyed by its row number, with `weight`, `type`, `time` and the
 * extra columns as attributes. One plain loop over typed columns: the graph is the only allocation.
 * The role columns are kept with the graph until it changes (see origin.ts): the list is handed over.
 */
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { toGraphKey } from '../../core/graph-key.js';
import { setOwn } from '../issues.js';
import type { EdgeList } from './edge-list.js';
import { rememberOrigin } from './origin.js';

/** @internal Builds the graphology graph of `list`; `onProgress` is called every 65,536 edges (memory checks). */
export function graphFromEdgeList(list: EdgeList, onProgress?: (edges: number) => void): AbstractGraph {
  const graph = list.directed ? new MultiDirectedGraph({ allowSelfLoops: true }) : new MultiUndirectedGraph({ allowSelfLoops: true });
  const keys = list.keys.map(toGraphKey);
  for (const key of keys) graph.addNode(key);
  const { src, dst, weight, time, type, typeNames, extras } = list;
  const m = src.length;
  for (let k = 0; k < m; k++) {
    const attrs: Record<string, unknown> = {};
    if (weight !== null && weight[k] === weight[k]) attrs.weight = weight[k];
    if (type !== null && type[k] >= 0) attrs.type = typeNames[type[k]];
    if (time !== null && time[k] === time[k]) attrs.time = time[k];
    for (const extra of extras) {
      const v = extra.values[k];
      if (v !== undefined) setOwn(attrs, extra.name, v);
    }
    graph.addEdgeWithKey(String(k), keys[src[k]], keys[dst[k]], attrs);
    if ((k & 0xffff) === 0xffff) onProgress?.(k + 1);
  }
  // The columns stay with the graph: its first context reads them instead of m graphology records.
  rememberOrigin(graph, list);
  return graph;
}
