/**
 * Rows of an edge table → {@link EdgeList} columns, with the checks of every edge loader: the header
 * picks the columns (`source`, `target` required; `weight`, `type`, `time` optional; renames through
 * `columns`), each bad cell is an issue naming its line and field, and all issues are thrown at the
 * end (all or nothing). Rows arrive as byte ranges (the CSV fast path) or as strings (csv-parse,
 * NDJSON, Parquet); both go through the same cell rules, so both give the same columns.
 */
import { InfluenceScoreError } from '../../core/errors.js';
import { parseExtraCell, parseSentimentCell, parseTimeCell, parseTopicsCell, parseWeightCell } from '../cells.js';
import { IssueList } from '../issues.js';
import { isTimeInRange } from '../schemas/fields.js';
import { ByteInterner, decode } from './byte-interner.js';
import type { EdgeList, ExtraColumn, ReadLimits, ResolvedEdgeCsvOptions, Role } from './edge-list.js';
import { ROLES } from './edge-list.js';

/** @internal What a builder needs besides the options. */
export interface BuilderSettings {
  /** Keep extra columns (as edge attributes for a graphology graph). */
  keepExtras: boolean;
  limits?: ReadLimits;
  /** What to do when a limit is hit (the loader knows: another path, or more memory). */
  hint: string;
  /** Called every 65,536 rows; throws `TOO_LARGE` when memory runs short. */
  checkMemory?: (rows: number) => void;
  /** The format named in error titles ("Invalid Parquet"). @defaultValue `'CSV'` */
  what?: string;
}

const DEFAULT_MAX_EDGES = 0x7fffffff;
const DEFAULT_MAX_NODES = 16_777_216;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** @internal A TOO_LARGE error naming the limit and what to do. */
export function tooLarge(what: string, limit: number, hint: string): never {
  throw new InfluenceScoreError('TOO_LARGE', `The input has more than ${limit.toLocaleString('en-US')} ${what}, the limit of this read`, [{ path: [], message: hint }]);
}

/**
 * The number a plain decimal cell (`123`, `0.25`, `5.`) spells, as `Number()` would read it, or NaN
 * when it needs the slow path. Exact: an integer mantissa below 2^53 divided by 10^k (k ≤ 22) is
 * one correctly rounded division (Clinger's fast path), which is what `Number()` returns.
 */
function fastDecimal(buf: Uint8Array, start: number, end: number): number {
  let mantissa = 0;
  let digits = 0;
  let frac = -1;
  for (let p = start; p < end; p++) {
    const c = buf[p];
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === 0x2e && frac < 0) frac = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  if (frac <= 0) return mantissa;
  return frac > 22 ? Number.NaN : mantissa / POW10[frac];
}

/** @internal Collects rows into columns (see the file header). */
export class EdgeListBuilder {
  private readonly issues = new IssueList();
  private readonly ids: ByteInterner;
  private readonly types: ByteInterner;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly maxEdges: number;
  private header: string[] | null = null;
  private known = -1;
  private roleAt = new Map<Role, number>();
  private extraAt: number[] = [];
  private extras: ExtraColumn[] = [];
  private src = new Int32Array(1 << 12);
  private dst = new Int32Array(1 << 12);
  private weight: Float64Array | null = null;
  private time: Float64Array | null = null;
  private anyTime = false;
  private type: Int32Array | null = null;
  private rows = 0;
  /** Data rows read, good or bad: each counts against `maxEdges` (a file of bad rows is bounded too). */
  private seen = 0;
  private scratch = new Uint8Array(0);

  constructor(
    private readonly opts: ResolvedEdgeCsvOptions,
    private readonly settings: BuilderSettings,
  ) {
    const hint = settings.hint;
    this.maxEdges = settings.limits?.maxEdges ?? DEFAULT_MAX_EDGES;
    this.ids = new ByteInterner(settings.limits?.maxNodes ?? DEFAULT_MAX_NODES, (limit) => tooLarge('distinct node ids', limit, hint));
    this.types = new ByteInterner(DEFAULT_MAX_NODES, (limit) => tooLarge('relation types', limit, hint));
    for (const node of opts.nodes ?? []) this.ids.internString(node);
    if (opts.nodes && opts.unknownNodes === 'error') this.known = this.ids.size;
  }

  /** Whether the header row has been read. */
  get hasHeader(): boolean {
    return this.header !== null;
  }

  /** Reads the header row; throws `INVALID_INPUT` when it lacks a required column. */
  readHeader(fields: readonly string[], line: number): void {
    const header = [...fields];
    const issues = this.issues;
    const wanted = new Map<string, Role>();
    for (const role of ROLES) wanted.set((this.opts.columns[role] ?? role).toLowerCase(), role);
    const seenNames = new Set<string>();
    header.forEach((name, j) => {
      if (name === '') issues.add({ path: ['header', j], line, field: `column ${j + 1}`, message: `column ${j + 1} has no name` });
      const lower = name.toLowerCase();
      if (seenNames.has(lower)) issues.add({ path: ['header', j], line, field: name, message: `column name ${JSON.stringify(name)} appears twice` });
      seenNames.add(lower);
      const role = wanted.get(lower);
      if (role !== undefined) this.roleAt.set(role, j);
    });
    for (const role of ['source', 'target'] as const) {
      if (!this.roleAt.has(role)) {
        const name = this.opts.columns[role] ?? role;
        issues.add({ path: ['header'], line, field: name, message: `the header has no ${JSON.stringify(name)} column (found ${header.map((h) => JSON.stringify(h)).join(',')}); the first line must name the columns` });
      }
    }
    issues.throwIfAny(`Invalid ${this.what} header`);
    if (this.roleAt.has('weight')) this.weight = new Float64Array(this.src.length);
    if (this.settings.keepExtras) {
      // Columns without a role, and topics and sentiment (stored under their role names), become edge attributes.
      const columnRoles = new Map([...this.roleAt].map(([role, j]) => [j, role]));
      header.forEach((name, j) => {
        const role = columnRoles.get(j);
        if (role === undefined || role === 'topics' || role === 'sentiment') {
          this.extraAt.push(j);
          this.extras.push({ name: role ?? name, values: [] });
        }
      });
    }
    this.header = header;
  }

  /** A row given as byte ranges `buf[starts[j]..ends[j])` (the CSV fast path). */
  rowBytes(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, line: number): void {
    this.countRow();
    const header = this.header!;
    if (count !== header.length) {
      this.wrongLength(count, line);
      return;
    }
    const k = this.reserve();
    let ok = true;
    const roleAt = this.roleAt;
    const s = roleAt.get('source')!;
    const t = roleAt.get('target')!;
    const w = roleAt.get('weight') ?? -1;
    const ti = roleAt.get('time') ?? -1;
    const ty = roleAt.get('type') ?? -1;
    const se = roleAt.get('sentiment') ?? -1;
    const to = roleAt.get('topics') ?? -1;
    for (let j = 0; j < count; j++) {
      const a = starts[j];
      const b = ends[j];
      if (j === s || j === t) {
        if (a === b) {
          this.bad(j, line, `${header[j]} is empty`);
          ok = false;
          continue;
        }
        const id = this.ids.intern(buf, a, b);
        if (this.known >= 0 && id >= this.known) {
          this.bad(j, line, `unknown node ${JSON.stringify(this.ids.keys[id])} (not in the node list; unknownNodes is 'error')`, true);
          ok = false;
        }
        if (j === s) this.src[k] = id;
        else this.dst[k] = id;
      } else if (j === w) {
        if (a === b) this.weight![k] = Number.NaN;
        else {
          const v = fastDecimal(buf, a, b);
          if (v === v) this.weight![k] = v;
          else ok = this.weightCell(decode(this.decoder, buf, a, b), j, line, k) && ok;
        }
      } else if (j === ti) {
        if (a === b) this.setTime(k, Number.NaN);
        else {
          const v = fastDecimal(buf, a, b);
          const ms = this.opts.timeUnit === 's' ? v * 1000 : v;
          // Out-of-range times (and anything not a plain decimal) get parseTimeCell's message.
          if (v === v && isTimeInRange(ms)) this.setTime(k, ms);
          else ok = this.timeCell(decode(this.decoder, buf, a, b), j, line, k) && ok;
        }
      } else if (j === ty) {
        this.setType(k, a === b ? -1 : this.types.intern(buf, a, b));
      } else if (j === se) {
        // Checked on both paths (so both reject the same rows); kept as an edge attribute on the graph path.
        if (a === b) continue;
        const value = parseSentimentCell(decode(this.decoder, buf, a, b));
        if (typeof value === 'string') {
          this.bad(j, line, value);
          ok = false;
        } else if (this.settings.keepExtras) this.extras[this.extraAt.indexOf(j)].values[k] = value;
      } else if (j === to) {
        if (a !== b && this.settings.keepExtras) this.extras[this.extraAt.indexOf(j)].values[k] = parseTopicsCell(decode(this.decoder, buf, a, b));
      } else if (this.settings.keepExtras) {
        this.extraCell(j, a === b ? '' : decode(this.decoder, buf, a, b), k);
      }
    }
    if (ok) this.rows++;
  }

  /** A row given as strings (csv-parse, NDJSON, Parquet). */
  rowStrings(record: readonly string[], line: number): void {
    const count = record.length;
    if (count !== this.header!.length) {
      this.countRow();
      this.wrongLength(count, line);
      return;
    }
    let size = 0;
    const encoded: Uint8Array[] = [];
    const encoder = new TextEncoder();
    for (const cell of record) {
      const bytes = encoder.encode(cell);
      encoded.push(bytes);
      size += bytes.length;
    }
    if (this.scratch.length < size) this.scratch = new Uint8Array(size * 2);
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let p = 0;
    encoded.forEach((bytes, j) => {
      this.scratch.set(bytes, p);
      starts[j] = p;
      p += bytes.length;
      ends[j] = p;
    });
    this.rowBytes(this.scratch, starts, ends, count, line);
  }

  /** The columns; throws every issue found (nothing half-built), or on a text without a header. */
  finish(): EdgeList {
    if (this.header === null) {
      throw new InfluenceScoreError('INVALID_INPUT', `Empty ${this.what}: expected a header line such as "source,target"`, [{ path: [], line: 1, message: 'the file has no header line' }]);
    }
    this.issues.throwIfAny(`Invalid ${this.what}`);
    const m = this.rows;
    const fit = <T extends Int32Array | Float64Array>(a: T): T => (a.length === m ? a : (a.slice(0, m) as T));
    return {
      keys: this.ids.keys,
      directed: this.opts.directed,
      src: fit(this.src),
      dst: fit(this.dst),
      weight: this.weight && fit(this.weight),
      time: this.anyTime && this.time ? fit(this.time) : null,
      type: this.type && this.types.size > 0 ? fit(this.type) : null,
      typeNames: this.types.keys,
      extras: this.extras,
    };
  }

  private get what(): string {
    return this.settings.what ?? 'CSV';
  }

  private countRow(): void {
    const n = ++this.seen;
    if (n > this.maxEdges) tooLarge('rows', this.maxEdges, this.settings.hint);
    if ((n & 0xffff) === 0) this.settings.checkMemory?.(n);
  }

  private reserve(): number {
    const k = this.rows;
    if (k >= this.src.length) {
      const size = Math.min(this.src.length * 2, Math.max(this.maxEdges, k + 1));
      this.src = grown(this.src, size, 0);
      this.dst = grown(this.dst, size, 0);
      if (this.weight) this.weight = grown(this.weight, size, Number.NaN);
      if (this.time) this.time = grown(this.time, size, Number.NaN);
      if (this.type) this.type = grown(this.type, size, -1);
    }
    if (this.weight) this.weight[k] = Number.NaN;
    if (this.time) this.time[k] = Number.NaN;
    if (this.type) this.type[k] = -1;
    for (const extra of this.extras) extra.values[k] = undefined;
    return k;
  }

  private setTime(k: number, t: number): void {
    if (t !== t) return;
    if (!this.time) {
      this.time = new Float64Array(this.src.length).fill(Number.NaN);
    }
    this.time[k] = t;
    this.anyTime = true;
  }

  private setType(k: number, code: number): void {
    if (code < 0) return;
    this.type ??= new Int32Array(this.src.length).fill(-1);
    this.type[k] = code;
  }

  private weightCell(cell: string, j: number, line: number, k: number): boolean {
    const w = parseWeightCell(cell);
    if (typeof w === 'string') {
      this.bad(j, line, w);
      return false;
    }
    this.weight![k] = w;
    return true;
  }

  private timeCell(cell: string, j: number, line: number, k: number): boolean {
    const t = parseTimeCell(cell, this.opts.timeUnit === 's');
    if (typeof t === 'string') {
      this.bad(j, line, t);
      return false;
    }
    this.setTime(k, t);
    return true;
  }

  private extraCell(j: number, cell: string, k: number): void {
    const at = this.extraAt.indexOf(j);
    this.extras[at].values[k] = cell === '' ? undefined : parseExtraCell(cell);
  }

  private wrongLength(count: number, line: number): void {
    const header = this.header!;
    this.issues.add({ path: [line], line, message: `expected ${header.length} fields (${header.join(',')}), found ${count}` });
  }

  private bad(j: number, line: number, message: string, unknownNode = false): void {
    const name = this.header![j];
    this.issues.add({ path: [line, name], line, field: name, message }, unknownNode);
  }
}

function grown<T extends Int32Array | Float64Array>(a: T, size: number, fill: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
