/**
 * A growable Int32 buffer (capacity doubles when full) for results whose size is known only once a
 * chunk of work is done: the members of RR sets, the interior nodes of sampled paths.
 */

/** @internal Appends integers to a typed array that doubles when full; `values()` copies out the filled part. */
export class IntBuffer {
  data: Int32Array;
  size = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(v: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = v;
  }

  /** A copy of the filled part. */
  values(): Int32Array {
    return this.data.slice(0, this.size);
  }
}
