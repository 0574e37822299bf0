/** Issue 21 (4, 10, 12, 14): GEXF and GraphML read strictly, in linear time, with reserved ids as ordinary ids. */
import { describe, expect, it } from 'vitest';
import { pagerank, toGraphKey } from '../../src/index.js';
import { parseGexf, parseGraphml } from '../../src/node.js';
import { thrown } from '../helpers/errors.js';

const gexf = (nodes: string, edges = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.2" version="1.2">\n<graph defaultedgetype="directed">\n<nodes>\n${nodes}\n</nodes>\n<edges>\n${edges}\n</edges>\n</graph>\n</gexf>\n`;
const graphml = (body: string, keys = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n<graph edgedefault="directed">\n${body}\n</graph>\n</graphml>\n`;
const RESERVED = ['__proto__', 'constructor', 'toString'];

describe('deep XML', () => {
  it('stops 4,000 nested <node><nodes> before parsing, with INVALID_INPUT naming the depth (it took 33 s)', () => {
    const deep = gexf(`${'<node id="n"><nodes>'.repeat(4000)}${'</nodes></node>'.repeat(4000)}`);
    const error = thrown(() => parseGexf(deep));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/nest deeper than 64 levels/);
    expect(error.issues[0].line).toBe(5);
  });

  it('stops 20,000 nested GraphML graphs the same way', () => {
    const error = thrown(() => parseGraphml(graphml(`${'<node id="n"><graph>'.repeat(20_000)}${'</graph></node>'.repeat(20_000)}`)));
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe.each([
  ['GEXF', parseGexf, (ids: string[]) => gexf(ids.map((id) => `<node id="${id}" label="${id}"/>`).join('\n'), `<edge id="e0" source="${ids[0]}" target="${ids[1]}"/><edge id="e1" source="${ids[1]}" target="${ids[2]}"/>`)],
  ['GraphML', parseGraphml, (ids: string[]) => graphml(`${ids.map((id) => `<node id="${id}"/>`).join('\n')}<edge source="${ids[0]}" target="${ids[1]}"/><edge source="${ids[1]}" target="${ids[2]}"/>`)],
] as const)('%s', (_, parse, document) => {
  it('loads the ids __proto__, constructor and toString like every other format (escaped keys, the user ids in scores)', () => {
    const graph = parse(document(RESERVED));
    expect(graph.nodes()).toEqual(RESERVED.map(toGraphKey));
    expect(graph.size).toBe(2);
    expect([...pagerank().score(graph).keys].sort()).toEqual([...RESERVED].sort());
  });

  it('rejects an edge to an undeclared node with UNKNOWN_NODE naming the edge, and adds it under unknownNodes: add', () => {
    const text = document(['a', 'b', 'c']).replace(/target="c"/, 'target="ghost"');
    const error = thrown(() => parse(text));
    expect(error.code).toBe('UNKNOWN_NODE');
    expect(error.issues[0]).toMatchObject({ field: 'target' });
    expect(error.issues[0].message).toMatch(/"ghost"/);
    expect(parse(text, { unknownNodes: 'add' }).hasNode('ghost')).toBe(true);
  });

  it.each([
    ['an unclosed tag', (t: string) => t.replace('</nodes>', '').replace(/(<node id="c"[^>]*?)\/>/, '$1>'), /never closed|closes/],
    ['a bare &', (t: string) => t.replace('id="a"', 'id="a&b"'), /bare "&"/],
    ['a stray <', (t: string) => t.replace(/(<node id="b"[^>]*\/>)/, '$1 < '), /starts no tag/],
  ])('rejects %s with INVALID_INPUT and its line', (_, spoil, message) => {
    const error = thrown(() => parse(spoil(document(['a', 'b', 'c']))));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(message);
    expect(error.issues[0].line).toBeGreaterThan(0);
  });

  it('honours maxNodes and maxEdges', () => {
    expect(thrown(() => parse(document(['a', 'b', 'c']), undefined, { maxNodes: 2 })).code).toBe('TOO_LARGE');
    expect(thrown(() => parse(document(['a', 'b', 'c']), undefined, { maxEdges: 1 })).code).toBe('TOO_LARGE');
    expect(parse(document(['a', 'b', 'c']), undefined, { maxNodes: 3, maxEdges: 2 }).order).toBe(3);
  });
});

describe('typed values', () => {
  it('rejects a GraphML int key with value "lots", naming the key and the node', () => {
    const text = graphml('<node id="a"><data key="d0">lots</data></node><node id="b"><data key="d0">12</data></node>', '<key id="d0" for="node" attr.name="followers" attr.type="int"/>');
    const error = thrown(() => parseGraphml(text));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]).toMatchObject({ field: 'followers', line: 5 });
    expect(error.issues[0].message).toBe('node "a": followers is declared int but holds "lots"');
  });

  it('rejects a GEXF integer attribute with value "lots"', () => {
    const text = gexf('<node id="a"><attvalues><attvalue for="0" value="lots"/></attvalues></node>').replace('<nodes>', '<attributes class="node"><attribute id="0" title="followers" type="integer"/></attributes>\n<nodes>');
    const error = thrown(() => parseGexf(text));
    expect(error.issues[0].message).toMatch(/followers is declared integer but holds "lots"/);
  });

  it('reads well-typed values as numbers and booleans', () => {
    const text = graphml('<node id="a"><data key="d0">12</data><data key="d1">true</data><data key="d2">-1.5e3</data></node>', '<key id="d0" for="node" attr.name="n" attr.type="int"/><key id="d1" for="node" attr.name="v" attr.type="boolean"/><key id="d2" for="node" attr.name="x" attr.type="double"/>');
    expect(parseGraphml(text).getNodeAttributes('a')).toEqual({ n: 12, v: true, x: -1500 });
  });
});

describe('parser messages', () => {
  it('reports each xmldom complaint once, with its line (not ten times with line:undefined)', () => {
    const error = thrown(() => parseGexf(gexf('<node id="a" id="b"/>')));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].line).toBe(5);
    expect(error.message).not.toMatch(/undefined|xmldom/);
  });

  it('rejects a non-string input with INVALID_INPUT', () => {
    expect(thrown(() => parseGexf(null as unknown as string)).message).toMatch(/got null/);
  });
});
