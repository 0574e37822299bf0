/**
 * The checks a GEXF or GraphML document passes between the DOM parse and graphology's reader, in one
 * walk of the tree (first child / next sibling: no live node lists): node ids go through the same key
 * escaping as every other loader (so `__proto__`, `constructor`, `toString` load as ordinary ids),
 * edges to undeclared nodes follow the `unknownNodes` policy of the other loaders, and typed
 * attribute values (GraphML `<key attr.type>`, GEXF `<attribute type>`) must spell their type: an
 * `int` key holding "lots" is an error naming it, not a silent null or NaN.
 */
import { keyFromFile } from '../core/graph-key.js';
import { IssueList } from './issues.js';

/** @internal The DOM surface the readers use (@xmldom/xmldom's nodes). */
export interface XmlElement {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName: string | null;
  readonly firstChild: XmlElement | null;
  readonly nextSibling: XmlElement | null;
  readonly parentNode: XmlElement | null;
  readonly textContent: string | null;
  readonly lineNumber?: number;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}

const INTEGER = /^\s*[+-]?\d+\s*$/;
const DECIMAL = /^\s*(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?INF|[+-]?Infinity)\s*$/;
const BOOLEAN = /^\s*(?:true|false|1|0)\s*$/i;

/** The pattern a typed value must match, by declared type (GraphML and GEXF names); null: any text. */
function patternOf(type: string | null): RegExp | null {
  switch ((type ?? '').toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
      return INTEGER;
    case 'float':
    case 'double':
      return DECIMAL;
    case 'boolean':
      return BOOLEAN;
    default:
      return null;
  }
}

/** Every element under `root`, depth first, without recursion (the pre-scan bounds the depth anyway). */
function* elements(root: XmlElement): Generator<XmlElement> {
  let node: XmlElement | null = root;
  while (node !== null) {
    if (node.nodeType === 1) yield node;
    if (node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    if (node === null || node === root) return;
    node = node.nextSibling;
  }
}

const nameOf = (el: XmlElement): string => el.localName ?? el.nodeName;

/** @internal The child elements of `el` named `name` (no live list). */
export function childElements(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === 1 && nameOf(c) === name) out.push(c);
  return out;
}

/** @internal What the walk found: the `<node>` and `<edge>` elements in document order, and the first `<graph>`. */
export interface XmlParts {
  readonly nodes: XmlElement[];
  readonly edges: XmlElement[];
  readonly graph: XmlElement | null;
}

/** Options of the XML readers. */
export interface XmlReadOptions {
  /** What an edge to a node the file never declares does: `'error'` (`UNKNOWN_NODE`, as graphology JSON) or `'add'` it. @defaultValue `'error'` */
  unknownNodes?: 'add' | 'error';
}

interface Model {
  readonly name: string;
  readonly type: string | null;
}

/**
 * @internal Checks and prepares the document of `format` in place (see the file header); throws
 * every problem found as one `INVALID_INPUT` (or `UNKNOWN_NODE` when all are unknown nodes).
 */
export function checkXmlDocument(format: 'GEXF' | 'GraphML', root: XmlElement, unknownNodes: 'add' | 'error'): XmlParts {
  const issues = new IssueList();
  const declared = new Set<string>();
  const nodes: XmlElement[] = [];
  const edges: XmlElement[] = [];
  let graph: XmlElement | null = null;
  const typed: XmlElement[] = [];
  const models = new Map<string, Model>();
  for (const el of elements(root)) {
    const name = nameOf(el);
    if (name === 'graph') graph ??= el;
    if (name === 'node') nodes.push(el);
    if (name === 'node' && el.hasAttribute('id')) {
      const id = el.getAttribute('id')!;
      declared.add(id);
      const key = keyFromFile(id);
      if (key !== id) el.setAttribute('id', key);
    } else if (name === 'edge') edges.push(el);
    else if (name === 'key' || name === 'attribute') {
      const id = el.getAttribute('id');
      const kind = name === 'key' ? el.getAttribute('for') : el.parentNode?.getAttribute('class');
      if (id !== null) models.set(`${kind ?? 'all'}\u0000${id}`, { name: el.getAttribute(name === 'key' ? 'attr.name' : 'title') ?? id, type: el.getAttribute(name === 'key' ? 'attr.type' : 'type') });
    } else if (name === 'data' || name === 'attvalue') typed.push(el);
  }
  edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end);
      if (id === null) continue;
      if (!declared.has(id) && unknownNodes === 'error') {
        issues.add({ path: [format, 'edge', i, end], line: edge.lineNumber, field: end, message: `edge ${i + 1} names node ${JSON.stringify(id)}, which the file never declares as a <node> (unknownNodes is 'error'; pass unknownNodes: 'add' to add it)` }, true);
      }
      const key = keyFromFile(id);
      if (key !== id) edge.setAttribute(end, key);
    }
  });
  for (const el of typed) checkTypedValue(format, el, models, issues);
  issues.throwIfAny(`Invalid ${format}`);
  return { nodes, edges, graph };
}

/** A `<data key>` (GraphML) or `<attvalue for>` (GEXF) value against its declared type. */
function checkTypedValue(format: string, el: XmlElement, models: Map<string, Model>, issues: IssueList): void {
  const graphml = nameOf(el) === 'data';
  const ref = el.getAttribute(graphml ? 'key' : 'for') ?? el.getAttribute('id');
  if (ref === null) return;
  const owner = graphml ? el.parentNode : el.parentNode?.parentNode;
  const kind = owner ? nameOf(owner) : 'all';
  const model = models.get(`${kind}\u0000${ref}`) ?? models.get(`all\u0000${ref}`);
  const pattern = patternOf(model?.type ?? null);
  if (!model || !pattern) return;
  const value = graphml ? (el.textContent ?? '') : (el.getAttribute('value') ?? '');
  if (pattern.test(value)) return;
  const ownerId = owner?.getAttribute('id');
  issues.add({
    path: [format, kind, ownerId ?? '', model.name],
    line: el.lineNumber,
    field: model.name,
    message: `${kind}${ownerId ? ` ${JSON.stringify(ownerId.replace(/^\u0000/, ''))}` : ''}: ${model.name} is declared ${model.type} but holds ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`,
  });
}
