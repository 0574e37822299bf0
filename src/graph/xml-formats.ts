/**
 * GEXF 1.2 (the Gephi exchange format, gexf.net) and GraphML (Brandes et al., graphdrawing.org):
 * reading GEXF with graphology-gexf and GraphML with graphml-read.ts (both on @xmldom/xmldom),
 * writing GEXF with graphology-gexf's writer and GraphML with a small writer on the same XML DOM
 * (graphology-graphml parses only). XML is parsed strictly first (see parseXml). Attribute types are inferred per key: boolean, integer (int/long),
 * double, string; arrays are written as GEXF liststring and as JSON text in GraphML.
 */
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Attributes } from 'graphology-types';
import * as gexf from 'graphology-gexf';
import { argument, checkArguments } from '../core/argument-schemas.js';
import { type ErrorIssue, InfluenceScoreError } from '../core/errors.js';
import { tooLarge } from './edge-list/builder.js';
import type { ReadLimits } from './edge-list/edge-list.js';
import { requireText } from './issues.js';
import { graphFromGraphml } from './graphml-read.js';
import { checkXmlDocument, type XmlParts, type XmlReadOptions } from './xml-check.js';
import { scanXml } from './xml-scan.js';

export type { XmlReadOptions } from './xml-check.js';

/** The first line of a parser's complaint, as an issue. */
function invalid(format: string, error: unknown): InfluenceScoreError {
  if (error instanceof InfluenceScoreError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new InfluenceScoreError('INVALID_INPUT', `Invalid ${format}: ${message}`, [{ path: [format], message }]);
}

/** An xmldom complaint as an issue: its locator (`@#[line:3,col:7]`) becomes the line, its tag prefix goes. */
function xmldomIssue(format: string, raw: string): ErrorIssue {
  const located = /@#\[line:(\d+|undefined),col:(\d+|undefined)\]/.exec(raw);
  const message = raw.replace(/@#\[line:[^\]]*\]/, '').replace(/^\[xmldom [^\]]*\]\s*/, '').trim().split('\n')[0];
  const line = located && located[1] !== 'undefined' ? Number(located[1]) : undefined;
  return { path: [format], ...(line === undefined ? {} : { line }), message };
}

/**
 * Parses XML strictly: a linear pre-scan first (xml-scan.ts: tags closed in order, bounded depth, no
 * bare `&`, the node and edge counts within the limits), then @xmldom/xmldom, which reports other
 * malformed text to an error handler and goes on with a partial document (that would load half a
 * graph silently): here any error or fatal error throws, each distinct message once, with its line.
 */
function parseXml(format: string, text: unknown, limits: ReadLimits | undefined): Document {
  requireText(text, `parse${format === 'GEXF' ? 'Gexf' : 'Graphml'}`);
  scanXml(format, text, limits, XML_HINT);
  const problems = new Map<string, ErrorIssue>();
  const record = (message: string): void => {
    const issue = xmldomIssue(format, message);
    const key = `${issue.line}:${issue.message}`;
    if (!problems.has(key)) problems.set(key, issue);
  };
  let doc: Document | undefined;
  try {
    doc = new DOMParser({ locator: {}, errorHandler: { warning: () => {}, error: record, fatalError: record } }).parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    throw invalid(format, error);
  }
  const issues = [...problems.values()];
  if (issues.length) throw new InfluenceScoreError('INVALID_INPUT', `Invalid ${format}: ${issues[0].message}`, issues);
  if (!doc?.documentElement) throw invalid(format, new Error('no root element'));
  return doc;
}

const XML_HINT = 'split the graph, or export it as CSV or Parquet and use loadContext';

/** A graph past `maxNodes` (edges to undeclared nodes, added under `unknownNodes: 'add'`, count too). */
function withinLimits(graph: AbstractGraph, limits: ReadLimits | undefined): AbstractGraph {
  if (limits?.maxNodes !== undefined && graph.order > limits.maxNodes) tooLarge('nodes', limits.maxNodes, XML_HINT);
  return graph;
}

/** The document of `format` parsed, checked and prepared (xml-check.ts), under its expected root element. */
function readDocument(format: 'GEXF' | 'GraphML', text: unknown, options: XmlReadOptions | undefined, limits: ReadLimits | undefined): { doc: Document; parts: XmlParts } {
  const doc = parseXml(format, text, limits);
  const root = format === 'GEXF' ? 'gexf' : 'graphml';
  if (doc.documentElement.nodeName !== root) throw invalid(format, new Error(`the root element is <${doc.documentElement.nodeName}>, not <${root}>`));
  const parts = checkXmlDocument(format, doc.documentElement as never, options?.unknownNodes ?? 'error');
  return { doc, parts };
}

/**
 * Parses a GEXF document into a graphology graph (directed, undirected or mixed as the file says;
 * multi when it has parallel edges). Node and edge attributes keep their declared types.
 * Strict: malformed XML (an unclosed tag, a bare `&`, nesting past 64 levels), a typed attribute
 * whose value does not spell its type, and (by default) an edge to an undeclared node are errors.
 * Ids such as `__proto__` are ordinary ids. `limits` (`maxNodes`, `maxEdges`) stop it with `TOO_LARGE`.
 *
 * @throws InfluenceScoreError `INVALID_INPUT` for malformed XML or a document that is not GEXF,
 * `UNKNOWN_NODE` for edges to undeclared nodes, `TOO_LARGE` past a limit.
 * @example
 * ```ts
 * const graph = parseGexf(readFileSync('network.gexf', 'utf8'));
 * ```
 */
export function parseGexf(text: string, options?: XmlReadOptions, limits?: ReadLimits): AbstractGraph {
  checkArguments('parseGexf', [text, options, limits], [['text', argument.string], ['options', argument.options], ['limits', argument.options]]);
  const { doc } = readDocument('GEXF', text, options, limits);
  try {
    return withinLimits(gexf.parse(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }) as AbstractGraph, limits);
  } catch (error) {
    throw invalid('GEXF', error);
  }
}

/**
 * Parses a GraphML document into a graphology graph (the `edgedefault` and per-edge `directed`
 * decide the type). Typed `<key>`s are cast (boolean, int, long, float, double, string); a value that
 * does not spell its type is an error naming the key. Strict as {@link parseGexf}.
 *
 * @throws InfluenceScoreError `INVALID_INPUT` for malformed XML or a document that is not GraphML,
 * `UNKNOWN_NODE` for edges to undeclared nodes, `TOO_LARGE` past a limit.
 * @example
 * ```ts
 * const graph = parseGraphml(readFileSync('network.graphml', 'utf8'));
 * ```
 */
export function parseGraphml(text: string, options?: XmlReadOptions, limits?: ReadLimits): AbstractGraph {
  checkArguments('parseGraphml', [text, options, limits], [['text', argument.string], ['options', argument.options], ['limits', argument.options]]);
  const { doc, parts } = readDocument('GraphML', text, options, limits);
  if (parts.graph === null) throw invalid('GraphML', new Error('the document has no <graph> element'));
  try {
    return withinLimits(graphFromGraphml(doc.documentElement as never, parts.graph, parts.nodes, parts.edges), limits);
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
