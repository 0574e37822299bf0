/**
 * A GraphML document (Brandes et al., graphdrawing.org) → a graphology graph, in one pass over the
 * checked DOM. It replaces graphology-graphml's parser, which converts the whole graph to a mixed
 * graph again for every edge whose direction differs from the graph's (`toMixed` per edge: 20,000
 * such edges never finished) and reads through live node lists. Semantics kept: `<key>` models
 * (`attr.name`, `attr.type`, `<default>`), typed casts, `r`/`g`/`b` merged into `color`, the graph
 * `id` as an attribute; the type is the `edgedefault`, or mixed when an edge differs from it (decided
 * before any edge is added), multi when two edges join the same pair. Differences: `directed="false"` makes an
 * undirected edge in a directed graph, and defaults are cast to their key's type.
 */
import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { setOwn } from './issues.js';
import { childElements, type XmlElement } from './xml-check.js';

type Cast = (text: string) => unknown;

const CASTS: Record<string, Cast> = {
  boolean: (v) => /^\s*(true|1)\s*$/i.test(v),
  int: Number,
  long: Number,
  float: Number,
  double: Number,
  string: (v) => v,
};

interface KeyModel {
  readonly name: string;
  readonly cast: Cast;
}

type Kind = 'graph' | 'node' | 'edge';

function models(root: XmlElement): { keys: Record<Kind, Map<string, KeyModel>>; defaults: Record<Kind, [string, unknown][]> } {
  const keys = { graph: new Map<string, KeyModel>(), node: new Map<string, KeyModel>(), edge: new Map<string, KeyModel>() };
  const defaults: Record<Kind, [string, unknown][]> = { graph: [], node: [], edge: [] };
  for (const key of childElements(root, 'key')) {
    const id = key.getAttribute('id') ?? '';
    const forKind = key.getAttribute('for') ?? 'node';
    const kinds: Kind[] = forKind === 'all' ? ['graph', 'node', 'edge'] : forKind === 'graph' || forKind === 'edge' ? [forKind] : ['node'];
    const model = { name: key.getAttribute('attr.name') ?? id, cast: CASTS[key.getAttribute('attr.type') ?? 'string'] ?? CASTS.string };
    const fallback = childElements(key, 'default')[0];
    for (const kind of kinds) {
      keys[kind].set(id, model);
      if (fallback) defaults[kind].push([model.name, model.cast(fallback.textContent ?? '')]);
    }
  }
  return { keys, defaults };
}

/** The `<data>` children of `el` as attributes (own properties: any name is data), defaults filled, colour merged. */
function attributesOf(el: XmlElement, keys: Map<string, KeyModel>, defaults: [string, unknown][]): Attributes {
  const attrs: Attributes = {};
  for (const data of childElements(el, 'data')) {
    const id = data.getAttribute('key') ?? '';
    const model = keys.get(id);
    const text = data.textContent ?? '';
    setOwn(attrs, model ? model.name : id, model ? model.cast(text) : text);
  }
  for (const [name, value] of defaults) if (!Object.hasOwn(attrs, name)) setOwn(attrs, name, value);
  const { r, g, b } = attrs as { r?: unknown; g?: unknown; b?: unknown };
  if (typeof r === 'number' && typeof g === 'number' && typeof b === 'number') {
    const hex = (x: number): string => `0${(x | 0).toString(16)}`.slice(-2);
    delete attrs.r;
    delete attrs.g;
    delete attrs.b;
    attrs.color = `#${hex(r)}${hex(g)}${hex(b)}`;
  }
  return attrs;
}

/** @internal The graph of a checked GraphML document (see the file header); `nodes` and `edges` in document order. */
export function graphFromGraphml(root: XmlElement, graphElement: XmlElement, nodes: XmlElement[], edges: XmlElement[]): AbstractGraph {
  const { keys, defaults } = models(root);
  const edgedefault = graphElement.getAttribute('edgedefault') === 'directed' ? 'directed' : 'undirected';
  const undirected = edges.map((e) => {
    const flag = e.getAttribute('directed');
    return flag === 'true' ? false : flag === 'false' ? true : edgedefault === 'undirected';
  });
  const types = new Set(undirected);
  // As graphology-graphml: the edgedefault, or mixed as soon as one edge differs from it.
  const type = types.size === 0 || (types.size === 1 && types.has(edgedefault === 'undirected')) ? edgedefault : 'mixed';
  const pairs = new Set<string>();
  let multi = false;
  edges.forEach((e, i) => {
    const s = e.getAttribute('source') ?? '';
    const t = e.getAttribute('target') ?? '';
    const pair = undirected[i] ? `u\u0001${s < t ? s : t}\u0001${s < t ? t : s}` : `d\u0001${s}\u0001${t}`;
    if (pairs.has(pair)) multi = true;
    pairs.add(pair);
  });
  const graph = new Graph({ type, multi, allowSelfLoops: true });
  const id = graphElement.getAttribute('id');
  if (id) graph.setAttribute('id', id);
  graph.mergeAttributes(attributesOf(graphElement, keys.graph, defaults.graph));
  for (const node of nodes) graph.addNode(node.getAttribute('id') ?? '', attributesOf(node, keys.node, defaults.node));
  edges.forEach((e, i) => {
    const s = e.getAttribute('source') ?? '';
    const t = e.getAttribute('target') ?? '';
    if (!graph.hasNode(s)) graph.addNode(s);
    if (!graph.hasNode(t)) graph.addNode(t);
    const attrs = attributesOf(e, keys.edge, defaults.edge);
    const key = e.getAttribute('id');
    if (undirected[i]) key ? graph.addUndirectedEdgeWithKey(key, s, t, attrs) : graph.addUndirectedEdge(s, t, attrs);
    else key ? graph.addDirectedEdgeWithKey(key, s, t, attrs) : graph.addDirectedEdge(s, t, attrs);
  });
  return graph;
}
