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
import { type BuilderSettings, EdgeListBuilder, tooLarge } from '../graph/edge-list/builder.js';
import type { EdgeList, ResolvedEdgeCsvOptions } from '../graph/edge-list/edge-list.js';
import { describeSource, type InputSource, inputChunks } from './input-bytes.js';

type Hyparquet = typeof import('hyparquet');
interface AsyncBuffer {
  byteLength: number;
  slice(start: number, end?: number): Promise<ArrayBuffer>;
}

/** A cell as the builder reads it: text, with times from Parquet timestamps as ms and lists joined by `;` (a topics cell). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (v instanceof Date) return String(v.getTime());
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'object') return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
  return String(v);
}

async function fileBuffer(source: InputSource, maxBytes: number): Promise<AsyncBuffer & { close(): Promise<void> }> {
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

type Metadata = Awaited<ReturnType<Hyparquet['parquetMetadataAsync']>>;
type SchemaElement = Metadata['schema'][number];

/** Rows decoded per parquetRead call: a huge row group is decoded (and its memory checked) a slice at a time. */
const SLICE_ROWS = 1 << 20;

function invalidParquet(label: string, message: string, path: (string | number)[] = [label]): InfluenceScoreError {
  return new InfluenceScoreError('INVALID_INPUT', `Invalid Parquet: ${message}`, [{ path, message }]);
}

/** Id columns must hold text or integers: a float or boolean column would turn into ids "1.5", "NaN", "true". */
function checkIdColumns(label: string, names: string[], elements: SchemaElement[], opts: ResolvedEdgeCsvOptions): void {
  for (const role of ['source', 'target'] as const) {
    const wanted = (opts.columns[role] ?? role).toLowerCase();
    const j = names.findIndex((n) => n.toLowerCase() === wanted);
    if (j < 0) continue;
    const e = elements[j];
    const logical = e.logical_type?.type;
    const kind = logical === 'FLOAT16' || logical === 'DECIMAL' || e.converted_type === 'DECIMAL' ? (logical ?? 'DECIMAL') : e.type;
    if (kind === 'FLOAT' || kind === 'DOUBLE' || kind === 'BOOLEAN' || kind === 'FLOAT16' || kind === 'DECIMAL') {
      throw new InfluenceScoreError('INVALID_INPUT', `Invalid Parquet: the ${role} column ${JSON.stringify(names[j])} has type ${kind}; node ids must be strings or integers`, [
        { path: [label, names[j]], field: names[j], message: `column ${JSON.stringify(names[j])} is ${kind}: cast it to a string or integer type before export` },
      ]);
    }
  }
}

/**
 * The footer's row counts, checked before anything is decoded: the file total must be the sum of the
 * row groups, every row counts against `maxEdges`, and each flat column chunk must hold one value per
 * row its group declares (a 300-byte file claiming 10^9 rows stops here, not in the decoder).
 */
function checkDeclaredRows(label: string, metadata: Metadata, columns: string[], flat: Set<string>, settings: BuilderSettings): void {
  let declared = 0;
  metadata.row_groups.forEach((group, g) => {
    const rows = Number(group.num_rows);
    if (!Number.isSafeInteger(rows) || rows < 0) throw invalidParquet(label, `row group ${g + 1} declares ${String(group.num_rows)} rows`);
    for (const chunk of group.columns) {
      const name = chunk.meta_data?.path_in_schema.join('.');
      if (name === undefined || !columns.includes(name) || !flat.has(name)) continue;
      const values = Number(chunk.meta_data!.num_values);
      if (values !== rows) throw invalidParquet(label, `row group ${g + 1} declares ${rows.toLocaleString('en-US')} rows but its column ${JSON.stringify(name)} holds ${values.toLocaleString('en-US')} values`, [label, 'row_groups', g, name]);
    }
    declared += rows;
  });
  if (Number(metadata.num_rows) !== declared) throw invalidParquet(label, `the file declares ${String(metadata.num_rows)} rows but its row groups add up to ${declared.toLocaleString('en-US')}`);
  const maxEdges = settings.limits?.maxEdges;
  if (maxEdges !== undefined && declared > maxEdges) tooLarge('rows', maxEdges, settings.hint);
}

async function readRows(hyparquet: Hyparquet, file: AsyncBuffer, label: string, opts: ResolvedEdgeCsvOptions, settings: BuilderSettings): Promise<EdgeList> {
  let metadata: Metadata;
  try {
    metadata = await hyparquet.parquetMetadataAsync(file);
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label} as Parquet`, [{ path: [label], message: (error as Error).message }]);
  }
  const children = hyparquet.parquetSchema(metadata).children;
  const names = children.map((c) => c.element.name);
  const flat = new Set(children.filter((c) => c.children.length === 0 && c.element.repetition_type !== 'REPEATED').map((c) => c.element.name));
  const builder = new EdgeListBuilder(opts, { ...settings, what: 'Parquet' });
  builder.readHeader(names, 1);
  checkIdColumns(label, names, children.map((c) => c.element), opts);
  // A columnar load decodes only the columns with a role (it would ignore the others); a graphology
  // graph keeps every other column as an edge attribute, as it does from CSV.
  const wanted = new Set(['source', 'target', 'weight', 'type', 'time'].map((r) => (opts.columns[r as 'source'] ?? r).toLowerCase()));
  const columns = settings.keepExtras ? names : names.filter((n) => wanted.has(n.toLowerCase()));
  checkDeclaredRows(label, metadata, columns, flat, settings);
  const at = columns.map((c) => names.indexOf(c));
  const record: string[] = new Array(names.length).fill('');
  let groupStart = 0;
  for (const [g, group] of metadata.row_groups.entries()) {
    const groupEnd = groupStart + Number(group.num_rows);
    for (let sliceStart = groupStart; sliceStart < groupEnd; sliceStart += SLICE_ROWS) {
      const sliceEnd = Math.min(groupEnd, sliceStart + SLICE_ROWS);
      const cols = await readSlice(hyparquet, file, metadata, columns, sliceStart, sliceEnd, label);
      const cursor = new Int32Array(cols.length);
      for (let r = sliceStart; r < sliceEnd; r++) {
        for (let j = 0; j < cols.length; j++) {
          const list = cols[j];
          while (cursor[j] + 1 < list.length && list[cursor[j] + 1].start <= r) cursor[j]++;
          const chunk = list[cursor[j]];
          if (!chunk || chunk.start > r || r - chunk.start >= chunk.values.length) {
            throw invalidParquet(label, `row group ${g + 1} declares ${Number(group.num_rows).toLocaleString('en-US')} rows but its column ${JSON.stringify(columns[j])} has no value for row ${(r - groupStart + 1).toLocaleString('en-US')}`, [label, 'row_groups', g, columns[j]]);
          }
          record[at[j]] = cellText(chunk.values[r - chunk.start]);
        }
        builder.rowStrings(record, r + 2);
      }
    }
    groupStart = groupEnd;
  }
  const list = builder.finish();
  list.fallbackLine = null;
  return list;
}

/** The decoded values of rows `[start, end)`, per column, as hyparquet hands them over (chunks sorted by row). */
async function readSlice(hyparquet: Hyparquet, file: AsyncBuffer, metadata: Metadata, columns: string[], start: number, end: number, label: string): Promise<{ start: number; values: ArrayLike<unknown> }[][]> {
  const data = new Map<string, { start: number; values: ArrayLike<unknown> }[]>();
  try {
    await hyparquet.parquetRead({
      file,
      metadata,
      columns,
      rowStart: start,
      rowEnd: end,
      onChunk: ({ columnName, columnData, rowStart }) => {
        const list = data.get(columnName) ?? [];
        list.push({ start: rowStart, values: columnData as ArrayLike<unknown> });
        data.set(columnName, list);
      },
    });
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label} as Parquet`, [{ path: [label], message: (error as Error).message }]);
  }
  return columns.map((c) => (data.get(c) ?? []).sort((a, b) => a.start - b.start));
}
