/**
 * The CSV fast path: a byte-level scanner for the common case (unquoted fields, `\n` or `\r\n` line
 * ends, a one-byte delimiter). It splits each line into field byte ranges and hands them to the
 * builder without making strings. At the first line with anything else (a quote, a control byte, a
 * stray `\r`, a field starting or ending in a non-ASCII byte that csv-parse might trim), it stops and
 * returns the rest of the input from that line on, which the caller gives to csv-parse (the real
 * RFC 4180 parser) with the same options: both paths give the same rows, line numbers included.
 */
import { InfluenceScoreError } from '../../core/errors.js';
import type { EdgeListBuilder } from './builder.js';
import { decode } from './byte-interner.js';

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Where the fast path gave up: the bytes from that line on, and what csv-parse needs to continue. */
export interface CsvFallback {
  readonly rest: Uint8Array;
  /** Lines before `rest` (add to csv-parse's line numbers). */
  readonly lineOffset: number;
}

/** Default of `limits.maxLineBytes`: 16 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

const MAX_FIELDS = 256;
const NORMAL = 0;
const DELIMITER = 1;
const UNUSUAL = 2;

/** @internal The `TOO_LARGE` error of a line (or of a csv-parse record, quoted across lines: named by the line it had reached) past `maxLineBytes`. */
export function lineTooLong(line: number, maxLineBytes: number, record = false): InfluenceScoreError {
  const what = record ? `The record running through line ${line.toLocaleString('en-US')}` : `Line ${line.toLocaleString('en-US')}`;
  return new InfluenceScoreError('TOO_LARGE', `${what} is longer than ${maxLineBytes.toLocaleString('en-US')} bytes, the limit of this read (limits.maxLineBytes)`, [
    { path: [line], line, message: 'raise limits.maxLineBytes if the input really has records that long (a huge line without line breaks is usually not a CSV edge list)' },
  ]);
}

/**
 * @internal Feeds chunks to the builder until the input needs the real parser (see the file header).
 * Linear in the input: an unfinished line is appended to a buffer that doubles (never re-copied per
 * chunk), and a line past `maxLineBytes` stops the read with `TOO_LARGE`.
 */
export class CsvScanner {
  /** The unfinished line: `carry[0..carryLength)`. */
  private carry = new Uint8Array(0);
  private carryLength = 0;
  private line = 0;
  private mode: '\n' | '\r\n' | undefined;
  private atStart = true;
  private readonly classes = new Uint8Array(256);
  private readonly starts = new Int32Array(MAX_FIELDS);
  private readonly ends = new Int32Array(MAX_FIELDS);
  private readonly decoder = new TextDecoder('utf-8');
  private usable: boolean;

  constructor(
    private readonly builder: EdgeListBuilder,
    delimiter: string,
    fastPath = true,
    private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  ) {
    const code = delimiter.charCodeAt(0);
    this.usable = fastPath && delimiter.length === 1 && code < 0x80 && code !== 0x22 && code !== 0x0a && code !== 0x0d && code !== 0x20;
    for (let c = 0; c < 0x20; c++) this.classes[c] = UNUSUAL;
    this.classes[0x22] = UNUSUAL;
    this.classes[code & 0xff] = DELIMITER;
  }

  /** Feeds the next chunk; returns the fallback when the fast path gave up (feed nothing more then). */
  push(chunk: Uint8Array): CsvFallback | null {
    if (!this.usable) return this.giveUp(chunk, 0);
    let from = 0;
    if (this.carryLength > 0) {
      const nl = chunk.indexOf(0x0a);
      from = nl < 0 ? chunk.length : nl + 1;
      this.append(chunk, from);
      if (nl < 0) return null;
      const line = this.carry.subarray(0, this.carryLength);
      this.carryLength = 0;
      if (this.scan(line, 0) < 0) return this.giveUp(concat(line, chunk.subarray(from)), 0);
    }
    const next = this.scan(chunk, from);
    if (next < 0) return this.giveUp(chunk, -next - 1);
    if (next < chunk.length) {
      // The buffer is reused (the builder copies what it keeps); one grown for a long line is let go.
      if (this.carry.length > 1 << 20) this.carry = new Uint8Array(0);
      this.append(chunk.subarray(next), chunk.length - next);
    }
    return null;
  }

  /** Flushes the last line (no line break after it). */
  end(): CsvFallback | null {
    const buf = this.carry.subarray(0, this.carryLength);
    this.carryLength = 0;
    if (buf.length === 0) return null;
    if (!this.usable || !this.scanLine(buf, 0, buf.length)) return this.giveUp(buf, 0);
    return null;
  }

  /** Appends `chunk[0..to)` to the unfinished line, doubling the buffer (linear overall). */
  private append(chunk: Uint8Array, to: number): void {
    const length = this.carryLength + to;
    if (length - (chunk[to - 1] === 0x0a ? 1 : 0) > this.maxLineBytes) throw lineTooLong(this.line + 1, this.maxLineBytes);
    if (length > this.carry.length) {
      const grown = new Uint8Array(Math.max(length, this.carry.length * 2, 1 << 16));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(chunk.subarray(0, to), this.carryLength);
    this.carryLength = length;
  }

  /**
   * Scans the complete lines of `buf` from `a`: returns where the unfinished tail starts, or
   * `-(p + 1)` when the line starting at `p` needs the real parser.
   */
  private scan(buf: Uint8Array, a: number): number {
    for (;;) {
      const nl = buf.indexOf(0x0a, a);
      if (nl < 0) {
        if (buf.length - a > this.maxLineBytes) throw lineTooLong(this.line + 1, this.maxLineBytes);
        return a;
      }
      if (nl - a > this.maxLineBytes) throw lineTooLong(this.line + 1, this.maxLineBytes);
      if (this.mode === undefined) this.mode = nl > a && buf[nl - 1] === 0x0d ? '\r\n' : '\n';
      let end = nl;
      if (this.mode === '\r\n') {
        if (nl === a || buf[nl - 1] !== 0x0d) return -(a + 1);
        end = nl - 1;
      }
      if (!this.scanLine(buf, a, end)) return -(a + 1);
      a = nl + 1;
    }
  }

  private giveUp(buf: Uint8Array, from: number): CsvFallback {
    this.usable = false;
    return { rest: buf.subarray(from), lineOffset: this.line };
  }

  /** Scans one line `buf[a..end)`; false when it needs the real parser (nothing consumed then). */
  private scanLine(buf: Uint8Array, a: number, end: number): boolean {
    if (this.atStart) {
      if (end - a >= 3 && buf[a] === 0xef && buf[a + 1] === 0xbb && buf[a + 2] === 0xbf) a += 3;
      else if (end - a < 3 && buf[a] === 0xef) return false;
    }
    const { classes, starts, ends } = this;
    let count = 0;
    let fieldStart = a;
    let empty = true;
    for (let p = a; p <= end; p++) {
      const cls = p === end ? DELIMITER : classes[buf[p]];
      if (cls === NORMAL) continue;
      if (cls === UNUSUAL) return false;
      // A field ends: trim ASCII spaces; a non-ASCII first or last byte may be Unicode space csv-parse trims.
      let s = fieldStart;
      let e = p;
      while (s < e && buf[s] === 0x20) s++;
      while (e > s && buf[e - 1] === 0x20) e--;
      if (s < e) {
        if (buf[s] >= 0x80 || buf[e - 1] >= 0x80) return false;
        empty = false;
      }
      if (count === MAX_FIELDS) return false;
      starts[count] = s;
      ends[count++] = e;
      fieldStart = p + 1;
    }
    this.atStart = false;
    this.line++;
    // csv-parse skips empty lines and records whose every field is empty.
    if (empty) return true;
    if (!this.builder.hasHeader) {
      const fields: string[] = [];
      for (let j = 0; j < count; j++) fields.push(decode(this.decoder, buf, starts[j], ends[j]));
      this.builder.readHeader(fields, this.line);
    } else this.builder.rowBytes(buf, starts, ends, count, this.line);
    return true;
  }
}

/**
 * @internal csv-parse's options for edge lists (the fallback and the reference for the fast path).
 * Records end at CRLF, LF or CR, each line on its own (csv-parse would otherwise keep the first line
 * end it meets for the whole file, and read a file whose first line ends in CRLF and the others in LF
 * as one record). A record longer than `maxRecordBytes` characters is csv-parse's
 * `CSV_MAX_RECORD_SIZE`, turned into `TOO_LARGE` by `csvParseError`.
 */
export function csvParseOptions(delimiter: string, maxRecordBytes = DEFAULT_MAX_LINE_BYTES): Record<string, unknown> {
  return {
    bom: true,
    delimiter,
    info: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: maxRecordBytes,
  };
}

/** A csv-parse record with its info. */
export interface CsvParseRow {
  record: string[];
  info: { lines: number };
}

const LINE_BREAKS = /\r\n|\r|\n/g;

/** @internal Hands a csv-parse record to the builder, on the line it starts on (quoted fields may span lines). */
export function feedParsedRow(builder: EdgeListBuilder, row: CsvParseRow, lineOffset: number): void {
  let breaks = 0;
  for (const field of row.record) breaks += field.match(LINE_BREAKS)?.length ?? 0;
  const line = lineOffset + row.info.lines - breaks;
  if (!builder.hasHeader) builder.readHeader(row.record, line);
  else builder.rowStrings(row.record, line);
}
