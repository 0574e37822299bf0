// Audience overlap: exact merges against bottom-k sketches, side by side, on generated audiences.
// k accounts, each followed by `size` members drawn from a universe of 4·size (so pairs overlap ~25%).
// Usage: npm run build && node bench/audience.bench.mjs [size] [accounts]
import { contextFromColumns, audienceOverlap, uniqueReach, pickSlate } from '../dist/index.js';

const size = Number(process.argv[2] ?? 100_000);
const accounts = Number(process.argv[3] ?? 20);
const universe = 4 * size;
let seed = 1;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const m = size * accounts;
const source = new Int32Array(m);
const target = new Int32Array(m);
for (let a = 0; a < accounts; a++) {
  const picked = new Set();
  while (picked.size < size) picked.add(Math.floor(rand() * universe));
  let e = a * size;
  for (const u of picked) [source[e], target[e++]] = [accounts + u, a];
}
const ctx = contextFromColumns({ source, target }, { directed: true, n: universe + accounts });
const ids = Array.from({ length: accounts }, (_, a) => String(a));
ctx.in; // build the in-rows outside the timings

function best(label, f, runs = 3) {
  let min = Infinity;
  let out;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    out = f();
    min = Math.min(min, performance.now() - t);
  }
  console.log(`${label.padEnd(34)} ${min.toFixed(1).padStart(9)} ms`);
  return [min, out];
}

console.log(`${new Date().toISOString()}  load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${accounts} accounts × ${size} members (universe ${universe}), ${(accounts * (accounts - 1)) / 2} pairs`);
const [exactMs, exact] = best('overlap, exact', () => audienceOverlap(ctx, ids, { method: 'exact' }));
const [sketchMs, sketched] = best('overlap, sketch k=1024', () => audienceOverlap(ctx, ids, { method: 'sketch', sketchSize: 1024 }));
let worst = 0;
let bound = 0;
sketched.pairs.forEach((p, i) => {
  worst = Math.max(worst, Math.abs(p.jaccard - exact.pairs[i].jaccard));
  bound = Math.max(bound, p.jaccardError);
});
console.log(`sketch/exact time ${(sketchMs / exactMs).toFixed(2)}x; worst |ΔJaccard| ${worst.toFixed(4)}, largest stated standard error ${bound.toFixed(4)}`);
best('uniqueReach, exact', () => uniqueReach(ctx, ids));
best(`pickSlate k=${Math.min(5, accounts)}`, () => pickSlate(ctx, ids, { k: Math.min(5, accounts) }));
