/**
 * The bytes of an input: a file path or a stream, gunzipped when it is gzip (by the `.gz` extension
 * or the gzip magic bytes), counted against the decompressed-size cap, with read errors typed.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InfluenceScoreError } from '../core/errors.js';

/** What a loader reads: a file path, a Node stream, or any async iterable of bytes (e.g. a web ReadableStream). */
export type InputSource = string | NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;

/** @internal A label for messages: the path, or "the stream". */
export function describeSource(source: InputSource): string {
  return typeof source === 'string' ? source : 'the input stream';
}

function readError(label: string, error: unknown): InfluenceScoreError {
  if (error instanceof InfluenceScoreError) return error;
  const e = error as { code?: string; message?: string };
  const gzip = typeof e.code === 'string' && e.code.startsWith('Z_');
  return new InfluenceScoreError('INVALID_INPUT', gzip ? `Cannot decompress ${label} (not valid gzip)` : `Cannot read ${label}`, [{ path: [label], message: e.message ?? String(error) }]);
}

/** A chunk as bytes: strings are UTF-8 encoded, other typed arrays viewed as bytes; anything else is `INVALID_INPUT`. */
function chunkBytes(chunk: unknown, label: string): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  const kind = chunk === null ? 'null' : Array.isArray(chunk) ? 'an array' : typeof chunk === 'object' ? `an object (${Object.prototype.toString.call(chunk).slice(8, -1)})` : typeof chunk;
  throw new InfluenceScoreError('INVALID_INPUT', `${label} gave a chunk that is not bytes or text: ${kind}`, [
    { path: [label], message: 'a stream input must yield Uint8Array/Buffer chunks or strings (an object-mode stream of records: use buildSocialGraph)' },
  ]);
}

async function* raw(source: InputSource, label: string): AsyncGenerator<Uint8Array> {
  if (typeof source !== 'string' && (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source))) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read ${label}: expected a file path, a Node stream or an async iterable of bytes`, [
      { path: [], message: `got ${source === null ? 'null' : typeof source}` },
    ]);
  }
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  for await (const chunk of stream as AsyncIterable<unknown>) yield chunkBytes(chunk, label);
}

/** The first two bytes (the gzip magic needs both), however the source splits them into chunks. */
async function head(it: AsyncIterator<Uint8Array>): Promise<Uint8Array | null> {
  let bytes: Uint8Array | null = null;
  while (bytes === null || bytes.length < 2) {
    const next = await it.next();
    if (next.done) break;
    if (bytes === null) bytes = next.value;
    else {
      const joined: Uint8Array = new Uint8Array(bytes.length + next.value.length);
      joined.set(bytes);
      joined.set(next.value, bytes.length);
      bytes = joined;
    }
  }
  return bytes;
}

/**
 * @internal The decompressed bytes of `source`, in chunks. Throws `INVALID_INPUT` when it cannot be
 * read or decompressed, and `TOO_LARGE` past `maxBytes` decompressed bytes (reading stops there).
 */
export async function* inputChunks(source: InputSource, maxBytes: number): AsyncGenerator<Uint8Array> {
  const label = describeSource(source);
  const it = raw(source, label)[Symbol.asyncIterator]();
  let first: Uint8Array | null;
  try {
    first = await head(it);
  } catch (error) {
    throw readError(label, error);
  }
  if (first === null) return;
  const start = first;
  const gzip = (typeof source === 'string' && /\.gz$/i.test(source)) || (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield start;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const chunks: AsyncIterable<Uint8Array> = gzip ? Readable.from(rest()).pipe(createGunzip({ chunkSize: 1 << 16 })) : rest();
  let total = 0;
  try {
    for await (const chunk of chunks) {
      total += chunk.length;
      if (total > maxBytes) {
        if (chunks instanceof Readable) chunks.destroy();
        throw new InfluenceScoreError('TOO_LARGE', `${label} is larger than ${maxBytes.toLocaleString('en-US')} bytes${gzip ? ' once decompressed' : ''}, the limit of this load`, [
          { path: [label], message: 'raise limits.maxBytes if the input is what you expect (a small .gz that expands past the limit may be a gzip bomb)' },
        ]);
      }
      yield chunk;
    }
  } catch (error) {
    throw readError(label, error);
  }
}
