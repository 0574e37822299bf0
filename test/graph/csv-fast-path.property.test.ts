import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeCsvOptionsSchema } from '../../src/graph/edge-list/edge-list.js';
import { readEdgeListText } from '../../src/graph/edge-list/read-text.js';

const plainIds = fc.constantFrom('a', 'b1', '42', '007', 'user_7', 'x.y', 'é', 'ü中', 'a b', '__proto__', 'constructor', '-3');
const oddIds = fc.constantFrom('"a"', '"x, y"', '"he said ""hi"""', '"multi\nline"', '\u00a0pad', 'tab\there', ' spaced ', '"  kept  "', '', '"', 'caf\u00e9\u00a0');
const id = fc.oneof({ weight: 4, arbitrary: plainIds }, { weight: 1, arbitrary: oddIds });
const weight = fc.constantFrom('', '1', '2.5', '0.125', '3.', '12345678901234567', '-1', 'abc', '1e3', '.5', '"3"', ' 4 ');
const time = fc.constantFrom('', '1700000000000', '1700000000', '2024-05-01', '2024-05-01T10:00:00Z', 'soon', '1.5');
const type = fc.constantFrom('', 'share', 'follow', '"re,ply"', 'mention');
const note = fc.constantFrom('', 'x', '7', '"q"');

const csvText = fc
  .record({
    columns: fc.subarray(['weight', 'type', 'time', 'note'] as const),
    upper: fc.boolean(),
    rows: fc.array(fc.tuple(id, id, weight, type, time, note, fc.boolean()), { maxLength: 30 }),
    crlf: fc.constantFrom('lf', 'crlf', 'mixed'),
    bom: fc.boolean(),
    blank: fc.array(fc.nat(32), { maxLength: 4 }),
    trailing: fc.boolean(),
    timeUnit: fc.constantFrom('ms', 's'),
  })
  .map(({ columns, upper, rows, crlf, bom, blank, trailing, timeUnit }) => {
    const head = ['source', 'target', ...columns].map((c) => (upper ? c.toUpperCase() : c));
    const lines = [head.join(',')];
    for (const [s, t, w, ty, ti, n, short] of rows) {
      const cells: string[] = [s, t];
      for (const c of columns) cells.push(c === 'weight' ? w : c === 'type' ? ty : c === 'time' ? ti : n);
      lines.push((short ? cells.slice(0, -1) : cells).join(','));
    }
    for (const at of blank) lines.splice(Math.min(at, lines.length), 0, at % 2 ? '' : ' , ');
    const ends = lines.map((_, i) => (crlf === 'crlf' || (crlf === 'mixed' && i % 3 === 1) ? '\r\n' : '\n'));
    let text = lines.map((l, i) => l + (i < lines.length - 1 || trailing ? ends[i] : '')).join('');
    if (bom) text = `\ufeff${text}`;
    return { text, timeUnit };
  });

function read(text: string, timeUnit: 'ms' | 's', fastPath: boolean): unknown {
  const opts = edgeCsvOptionsSchema.parse({ timeUnit });
  try {
    const { fallbackLine: _, ...list } = readEdgeListText(text, opts, { keepExtras: true, hint: '', fastPath });
    return { ...list, src: [...list.src], dst: [...list.dst], weight: list.weight && [...list.weight], time: list.time && [...list.time], type: list.type && [...list.type] };
  } catch (error) {
    const e = error as { code?: string; message: string; issues?: unknown };
    return { code: e.code, message: e.message, issues: e.issues };
  }
}

describe('the CSV fast path', () => {
  it('gives the same columns, errors and line numbers as csv-parse alone (400 generated CSVs: quotes, BOM, CRLF, blank lines, unicode)', () => {
    let loaded = 0;
    fc.assert(
      fc.property(csvText, ({ text, timeUnit }) => {
        const fast = read(text, timeUnit as 'ms' | 's', true);
        const reference = read(text, timeUnit as 'ms' | 's', false);
        expect(fast).toEqual(reference);
        if (!('code' in (fast as object))) loaded++;
      }),
      { numRuns: 400 },
    );
    // Both outcomes occur often: clean loads and rejected rows.
    expect(loaded).toBeGreaterThan(40);
    expect(loaded).toBeLessThan(360);
  });

  it('reads plain files without csv-parse and still agrees on numbers (Clinger fast path vs Number())', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50), fc.integer({ min: 0, max: 10 ** 9 }), fc.nat(12)), { maxLength: 50 }), (rows) => {
        const text = `source,target,weight\n${rows.map(([s, t, w, k]) => `${s},${t},${(w / 10 ** k).toFixed(k)}`).join('\n')}\n`;
        expect(read(text, 'ms', true)).toEqual(read(text, 'ms', false));
        expect(readEdgeListText(text, edgeCsvOptionsSchema.parse({}), { keepExtras: false, hint: '' }).fallbackLine).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
