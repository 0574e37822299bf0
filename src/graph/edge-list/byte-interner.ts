/**
 * Interning ids straight from bytes: an open-addressing hash table (FNV-1a over the UTF-8 bytes,
 * linear probing) maps each distinct byte string to a dense index, so a repeated id costs a hash and
 * a byte compare, never a JS string. The string is decoded once, on first sight. Byte strings that
 * are not valid UTF-8 decode with U+FFFD, as a text decoder reads them: those that decode alike are
 * one id (the table entry is an alias), so ids agree with a parser that decodes the text first.
 */

const EMPTY = -1;

/** @internal Dense ids for byte strings (see the file header). */
export class ByteInterner {
  /** The decoded id of each index. */
  readonly keys: string[] = [];
  private slots: Int32Array = new Int32Array(1 << 12).fill(EMPTY);
  /** Per table entry: hash, byte range start (end = next start) and the id it stands for. */
  private hashes: Int32Array = new Int32Array(1 << 10);
  private starts: Int32Array = new Int32Array(1 << 10);
  private entryIds: Int32Array = new Int32Array(1 << 10);
  private entries = 0;
  private replaced: Map<string, number> | null = null;
  private arena: Uint8Array = new Uint8Array(1 << 14);
  private used = 0;
  private readonly decoder = new TextDecoder('utf-8');

  /** @param limit - the most ids it may hold; `onLimit` is called (and must throw) past it. */
  constructor(
    private readonly limit: number,
    private readonly onLimit: (limit: number) => never,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** The index of the bytes `buf[start..end)`, added when new. */
  intern(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let p = start; p < end; p++) h = Math.imul(h ^ buf[p], 0x01000193);
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s];
      if (entry === EMPTY) return this.add(s, h, buf, start, end);
      if (this.hashes[entry] !== h) continue;
      const a = this.starts[entry];
      if (this.starts[entry + 1] - a !== len) continue;
      let same = true;
      for (let q = 0; q < len; q++) {
        if (this.arena[a + q] !== buf[start + q]) {
          same = false;
          break;
        }
      }
      if (same) return this.entryIds[entry];
    }
  }

  /** The index of a string (the slow path: the same table, through its UTF-8 bytes). */
  internString(id: string): number {
    const bytes = new TextEncoder().encode(id);
    return this.intern(bytes, 0, bytes.length);
  }

  private add(slot: number, h: number, buf: Uint8Array, start: number, end: number): number {
    const key = decode(this.decoder, buf, start, end);
    let id = this.keys.length;
    if (key.includes('\uFFFD')) {
      this.replaced ??= new Map();
      const known = this.replaced.get(key);
      if (known !== undefined) id = known;
      else this.replaced.set(key, id);
    }
    const fresh = id === this.keys.length;
    if (fresh && id >= this.limit) this.onLimit(this.limit);
    const len = end - start;
    if (this.used + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    this.arena.set(buf.subarray(start, end), this.used);
    const entry = this.entries++;
    if (entry + 2 > this.starts.length) {
      this.starts = grow(this.starts);
      this.hashes = grow(this.hashes);
      this.entryIds = grow(this.entryIds);
    }
    this.starts[entry] = this.used;
    this.used += len;
    this.starts[entry + 1] = this.used;
    this.hashes[entry] = h;
    this.entryIds[entry] = id;
    this.slots[slot] = entry;
    if (fresh) this.keys.push(key);
    // Keep the load factor under 1/2.
    if (this.entries * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.entries; entry++) {
      let s = this.hashes[entry] & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = entry;
    }
    this.slots = slots;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** @internal Decodes UTF-8 bytes; short ASCII runs skip the decoder (most ids). */
export function decode(decoder: TextDecoder, buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 24) {
    let s = '';
    for (let p = start; p < end; p++) {
      const c = buf[p];
      if (c >= 0x80) return decoder.decode(buf.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decoder.decode(buf.subarray(start, end));
}
