/**
 * The CSV fast path: a byte-level scanner for the common case (unquoted fields, `\n` or `\r\n` line
 * ends, a one-byte delimiter). It splits each line into field byte ranges and hands them to the
 * builder without making strings. At the first line with anything else (a quote, a control byte, a
 * stray `\r`, a field starting or ending in a non-ASCII byte that csv-parse might trim), it stops and
 * returns the rest of the input from that line on, which the caller gives to csv-parse (the real
 * RFC 4180 parser) with the same options: both paths give the same rows, line numbers included.
 */
import type { EdgeListBuilder } from './builder.js';
import { decode } from './byte-interner.js';

/** Where the fast path gave up: the bytes from that line on, and what csv-parse needs to continue. */
export interface CsvFallback {
  readonly rest: Uint8Array;
  /** Lines before `rest` (add to csv-parse's line numbers). */
  readonly lineOffset: number;
  /** The record delimiter seen so far, or undefined when no line ended yet (csv-parse detects it). */
  readonly recordDelimiter: '\n' | '\r\n' | undefined;
}

const MAX_FIELDS = 256;
const NORMAL = 0;
const DELIMITER = 1;
const UNUSUAL = 2;

/** @internal Feeds chunks to the builder until the input needs the real parser (see the file header). */
export class CsvScanner {
  private carry: Uint8Array | null = null;
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
  ) {
    const code = delimiter.charCodeAt(0);
    this.usable = fastPath && delimiter.length === 1 && code < 0x80 && code !== 0x22 && code !== 0x0a && code !== 0x0d && code !== 0x20;
    for (let c = 0; c < 0x20; c++) this.classes[c] = UNUSUAL;
    this.classes[0x22] = UNUSUAL;
    this.classes[code & 0xff] = DELIMITER;
  }

  /** Feeds the next chunk; returns the fallback when the fast path gave up (feed nothing more then). */
  push(chunk: Uint8Array): CsvFallback | null {
    let buf = chunk;
    if (this.carry !== null) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    if (!this.usable) return this.giveUp(buf, 0);
    let a = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, a);
      if (nl < 0) break;
      if (this.mode === undefined) this.mode = nl > a && buf[nl - 1] === 0x0d ? '\r\n' : '\n';
      let end = nl;
      if (this.mode === '\r\n') {
        if (nl === a || buf[nl - 1] !== 0x0d) return this.giveUp(buf, a);
        end = nl - 1;
      }
      if (!this.scanLine(buf, a, end)) return this.giveUp(buf, a);
      a = nl + 1;
    }
    if (a < buf.length) this.carry = buf.slice(a);
    return null;
  }

  /** Flushes the last line (no line break after it). */
  end(): CsvFallback | null {
    const buf = this.carry;
    this.carry = null;
    if (buf === null || buf.length === 0) return null;
    if (!this.usable || !this.scanLine(buf, 0, buf.length)) return this.giveUp(buf, 0);
    return null;
  }

  private giveUp(buf: Uint8Array, from: number): CsvFallback {
    this.usable = false;
    return { rest: buf.subarray(from), lineOffset: this.line, recordDelimiter: this.line === 0 ? undefined : this.mode };
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

/** @internal csv-parse's options for edge lists (the fallback and the reference for the fast path). */
export function csvParseOptions(delimiter: string, recordDelimiter: '\n' | '\r\n' | undefined): Record<string, unknown> {
  return {
    bom: true,
    delimiter,
    info: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    ...(recordDelimiter ? { record_delimiter: recordDelimiter } : {}),
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
