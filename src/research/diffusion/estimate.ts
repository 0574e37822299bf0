/**
 * Monte Carlo spread estimation on a compiled propagation. Run r always draws from the stream
 * `deriveSeed(seed, r)`, so estimates of different seed sets share their random numbers (common
 * random numbers: their differences have less noise) and any run can be replayed alone.
 */
import { createRng, deriveSeed } from '../../core/rng.js';
import type { RunControl } from '../../core/run.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { createScratch, runOnce, type Scratch } from './engine.js';
import type { Propagation } from './propagation.js';

/** @internal Per-run spreads of `seeds`. */
export function spreads(
  prop: Propagation,
  seeds: Int32Array,
  runs: number,
  seed: number,
  scratch: Scratch = createScratch(prop.n),
  control?: RunControl,
): Float64Array {
  const out = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    control?.tick(r, runs);
    out[r] = runOnce(prop, seeds, createRng(deriveSeed(seed, r)), scratch);
  }
  return out;
}

/** @internal Mean spread of `seeds`. */
export function meanSpread(prop: Propagation, seeds: Int32Array, runs: number, seed: number, scratch: Scratch): number {
  let total = 0;
  for (let r = 0; r < runs; r++) total += runOnce(prop, seeds, createRng(deriveSeed(seed, r)), scratch);
  return total / runs;
}

/** @internal Node keys → distinct indices, throwing `UNKNOWN_NODE` naming each unknown key. */
export function seedIndices(prop: Propagation, seeds: readonly string[], field = 'seeds'): Int32Array {
  const out: number[] = [];
  const seen = new Set<number>();
  const unknown: { path: (string | number)[]; record: number; field: string; message: string }[] = [];
  seeds.forEach((key, i) => {
    const idx = prop.ctx.index.get(String(key));
    if (idx === undefined) unknown.push({ path: [field, i], record: i, field, message: `node "${String(key)}" is not in the graph` });
    else if (!seen.has(idx)) {
      seen.add(idx);
      out.push(idx);
    }
  });
  if (unknown.length > 0) throw new InfluenceScoreError('UNKNOWN_NODE', `Unknown ${field}`, unknown);
  return Int32Array.from(out);
}
