/**
 * A binary max-heap of (key, id) pairs in typed arrays; equal keys pop the smaller id first, so
 * ties resolve in node order as NetworkX's `max` over nodes does.
 */

/** @internal See the file header. */
export class MaxHeap {
  private keys: Float64Array;
  private ids: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  /** Key of the top entry (undefined behaviour when empty). */
  topKey(): number {
    return this.keys[0];
  }

  /** Id of the top entry (undefined behaviour when empty). */
  topId(): number {
    return this.ids[0];
  }

  private before(i: number, j: number): boolean {
    const ki = this.keys[i];
    const kj = this.keys[j];
    return ki > kj || (ki === kj && this.ids[i] < this.ids[j]);
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i];
    this.keys[i] = this.keys[j];
    this.keys[j] = k;
    const d = this.ids[i];
    this.ids[i] = this.ids[j];
    this.ids[j] = d;
  }

  push(key: number, id: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.keys = keys;
      this.ids = ids;
    }
    let i = this.size++;
    this.keys[i] = key;
    this.ids[i] = id;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the top entry. */
  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    this.keys[0] = this.keys[last];
    this.ids[0] = this.ids[last];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const c = r < last && this.before(r, l) ? r : l;
      if (!this.before(c, i)) break;
      this.swap(c, i);
      i = c;
    }
  }
}
