/**
 * Monte Carlo spread estimation on a compiled propagation. Run r always draws from the stream
 * `deriveSeed(seed, r)`, so estimates of different seed sets share their random numbers (common
 * random numbers: their differences have less noise) and any run can be replayed alone.
 */
import { type ChunkKind, runChunks } from '../../core/chunks.js';
import { createRng, deriveSeed } from '../../core/rng.js';
import type { Resumable, RunControl } from '../../core/run.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { createScratch, runOnce, type Scratch } from './engine.js';
import type { Adjacency, Propagation } from './propagation.js';
import type { ResolvedModel } from './model.js';

/** Runs per chunk of parallel work: fixed, so the spreads never depend on the thread count. */
const RUNS_PER_CHUNK = 64;

/** @internal What a thread needs to run cascades: the forward rows and the model. */
export interface PropagationData {
  n: number;
  model: ResolvedModel;
  uniform: number | null;
  forward: Adjacency;
}

/** @internal The thread-portable part of a propagation. */
export function propagationData(prop: Propagation): PropagationData {
  return { n: prop.n, model: prop.model, uniform: prop.uniform, forward: prop.forward };
}

/** @internal A propagation rebuilt from {@link PropagationData} on a thread (no context: cascades never read it). */
export function propagationFrom(data: PropagationData): Propagation {
  return { ...data, reverse: data.forward, ctx: undefined } as unknown as Propagation;
}

/** @internal Per-run spreads with the attempts they made. */
export interface Spreads {
  values: Float64Array;
  attempts: number;
}

interface SpreadsData extends PropagationData {
  seeds: Int32Array;
  runs: number;
  seed: number;
  perChunk: number;
}

/** @internal Runs [c·perChunk, (c + 1)·perChunk) of a Monte Carlo estimate; run r draws from `deriveSeed(seed, r)`. */
export const spreadsKind: ChunkKind<SpreadsData, { data: SpreadsData; prop: Propagation; scratch: Scratch }, Spreads> = {
  name: 'spreads',
  setup: (data) => ({ data, prop: propagationFrom(data), scratch: createScratch(data.n) }),
  *run({ data, prop, scratch }, chunk, control) {
    const { seeds, runs, seed, perChunk } = data;
    const from = chunk * perChunk;
    const to = Math.min(runs, from + perChunk);
    const values = new Float64Array(to - from);
    const before = scratch.attempts;
    for (let r = from; r < to; r++) {
      if (control.tick(r, runs)) yield;
      values[r - from] = runOnce(prop, seeds, createRng(deriveSeed(seed, r)), scratch);
    }
    return { values, attempts: scratch.attempts - before };
  },
};

/**
 * @internal Per-run spreads of `seeds`, on the caller's thread or the run's pool, `perChunk` runs
 * per chunk (the values are per run, so the chunk size never changes them).
 */
export function* spreads(prop: Propagation, seeds: Int32Array, runs: number, seed: number, control: RunControl, perChunk = RUNS_PER_CHUNK): Resumable<Spreads & { threads: number }> {
  const values = new Float64Array(runs);
  let attempts = 0;
  const data: SpreadsData = { ...propagationData(prop), seeds, runs, seed, perChunk };
  const threads = yield* runChunks(
    control,
    spreadsKind,
    data,
    Math.ceil(runs / perChunk),
    (c, part) => {
      values.set(part.values, c * perChunk);
      attempts += part.attempts;
    },
    { done: 0, perChunk, total: runs },
  );
  return { values, attempts, threads };
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
