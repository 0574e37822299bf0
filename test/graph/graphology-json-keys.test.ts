import { describe, expect, it } from 'vitest';
import { buildSocialGraph, degree, fromGraphologyJSON, rank } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const ids = (doc: object): string[] => rank(fromGraphologyJSON(doc), degree()).map((row) => row.node).sort();

describe('fromGraphologyJSON keeps node ids apart', () => {
  it('a key starting with U+0000 beside the same key without it gives two distinct ids', () => {
    expect(ids({ nodes: [{ key: '\u0000a' }, { key: 'a' }] })).toEqual(['\u0000a', 'a'].sort());
    expect(ids({ nodes: [{ key: '\u0000b' }, { key: '\u0000constructor' }, { key: 'b' }] })).toEqual(['\u0000b', 'b', 'constructor'].sort());
  });

  it('an edge names the same node its key names', () => {
    const g = fromGraphologyJSON({ nodes: [{ key: '\u0000a' }, { key: 'a' }], edges: [{ source: 'a', target: '\u0000a' }] });
    expect(rank(g, degree({ direction: 'in' })).map((r) => [r.node, r.score])).toEqual([['\u0000a', 1], ['a', 0]]);
  });

  it('the escaped and the plain form of one id in one document is a typed error, not graphology\'s', () => {
    const error = thrown(() => fromGraphologyJSON({ nodes: [{ key: '\u0000__proto__' }, { key: '__proto__' }] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]).toMatchObject({ path: ['nodes', 1, 'key'], record: 1 });
    // '\u0000\u0000a' is how the library stores the id '\u0000a': beside that id it is the same node.
    expect(thrown(() => fromGraphologyJSON({ nodes: [{ key: '\u0000\u0000a' }, { key: '\u0000a' }] })).code).toBe('INVALID_INPUT');
  });

  it('the export of a graph the library built, with reserved ids, round-trips to the same ids', () => {
    const built = buildSocialGraph({ interactions: [{ from: '__proto__', to: 'constructor', type: 'share' }, { from: 'a', to: '__proto__', type: 'like' }] });
    const copy = fromGraphologyJSON(JSON.stringify(built.export()));
    expect(rank(copy, degree()).map((r) => r.node).sort()).toEqual(['__proto__', 'a', 'constructor']);
    expect(copy.export()).toEqual(built.export());
  });
});
