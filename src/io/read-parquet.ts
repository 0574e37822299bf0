/**
 * Parquet edge tables through hyparquet (a dependency-free, pure-JS Parquet reader: no native
 * build, runs wherever Node runs). Row group by row group, the columns the header roles name are
 * decoded (and, for a graphology graph, the other columns too: edge attributes, as from CSV), and
 * each row goes through the same edge-list builder as CSV rows, so the header
 * conventions, renames and cell checks are the same. Rows are numbered as in the file's CSV export
 * (the header is line 1, the first row line 2), so issues name a "line" as they do for CSV.
 */
import { open, stat } from 'node:fs/promises';
import { InfluenceScoreError } from '../core/errors.js';
import { type BuilderSettings, CONTENT_COLUMNS, EdgeListBuilder } from '../graph/edge-list/builder.js';
import { type EdgeList, type ResolvedEdgeCsvOptions, ROLES } from '../graph/edge-list/edge-list.js';
import { describeSource, type InputSource, inputChunks } from './input-bytes.js';

type Hyparquet = typeof import('hyparquet');
interface AsyncBuffer {
  byteLength: number;
  slice(start: number, end?: number): Promise<ArrayBuffer>;
}

/** @internal A cell as the builder reads it: text, with times from Parquet timestamps as ms and lists joined by `;` (a topics cell). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (v instanceof Date) return String(v.getTime());
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'object') return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
  return String(v);
}

/** @internal The bytes of a Parquet input with random access (a plain file is read in place). */
export async function fileBuffer(source: InputSource, maxBytes: number): Promise<AsyncBuffer & { close(): Promise<void> }> {
  const label = describeSource(source);
  if (typeof source === 'string' && !/\.gz$/i.test(source)) {
    let size: number;
    try {
      size = (await stat(source)).size;
    } catch (error) {
      throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label}`, [{ path: [label], message: (error as Error).message }]);
    }
    if (size > maxBytes) throw new InfluenceScoreError('TOO_LARGE', `${label} is larger than ${maxBytes.toLocaleString('en-US')} bytes, the limit of this load`, [{ path: [label], message: 'raise limits.maxBytes' }]);
    const handle = await open(source, 'r');
    return {
      byteLength: size,
      close: () => handle.close(),
      async slice(start, end = size) {
        const buf = Buffer.alloc(end - start);
        await handle.read(buf, 0, end - start, start);
        return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
      },
    };
  }
  // A stream (or a gzipped file) has no random access: hold its bytes, within the cap.
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of inputChunks(source, maxBytes)) {
    parts.push(chunk);
    size += chunk.length;
  }
  const all = new Uint8Array(size);
  let p = 0;
  for (const part of parts) {
    all.set(part, p);
    p += part.length;
  }
  return { byteLength: size, slice: async (start, end = size) => all.slice(start, end).buffer, close: async () => {} };
}

/** @internal Reads a Parquet edge table into columns. */
export async function readParquetEdgeList(source: InputSource, opts: ResolvedEdgeCsvOptions, settings: BuilderSettings, maxBytes: number): Promise<EdgeList> {
  const label = describeSource(source);
  const hyparquet: Hyparquet = await import('hyparquet');
  const file = await fileBuffer(source, maxBytes);
  try {
    return await readRows(hyparquet, file, label, opts, settings);
  } finally {
    await file.close();
  }
}

async function readRows(hyparquet: Hyparquet, file: AsyncBuffer, label: string, opts: ResolvedEdgeCsvOptions, settings: BuilderSettings): Promise<EdgeList> {
  let metadata: Awaited<ReturnType<Hyparquet['parquetMetadataAsync']>>;
  try {
    metadata = await hyparquet.parquetMetadataAsync(file);
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label} as Parquet`, [{ path: [label], message: (error as Error).message }]);
  }
  const names = hyparquet.parquetSchema(metadata).children.map((c) => c.element.name);
  const builder = new EdgeListBuilder(opts, settings);
  builder.readHeader(names, 1);
  // A columnar load decodes only the columns with a role and those scorers read (it ignores, and the
  // builder names, the others); a graphology graph keeps every other column as an edge attribute, as it does from CSV.
  const wanted = new Set(ROLES.map((r) => (opts.columns[r] ?? r).toLowerCase()));
  const kept = (n: string): boolean => wanted.has(n.toLowerCase()) || (settings.keepContent === true && CONTENT_COLUMNS.has(n));
  const columns = settings.keepExtras ? names : names.filter(kept);
  const at = columns.map((c) => names.indexOf(c));
  const record: string[] = new Array(names.length).fill('');
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    const data = new Map<string, { start: number; values: ArrayLike<unknown> }[]>();
    try {
      await hyparquet.parquetRead({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd: rowStart + rows,
        onChunk: ({ columnName, columnData, rowStart: start }) => {
          const list = data.get(columnName) ?? [];
          list.push({ start, values: columnData as ArrayLike<unknown> });
          data.set(columnName, list);
        },
      });
    } catch (error) {
      throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label} as Parquet`, [{ path: [label], message: (error as Error).message }]);
    }
    const cols = columns.map((c) => (data.get(c) ?? []).sort((a, b) => a.start - b.start));
    const cursor = new Int32Array(cols.length);
    for (let r = rowStart; r < rowStart + rows; r++) {
      for (let j = 0; j < cols.length; j++) {
        const list = cols[j];
        while (cursor[j] + 1 < list.length && list[cursor[j] + 1].start <= r) cursor[j]++;
        const chunk = list[cursor[j]];
        record[at[j]] = chunk && chunk.start <= r && r - chunk.start < chunk.values.length ? cellText(chunk.values[r - chunk.start]) : '';
      }
      builder.rowStrings(record, r + 2);
    }
    rowStart += rows;
    settings.control?.tick(rowStart, Number(metadata.num_rows));
  }
  settings.control?.finish(Number(metadata.num_rows));
  const list = builder.finish();
  list.fallbackLine = null;
  return list;
}
