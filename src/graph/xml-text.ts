/**
 * What the GEXF and GraphML writers put in a file: the user's ids (the library's reserved-key escape,
 * a leading U+0000, removed) and only characters XML 1.0 allows (W3C XML 1.0 §2.2, `Char`), so every
 * file the library writes opens in Gephi, NetworkX (expat), igraph and yEd. A character XML 1.0 forbids
 * (a C0 control other than tab and line breaks, a lone surrogate, U+FFFE, U+FFFF) is refused by
 * default; with `invalidCharacters: 'replace'` it becomes U+FFFD and a warning says where.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { fromGraphKey } from '../core/graph-key.js';
import { codePointName, replaceXmlInvalid, xmlInvalidCharacters } from '../core/output-safety.js';
import { type Warning, warning } from '../core/warnings.js';

/** Options of `writeGexf` and `writeGraphml`. */
export interface XmlWriteOptions {
  /**
   * What to do with a character XML 1.0 forbids in an id, an attribute name or a text value: `'reject'`
   * throws `INVALID_INPUT` naming the first strings that hold one; `'replace'` writes U+FFFD instead and
   * calls `onWarning` once with what was replaced (two ids that become the same are still refused).
   * @defaultValue `'reject'`
   */
  invalidCharacters?: 'reject' | 'replace';
  /** Receives the warning (code `XML_CHARACTERS_REPLACED`) when characters were replaced. @defaultValue none */
  onWarning?: (warning: Warning) => void;
}

/** @internal The schema of {@link XmlWriteOptions}: unknown keys are refused. */
export const xmlWriteOptions = z
  .object({ invalidCharacters: z.enum(['reject', 'replace']).optional(), onWarning: z.custom<(warning: Warning) => void>((v) => typeof v === 'function', 'expected a function').optional() })
  .strict();

const MAX_NAMED = 5;

/** @internal Turns the strings of one write into XML-safe text, remembering what it changed. */
export class XmlText {
  private readonly replaced = new Set<string>();
  private readonly ids = new Map<string, string>();
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly format: string,
    private readonly options: XmlWriteOptions,
  ) {}

  /** `text` as written; `where` names it in the error or warning (`node id "a\u0007"`). */
  text(text: string, where: () => string): string {
    const bad = xmlInvalidCharacters(text);
    if (bad.length === 0) return text;
    const place = `${where()} holds ${[...new Set(bad.map(codePointName))].join(', ')}`;
    if (this.options.invalidCharacters !== 'replace') {
      throw new InfluenceScoreError('INVALID_INPUT', `Cannot write ${this.format}: ${place}, which XML 1.0 forbids (pass invalidCharacters: 'replace' to write U+FFFD instead)`, [
        { path: [this.format], message: place },
      ]);
    }
    this.replaced.add(place);
    return replaceXmlInvalid(text);
  }

  /** The id written for graphology node key `key`: the user's id, XML-safe, distinct from every other node's. */
  node(key: string): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = fromGraphKey(key);
    const written = this.text(id, () => `node id ${JSON.stringify(id)}`);
    const before = this.ids.get(written);
    if (before === undefined) this.ids.set(written, id);
    else if (before !== id) {
      throw new InfluenceScoreError('INVALID_INPUT', `Cannot write ${this.format}: node ids ${JSON.stringify(before)} and ${JSON.stringify(id)} would both be written as ${JSON.stringify(written)}`, [
        { path: [this.format], message: 'two nodes would get the same id once the characters XML 1.0 forbids are replaced by U+FFFD' },
      ]);
    }
    this.byKey.set(key, written);
    return written;
  }

  /** A value with every string in it (array items, object keys and values) XML-safe. */
  value(value: unknown, where: () => string): unknown {
    if (typeof value === 'string') return this.text(value, where);
    if (Array.isArray(value)) return value.map((v) => this.value(v, where));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return this.attributes(value as Attributes, where);
    return value;
  }

  /** Attributes with XML-safe names and values. */
  attributes(attributes: Attributes, owner: () => string): Attributes {
    const out: Attributes = {};
    for (const [name, value] of Object.entries(attributes)) {
      const safe = this.text(name, () => `attribute name ${JSON.stringify(name)} of ${owner()}`);
      Object.defineProperty(out, safe, { value: this.value(value, () => `attribute ${JSON.stringify(name)} of ${owner()}`), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  /** Sends the one warning of this write, if anything was replaced. */
  finish(): void {
    if (this.replaced.size === 0) return;
    const places = [...this.replaced];
    const named = places.slice(0, MAX_NAMED).join('; ');
    const more = places.length > MAX_NAMED ? `; and ${places.length - MAX_NAMED} more` : '';
    this.options.onWarning?.(warning('XML_CHARACTERS_REPLACED', `${this.format}: ${places.length} string(s) held characters XML 1.0 forbids, written as U+FFFD: ${named}${more}`));
  }
}

/**
 * @internal A read-only view of `graph` whose nodes, edges and attributes are what the file should
 * hold: user ids, XML-safe text. graphology-gexf's writer reads the graph through `forEachNode`,
 * `forEachEdge` and `getAttributes` only, so the view needs no copy of the graph.
 */
export function xmlView(graph: AbstractGraph, xml: XmlText): AbstractGraph {
  const forEachNode = (callback: (node: string, attributes: Attributes) => void): void =>
    graph.forEachNode((key, attributes) => {
      const id = xml.node(key);
      callback(id, xml.attributes(attributes, () => `node ${JSON.stringify(fromGraphKey(key))}`));
    });
  const forEachEdge = (callback: (edge: string, attributes: Attributes, source: string, target: string, sa: Attributes, ta: Attributes, undirected: boolean) => void): void =>
    graph.forEachEdge((edge, attributes, source, target, sa, ta, undirected) => {
      const where = (): string => `edge ${JSON.stringify(edge)}`;
      callback(xml.text(edge, () => `edge id ${JSON.stringify(edge)}`), xml.attributes(attributes, where), xml.node(source), xml.node(target), sa, ta, undirected);
    });
  const getAttributes = (): Attributes => xml.attributes(graph.getAttributes(), () => 'the graph');
  const own: Record<string, unknown> = { forEachNode, forEachEdge, getAttributes };
  return new Proxy(graph, {
    get(target, property, receiver) {
      if (typeof property === 'string' && Object.hasOwn(own, property)) return own[property];
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' && receiver !== target ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
