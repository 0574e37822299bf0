// A seeded directed power-law edge list with shuffled ids (header `source,target`), for the load
// and end-to-end benches (this one, and the 10M-edge comparison with pandas + igraph).
//
// Model: each edge picks its target with probability ∝ (rank + 1)^(-1 / (γ - 1)) (a Zipf law, so the
// in-degree tail follows P(k) ∝ k^-γ, γ = 2.1 by default, as in follower graphs) and its source with a
// milder Zipf law (out-degree exponent 2.5); the ranks are then mapped through a seeded permutation
// of 0..n-1, so ids are integers in no particular order, as in a real export. The library's own PRNG
// (xoshiro128**, from the built dist/) drives everything: same seed, same file.
//
//   node bench/generate-powerlaw.mjs --edges 2000000 --nodes 200000 --seed 1 [--out FILE]
// Default FILE: bench/.cache/powerlaw-<edges>-<nodes>-<seed>.csv (kept; regenerated only when missing).
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Cumulative Zipf weights (rank r ∝ (r+1)^-s) for inverse-CDF sampling. */
function zipfCdf(n, s) {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cdf[r] = total += (r + 1) ** -s;
  for (let r = 0; r < n; r++) cdf[r] /= total;
  return cdf;
}

function sample(cdf, u) {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Yields `[source, target]` integer ids, `edges` of them. */
export function* powerLawEdges({ nodes, edges, seed = 1, inExponent = 2.1, outExponent = 2.5 }) {
  const rng = createRng(seed);
  const perm = Int32Array.from({ length: nodes }, (_, i) => i);
  for (let i = nodes - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  const inCdf = zipfCdf(nodes, 1 / (inExponent - 1));
  const outCdf = zipfCdf(nodes, 1 / (outExponent - 1));
  for (let e = 0; e < edges; e++) {
    let s = sample(outCdf, rng.next());
    let t = sample(inCdf, rng.next());
    // Ranks of sources and targets are independent: decorrelate by offsetting source ranks.
    s = perm[(s * 7919 + 13) % nodes];
    t = perm[t];
    yield [s, t];
  }
}

/** Writes the CSV to `path` (through a temporary file, so a killed run leaves no half file). */
export async function writePowerLawCsv(path, options) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  let buf = 'source,target\n';
  for (const [s, t] of powerLawEdges(options)) {
    buf += `${s},${t}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
  renameSync(tmp, path);
  return path;
}

/** The cached file for these options, generated when missing. */
export async function powerLawCsv({ nodes, edges, seed = 1 }) {
  const path = join(here, '.cache', `powerlaw-${edges}-${nodes}-${seed}.csv`);
  if (!existsSync(path)) await writePowerLawCsv(path, { nodes, edges, seed });
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const edges = Number(arg('edges', 2_000_000));
  const nodes = Number(arg('nodes', Math.round(edges / 10)));
  const seed = Number(arg('seed', 1));
  const out = arg('out');
  const started = performance.now();
  const path = out ? await writePowerLawCsv(out, { nodes, edges, seed }) : await powerLawCsv({ nodes, edges, seed });
  console.error(`${path}: ${edges} edges, ${nodes} ids, seed ${seed} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
