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

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
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
  const init = splitmix32(Number.isInteger(seed) ? seed ^ Math.floor(seed / 2 ** 32) : Math.floor(seed * 2 ** 31));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1;
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
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Derives an independent stream seed, e.g. one per Monte Carlo run. */
export function deriveSeed(seed: number, stream: number): number {
  return splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x9e3779b9))();
}
