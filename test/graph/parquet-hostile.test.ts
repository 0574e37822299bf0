/** Issue 21 (3, 13, 14): Parquet files that lie about their rows, id columns of the wrong type, error titles. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { loadContext, loadGraph } from '../../src/node.js';
import { rejection } from '../helpers/errors.js';
import { lyingParquet } from '../helpers/lying-parquet.js';

const dir = mkdtempSync(join(tmpdir(), 'influence-score-parquet-'));
const file = (name: string, content: Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const columns = [
  { name: 'source', data: ['a', 'b', 'c'], type: 'STRING' as const },
  { name: 'target', data: ['b', 'c', 'a'], type: 'STRING' as const },
];

describe('a Parquet file that lies about its rows', () => {
  it.each([
    [10n ** 6n, false],
    [10n ** 9n, false],
    [10n ** 6n, true],
    [10n ** 9n, true],
  ])('claiming %s rows (column chunks lying too: %s) is INVALID_INPUT naming the row group and column, at once', async (claimed, columnsToo) => {
    const path = file(`lie-${claimed}-${columnsToo}.parquet`, lyingParquet(columns, claimed, columnsToo));
    const error = await rejection(loadContext(path));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^Invalid Parquet: row group 1 declares [\d,]+ rows but its column "source"/);
    expect(error.issues).toHaveLength(1);
  });

  it('counts declared rows against maxEdges before decoding anything', async () => {
    const path = file('ten.parquet', new Uint8Array(parquetWriteBuffer({ columnData: [
      { name: 'source', data: Array.from({ length: 10 }, (_, i) => `s${i}`), type: 'STRING' },
      { name: 'target', data: Array.from({ length: 10 }, () => 't'), type: 'STRING' },
    ] })));
    const error = await rejection(loadGraph(path, { limits: { maxEdges: 5 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/more than 5 rows/);
  });

  it('titles its errors Invalid Parquet, not Invalid CSV', async () => {
    const path = file('empty-ids.parquet', new Uint8Array(parquetWriteBuffer({ columnData: [
      { name: 'source', data: ['a', ''], type: 'STRING' },
      { name: 'target', data: ['b', 'c'], type: 'STRING' },
    ] })));
    const error = await rejection(loadContext(path));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^Invalid Parquet: 1 problem/);
  });
});

describe('Parquet id columns', () => {
  it.each([
    ['DOUBLE', [1.5, Number.NaN]],
    ['FLOAT', [1.5, 2]],
    ['BOOLEAN', [true, false]],
  ] as const)('refuses a %s source column, naming the column and its type', async (type, data) => {
    const path = file(`ids-${type}.parquet`, new Uint8Array(parquetWriteBuffer({ columnData: [
      { name: 'source', data: [...data], type },
      { name: 'target', data: ['x', 'y'], type: 'STRING' },
    ] })));
    const error = await rejection(loadContext(path));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(`the source column "source" has type ${type}`);
    expect(error.issues[0].field).toBe('source');
  });

  it('still reads integer id columns', async () => {
    const path = file('ints.parquet', new Uint8Array(parquetWriteBuffer({ columnData: [
      { name: 'source', data: [1, 2], type: 'INT32' },
      { name: 'target', data: [2n, 3n], type: 'INT64' },
    ] })));
    expect((await loadContext(path)).keys).toEqual(['1', '2', '3']);
  });
});
