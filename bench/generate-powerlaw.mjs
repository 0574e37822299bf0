// A seeded directed power-law edge list for the scale benches, written as CSV (`source,target`).
//
//   node bench/generate-powerlaw.mjs                                  # 10M edges, 1M accounts, seed 1
//   node bench/generate-powerlaw.mjs --edges 2000000 --nodes 200000 --seed 7 --out bench/.cache/x.csv
//
// Model: a Chung–Lu style graph (Chung & Lu 2002) with Zipf-shaped expected degrees. Each edge draws
// its source index as ⌊n·u^(1/(1−s_out))⌋ and its target index as ⌊n·u^(1/(1−s_in))⌋ (u uniform), so
// index k has expected degree ∝ k^(−s) and the degree tail falls as d^(−1−1/s): s_in = 0.8 gives an
// in-degree exponent of 2.25 (followers: a few accounts with 10⁵ followers), s_out = 0.5 an out-degree
// exponent of 3 (following is less skewed). The graph is simple: self-loops and repeated pairs are
// drawn again, so the file has exactly `edges` distinct arcs and every tool reads the same graph
// whether or not it merges parallel edges. Edge order and ids are shuffled (ids are a random
// permutation of 0..n−1), so neither the file order nor the ids hint at the degrees. Accounts that
// draw no edge do not appear (about 0.1% at the defaults).
//
// Randomness: the library's PRNG (xoshiro128**, createRng in dist/index.js). Same seed, same file.
// Output goes to bench/.cache/ (git-ignored) unless --out says otherwise.
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng } from '../dist/index.js';

const { values: args } = parseArgs({
  options: {
    edges: { type: 'string', default: '10000000' },
    nodes: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    'in-skew': { type: 'string', default: '0.8' },
    'out-skew': { type: 'string', default: '0.5' },
    out: { type: 'string' },
  },
});
const m = Number(args.edges);
const n = Number(args.nodes);
const seed = Number(args.seed);
const sIn = Number(args['in-skew']);
const sOut = Number(args['out-skew']);
if (!(Number.isInteger(m) && m > 0 && Number.isInteger(n) && n > 1 && m <= n * (n - 1) / 4)) throw new Error('need integers edges > 0, nodes > 1, edges ≤ nodes·(nodes−1)/4');
const cacheDir = fileURLToPath(new URL('./.cache/', import.meta.url));
const out = args.out ?? `${cacheDir}powerlaw-${m}-${n}-s${seed}.csv`;

/** Writes the edge list; returns the path, the arc count and the number of distinct accounts. */
function generate() {
  const t0 = performance.now();
  const rng = createRng(seed);
  const inPower = 1 / (1 - sIn);
  const outPower = 1 / (1 - sOut);
  // An arc is the key source·n + target (below 2⁵³ for n < 9.4·10⁷): sorting the keys finds repeats.
  const draw = () => {
    let s, t;
    do {
      s = Math.floor(n * rng.next() ** outPower);
      t = Math.floor(n * rng.next() ** inPower);
    } while (s === t);
    return s * n + t;
  };
  const keys = new Float64Array(m);
  for (let e = 0; e < m; e++) keys[e] = draw();
  keys.sort();
  let filled = dedupe(keys, m);
  // Redraw the repeats: sort the new draws alone, drop those already present, merge from the back.
  while (filled < m) {
    const extra = new Float64Array(m - filled);
    for (let e = 0; e < extra.length; e++) extra[e] = draw();
    extra.sort();
    let kept = 0;
    for (let e = 0; e < extra.length; e++) {
      if ((e > 0 && extra[e] === extra[e - 1]) || has(keys, filled, extra[e])) continue;
      extra[kept++] = extra[e];
    }
    let a = filled - 1;
    let b = kept - 1;
    for (let w = filled + kept - 1; b >= 0; w--) keys[w] = a >= 0 && keys[a] > extra[b] ? keys[a--] : extra[b--];
    filled += kept;
    if (process.env.GEN_DEBUG) console.error(`round: ${filled} unique at ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  }
  // Shuffle the arcs (Fisher–Yates) and the ids (a random permutation of the indices).
  for (let e = m - 1; e > 0; e--) {
    const j = Math.floor(rng.next() * (e + 1));
    const k = keys[e];
    keys[e] = keys[j];
    keys[j] = k;
  }
  const id = new Int32Array(n);
  for (let i = 0; i < n; i++) id[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const k = id[i];
    id[i] = id[j];
    id[j] = k;
  }
  const seen = new Uint8Array(n);
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  const buffer = Buffer.allocUnsafe(1 << 22);
  let at = buffer.write('source,target\n', 0, 'latin1');
  const digits = new Uint8Array(12);
  const put = (value) => {
    let d = 0;
    do {
      digits[d++] = 48 + (value % 10);
      value = Math.floor(value / 10);
    } while (value > 0);
    while (d > 0) buffer[at++] = digits[--d];
  };
  for (let e = 0; e < m; e++) {
    if (at > buffer.length - 32) {
      writeSync(fd, buffer, 0, at);
      at = 0;
    }
    const s = Math.floor(keys[e] / n);
    const t = keys[e] - s * n;
    seen[s] = 1;
    seen[t] = 1;
    put(id[s]);
    buffer[at++] = 44; // ','
    put(id[t]);
    buffer[at++] = 10; // '\n'
  }
  writeSync(fd, buffer, 0, at);
  closeSync(fd);
  let accounts = 0;
  for (let i = 0; i < n; i++) accounts += seen[i];
  return { path: out, edges: m, accounts, seconds: (performance.now() - t0) / 1000 };
}

/** Drops repeats from the sorted prefix keys[0..length) in place; returns the new length. */
function dedupe(keys, length) {
  let unique = 0;
  for (let e = 0; e < length; e++) if (e === 0 || keys[e] !== keys[e - 1]) keys[unique++] = keys[e];
  return unique;
}

/** Whether the sorted prefix keys[0..length) holds `key` (binary search). */
function has(keys, length, key) {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < length && keys[lo] === key;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = generate();
  console.log(JSON.stringify({ ...result, nodes: n, seed, inSkew: sIn, outSkew: sOut }));
}
