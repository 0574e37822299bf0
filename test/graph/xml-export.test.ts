// Exported GEXF and GraphML that every XML reader opens (issue #21, defect 9): the user's ids (not the
// library's escaped graphology keys, whose leading U+0000 expat rejects), only characters XML 1.0
// allows, and a refusal or a warned replacement for the ones it forbids.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { toGraphKey } from '../../src/core/graph-key.js';
import { replaceXmlInvalid, xmlInvalidCharacters } from '../../src/core/output-safety.js';
import { parseGexf, parseGraphml, writeGexf, writeGraphml } from '../../src/node.js';
import { HOSTILE_IDS } from '../helpers/hostile-ids.js';

const WRITERS = [
  ['GEXF', writeGexf, parseGexf],
  ['GraphML', writeGraphml, parseGraphml],
] as const;

/** Character references to characters XML 1.0 forbids (`&#0;`, `&#x1B;`): as fatal to expat as the raw character. */
const FORBIDDEN_REFERENCE = /&#(x0*([0-8bcefBCEF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])|0*([0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|5[5-7][0-9]{3}|65534|65535));/;

/** Parses with @xmldom/xmldom, every warning and error thrown, and checks XML 1.0's Char production over the whole text. */
function strictXml(text: string): Document {
  expect(xmlInvalidCharacters(text)).toEqual([]);
  expect(FORBIDDEN_REFERENCE.test(text)).toBe(false);
  const fail = (message: string): never => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml') as unknown as Document;
}

const attributeOf = (doc: Document, tag: string, name: string): string[] => Array.from(doc.getElementsByTagName(tag)).map((e) => e.getAttribute(name)!);

/** A graph the way the library builds one: ids under `toGraphKey`, a text attribute per node and edge. */
function graphOf(ids: readonly string[], edges: readonly [number, number][], texts: readonly string[]): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  ids.forEach((id, i) => g.addNode(toGraphKey(id), { label: texts[i % texts.length] ?? 'x', followers: i }));
  edges.forEach(([s, t], i) => g.addEdge(toGraphKey(ids[s]), toGraphKey(ids[t]), { type: texts[i % texts.length] ?? 'follow', weight: 1 }));
  return g;
}

const alphabet = fc.constantFrom('a', 'b', '_', '&', '<', '"', "'", '\t', '\n', '\r', ' ', '\u0000', '\u0001', '\u001b', '\u0007', '\u007f', '\u009b', '\u202e', '\ud800', '\udc00', '\ufffe', '\ufffd', 'é', '😀');
const id = fc.oneof(fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'toString', '\u0000a', 'hasOwnProperty'));
const world = fc
  .record({ ids: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }), texts: fc.array(fc.string({ unit: alphabet, maxLength: 5 }), { minLength: 1, maxLength: 4 }) })
  .chain(({ ids, texts }) => fc.record({ ids: fc.constant(ids), texts: fc.constant(texts), edges: fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1)), { maxLength: 12 }) }));

describe.each(WRITERS)('%s export', (format, write) => {
  it('parses strictly, holds only XML 1.0 characters and writes each node as its id with U+FFFD for forbidden characters, or refuses to (400 generated graphs)', () => {
    let replaced = 0;
    let refused = 0;
    fc.assert(
      fc.property(world, ({ ids, edges, texts }) => {
        const g = graphOf(ids, edges, texts);
        const written = ids.map(replaceXmlInvalid);
        const collide = new Set(written).size < ids.length;
        const used = [...ids.map((_, i) => texts[i % texts.length]), ...edges.map((_, i) => texts[i % texts.length])];
        const needsReplacing = [...ids, ...used].some((s) => xmlInvalidCharacters(s).length > 0);
        // By default a forbidden character is refused, naming what holds it.
        if (needsReplacing) {
          expect(() => write(g)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/XML 1\.0 forbids/) }));
        } else {
          strictXml(write(g));
        }
        const warnings: string[] = [];
        let text: string;
        try {
          text = write(g, { invalidCharacters: 'replace', onWarning: (w) => warnings.push(w.message) });
        } catch (error) {
          // Replacing may only fail when two ids would become one.
          expect(collide).toBe(true);
          expect(error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/would both be written as/) });
          refused++;
          return;
        }
        expect(collide).toBe(false);
        const doc = strictXml(text);
        expect(attributeOf(doc, 'node', 'id')).toEqual(written);
        expect(attributeOf(doc, 'edge', 'source')).toEqual(edges.map(([s]) => written[s]));
        expect(attributeOf(doc, 'edge', 'target')).toEqual(edges.map(([, t]) => written[t]));
        expect(warnings.length).toBe(needsReplacing ? 1 : 0);
        if (needsReplacing) replaced++;
      }),
      { numRuns: 400, seed: 21 },
    );
    // The family covers both outcomes of a replacement, and plain graphs.
    expect(replaced).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(0);
  });

  it('writes reserved ids as the user\'s ids (no U+0000 escape), and the hostile ids as they are or with U+FFFD', () => {
    const ids = ['__proto__', 'constructor', 'toString', ...HOSTILE_IDS];
    const warnings: string[] = [];
    const text = write(graphOf(ids, [[0, 1], [1, 2], [3, 0]], ['ok']), { invalidCharacters: 'replace', onWarning: (w) => warnings.push(`${w.code}: ${w.message}`) });
    const doc = strictXml(text);
    expect(attributeOf(doc, 'node', 'id')).toEqual(ids.map(replaceXmlInvalid));
    expect(attributeOf(doc, 'node', 'id').slice(0, 3)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^XML_CHARACTERS_REPLACED: .*node id "nul\\u0000byte" holds U\+0000/);
  });

  it('round-trips ids with tabs, line breaks, quotes, markup and bidirectional controls through the library\'s own reader', () => {
    const ids = ['two\nlines', 'col\tumn', 'cr\rid', '<b>&amp;"\'', '\u202Eacme-official', ' spaced ', '😀'];
    const g = graphOf(ids, [[0, 1], [2, 3], [4, 5], [6, 0]], ['a\nb']);
    const back = WRITERS.find(([f]) => f === format)![2](write(g));
    expect(back.nodes()).toEqual(ids);
    expect(back.getNodeAttribute('two\nlines', 'label')).toBe('a\nb');
  });
});
