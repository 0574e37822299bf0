/**
 * GEXF 1.2 (the Gephi exchange format, gexf.net) and GraphML (Brandes et al., graphdrawing.org):
 * reading both with graphology's own parsers (graphology-gexf, graphology-graphml, on @xmldom/xmldom),
 * writing GEXF with graphology-gexf's writer and GraphML with a small writer on the same XML DOM
 * (graphology-graphml parses only). XML is parsed strictly first (see parseXml). Attribute types are inferred per key: boolean, integer (int/long),
 * double, string; arrays are written as GEXF liststring and as JSON text in GraphML.
 */
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Attributes } from 'graphology-types';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { InfluenceScoreError } from '../core/errors.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/** The first line of a parser's complaint, as an issue. */
function invalid(format: string, error: unknown): InfluenceScoreError {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new InfluenceScoreError('INVALID_INPUT', `Invalid ${format}: ${message}`, [{ path: [format], message }]);
}

/**
 * Parses XML strictly: @xmldom/xmldom reports malformed text to an error handler and goes on with a
 * partial document, which would load half a graph silently; here any error or fatal error throws.
 */
function parseXml(format: string, text: string): Document {
  const problems: string[] = [];
  const record = (message: string): void => void problems.push(message.trim());
  let doc: Document | undefined;
  try {
    doc = new DOMParser({ errorHandler: { warning: () => {}, error: record, fatalError: record } }).parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    throw invalid(format, error);
  }
  if (problems.length) throw new InfluenceScoreError('INVALID_INPUT', `Invalid ${format}: ${problems[0].split('\n')[0]}`, problems.map((message) => ({ path: [format], message })));
  if (!doc?.documentElement) throw invalid(format, new Error('no root element'));
  return doc;
}

/**
 * Parses a GEXF document into a graphology graph (directed, undirected or mixed as the file says;
 * multi when it has parallel edges). Node and edge attributes keep their declared types.
 *
 * @throws InfluenceScoreError `INVALID_INPUT` for malformed XML or a document that is not GEXF.
 * @example
 * ```ts
 * const graph = parseGexf(readFileSync('network.gexf', 'utf8'));
 * ```
 */
export function parseGexf(text: string): AbstractGraph {
  const doc = parseXml('GEXF', text);
  if (doc.documentElement.nodeName !== 'gexf') throw invalid('GEXF', new Error(`the root element is <${doc.documentElement.nodeName}>, not <gexf>`));
  try {
    return gexf.parse(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }) as AbstractGraph;
  } catch (error) {
    throw invalid('GEXF', error);
  }
}

/**
 * Parses a GraphML document into a graphology graph (the `edgedefault` and per-edge `directed`
 * decide the type). Typed `<key>`s are cast (boolean, int, long, float, double, string).
 *
 * @throws InfluenceScoreError `INVALID_INPUT` for malformed XML or a document that is not GraphML.
 * @example
 * ```ts
 * const graph = parseGraphml(readFileSync('network.graphml', 'utf8'));
 * ```
 */
export function parseGraphml(text: string): AbstractGraph {
  const doc = parseXml('GraphML', text);
  if (doc.documentElement.nodeName !== 'graphml') throw invalid('GraphML', new Error(`the root element is <${doc.documentElement.nodeName}>, not <graphml>`));
  try {
    return graphml.parse(Graph, doc, { addMissingNodes: true }) as AbstractGraph;
  } catch (error) {
    throw invalid('GraphML', error);
  }
}

/**
 * Writes a graph as GEXF 1.2 (what Gephi opens), every node and edge attribute kept with its type.
 * Graph attributes that are not text or numbers (such as the posts of a social graph) are not written.
 *
 * @example
 * ```ts
 * writeFileSync('network.gexf', writeGexf(graph));
 * ```
 */
export function writeGexf(graph: AbstractGraph): string {
  checkArguments('writeGexf', [graph], [['graph', argument.graph]]);
  return gexf.write(graph, { pretty: true });
}

type KeyType = 'boolean' | 'int' | 'long' | 'double' | 'string';

function valueType(value: unknown): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? (Math.abs(value) < 2 ** 31 ? 'int' : 'long') : 'double';
  return 'string';
}

/** The widest type that holds every value seen for a key. */
function widen(a: KeyType | undefined, b: KeyType): KeyType {
  if (a === undefined || a === b) return b;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))] as KeyType;
  return 'string';
}

const text = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/**
 * Writes a graph as GraphML: one `<key>` per attribute name with its inferred type (int, long,
 * double, boolean, string; arrays and objects as JSON text), `edgedefault` from the graph's type and
 * `directed` on each edge of a mixed graph.
 *
 * @example
 * ```ts
 * writeFileSync('network.graphml', writeGraphml(graph));
 * ```
 */
export function writeGraphml(graph: AbstractGraph): string {
  checkArguments('writeGraphml', [graph], [['graph', argument.graph]]);
  const ns = 'http://graphml.graphdrawing.org/xmlns';
  const doc = new DOMImplementation().createDocument(ns, 'graphml', null);
  const root = doc.documentElement!;
  const keys = { node: new Map<string, KeyType>(), edge: new Map<string, KeyType>() };
  const collect = (kind: 'node' | 'edge', attributes: Attributes): void => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      keys[kind].set(name, widen(keys[kind].get(name), valueType(value)));
    }
  };
  graph.forEachNode((_, attributes) => collect('node', attributes));
  graph.forEachEdge((_, attributes) => collect('edge', attributes));
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const kind of ['node', 'edge'] as const) {
    for (const [name, type] of keys[kind]) {
      const id = `${kind === 'node' ? 'n' : 'e'}${ids[kind].size}`;
      ids[kind].set(name, id);
      const key = doc.createElementNS(ns, 'key');
      key.setAttribute('id', id);
      key.setAttribute('for', kind);
      key.setAttribute('attr.name', name);
      key.setAttribute('attr.type', type);
      root.appendChild(key);
    }
  }
  const element = doc.createElementNS(ns, 'graph');
  element.setAttribute('edgedefault', graph.type === 'undirected' ? 'undirected' : 'directed');
  root.appendChild(element);
  const data = (parent: ReturnType<typeof doc.createElementNS>, kind: 'node' | 'edge', attributes: Attributes): void => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const d = doc.createElementNS(ns, 'data');
      d.setAttribute('key', ids[kind].get(name)!);
      d.appendChild(doc.createTextNode(text(value)));
      parent.appendChild(d);
    }
  };
  graph.forEachNode((node, attributes) => {
    const n = doc.createElementNS(ns, 'node');
    n.setAttribute('id', node);
    data(n, 'node', attributes);
    element.appendChild(n);
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const e = doc.createElementNS(ns, 'edge');
    e.setAttribute('id', edge);
    e.setAttribute('source', source);
    e.setAttribute('target', target);
    if (graph.type === 'mixed') e.setAttribute('directed', String(!undirected));
    data(e, 'edge', attributes);
    element.appendChild(e);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
