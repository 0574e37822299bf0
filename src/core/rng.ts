import { argument, checkArguments } from './argument-schemas.js';
/**
 * The library's one seeded PRNG: xoshiro128** (Blackman & Vigna 2018), seeded through splitmix32.
 * 32-bit state keeps it fast on JS engines; two outputs make one 53-bit double.
 */

/** A seeded random source. Same seed, same sequence, on every platform. */
export interface Rng {
  /** Uniform double in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uint32. */
  nextUint32(): number;
}

function mix32(x: number): number {
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    return mix32(s);
  };
}

/**
 * Creates a seeded PRNG.
 *
 * @param seed - any finite number; non-integers are hashed by their bits.
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng.next(); // same value on every run
 * ```
 */
export function createRng(seed: number): Rng {
  if (typeof seed !== 'number') checkArguments('createRng', [seed], [['seed', argument.finite]]);
  return createStreamRng(seed);
}

/** @internal A {@link Rng} that restarts on another seed without allocating: one per thread, reseeded per sample. */
export interface StreamRng extends Rng {
  /** Restarts the sequence exactly as `createRng(seed)` would start it. */
  reseed(seed: number): void;
}

/** @internal A reseedable {@link Rng}; `createRng(seed)` is this generator started on `seed`. */
export function createStreamRng(seed: number): StreamRng {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const reseed = (s: number): void => {
    // splitmix32's first four outputs, inline so a reseed allocates nothing.
    let x = (Number.isInteger(s) ? s ^ Math.floor(s / 2 ** 32) : Math.floor(s * 2 ** 31)) >>> 0;
    a = mix32((x = (x + 0x9e3779b9) >>> 0));
    b = mix32((x = (x + 0x9e3779b9) >>> 0));
    c = mix32((x = (x + 0x9e3779b9) >>> 0));
    d = mix32((x + 0x9e3779b9) >>> 0);
    if ((a | b | c | d) === 0) a = 1;
  };
  reseed(seed);
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992;
  return {
    next,
    nextUint32,
    int: (n) => Math.floor(next() * n),
    reseed,
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Derives an independent stream seed, e.g. one per Monte Carlo run. */
export function deriveSeed(seed: number, stream: number): number {
  if (typeof seed !== 'number' || typeof stream !== 'number') checkArguments('deriveSeed', [seed, stream], [['seed', argument.finite], ['stream', argument.finite]]);
  return splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x9e3779b9))();
}

/**
 * @internal 0..n−1 in a seeded random order: Fisher–Yates (Durstenfeld 1964), from the last slot
 * down, drawing `rng.int(i + 1)` for slot i. Louvain's node order and the reach sketch's ranks use it.
 */
export function shuffledRange(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
