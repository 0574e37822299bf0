/**
 * CELF: lazy-forward greedy influence maximization (Leskovec et al. 2007, "Cost-effective outbreak
 * detection in networks", KDD). Greedy hill climbing on the Monte Carlo spread (Kempe et al. 2003),
 * re-estimating a node's marginal gain only when it reaches the top of the queue with a stale gain:
 * by submodularity a stale gain is an upper bound. Every estimate uses the same random runs
 * (common random numbers), so differences between candidates are not drowned in noise.
 * On a pool, the first round splits by candidates and every lazy re-estimate by runs; run r always
 * draws from the stream of r and the mean sums the runs in order, so the picks and every estimate
 * are the same whatever the thread count.
 */
import { type ChunkKind, runChunks } from '../../core/chunks.js';
import type { Resumable, RunControl } from '../../core/run.js';
import { createScratch, type Scratch } from '../diffusion/engine.js';
import { meanSpread, type PropagationData, propagationData, propagationFrom, spreads } from '../diffusion/estimate.js';
import type { Propagation } from '../diffusion/propagation.js';

/** Nodes per chunk of the first round's estimates: fixed, so the gains never depend on the thread count. */
const NODES_PER_CHUNK = 32;
/** A re-estimate's runs are cut into this many chunks (at least 8 runs each), so both threads of a small machine get an even share. */
const RE_ESTIMATE_CHUNKS = 8;

interface GainsData extends PropagationData {
  runs: number;
  seed: number;
}

/** @internal The first round of CELF: each node's spread alone, for nodes [32c, 32c + 32). */
export const celfGainsKind: ChunkKind<GainsData, { data: GainsData; prop: Propagation; scratch: Scratch }, Float64Array> = {
  name: 'celf-gains',
  setup: (data) => ({ data, prop: propagationFrom(data), scratch: createScratch(data.n) }),
  *run({ data, prop, scratch }, chunk, control) {
    const from = chunk * NODES_PER_CHUNK;
    const to = Math.min(data.n, from + NODES_PER_CHUNK);
    const gains = new Float64Array(to - from);
    const one = new Int32Array(1);
    for (let v = from; v < to; v++) {
      if (control.tick(v, data.n)) yield;
      one[0] = v;
      gains[v - from] = meanSpread(prop, one, data.runs, data.seed, scratch);
    }
    return gains;
  },
};

/** @internal */
export interface CelfResult {
  seeds: Int32Array;
  /** Monte Carlo spread of each prefix of `seeds`. */
  prefixSpreads: Float64Array;
  /** Spread estimates computed (each `runs` simulations). */
  evaluations: number;
}

/** Binary max-heap of node ids keyed by gain (ties: lower id first). */
class GainHeap {
  private readonly ids: Int32Array;
  private size = 0;
  constructor(
    n: number,
    private readonly gain: Float64Array,
  ) {
    this.ids = new Int32Array(n);
  }
  private above(a: number, b: number): boolean {
    const ga = this.gain[a];
    const gb = this.gain[b];
    return ga > gb || (ga === gb && a < b);
  }
  push(v: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(v, this.ids[parent])) break;
      this.ids[i] = this.ids[parent];
      i = parent;
    }
    this.ids[i] = v;
  }
  pop(): number {
    const top = this.ids[0];
    const last = this.ids[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.above(this.ids[child + 1], this.ids[child])) child++;
      if (!this.above(this.ids[child], last)) break;
      this.ids[i] = this.ids[child];
      i = child;
    }
    this.ids[i] = last;
    return top;
  }
  get length(): number {
    return this.size;
  }
}

/** @internal Lazy greedy selection of `k` seeds. */
export function* celf(prop: Propagation, k: number, runs: number, seed: number, control: RunControl): Resumable<CelfResult & { threads: number }> {
  const { n } = prop;
  const gain = new Float64Array(n);
  const round = new Int32Array(n);
  const heap = new GainHeap(n, gain);
  const total = n + k;
  // The first round (every node alone) is most of CELF's work, and splits over a pool.
  let threads = yield* runChunks(control, celfGainsKind, { ...propagationData(prop), runs, seed }, Math.ceil(n / NODES_PER_CHUNK), (c, part) => {
    gain.set(part, c * NODES_PER_CHUNK);
  });
  for (let v = 0; v < n; v++) heap.push(v);
  let evaluations = n;
  const size = Math.min(k, n);
  const seeds = new Int32Array(size);
  const prefixSpreads = new Float64Array(size);
  let current = 0;
  let chosen = 0;
  // Inside a re-estimate, progress stays in CELF's units (first round, then picks); aborts and pauses still apply.
  const quiet: RunControl = { ...control, tick: () => control.tick(n + chosen, total), report: () => control.report(n + chosen, total), finish: () => {} };
  while (chosen < size && heap.length > 0) {
    const v = heap.pop();
    if (round[v] === chosen) {
      seeds[chosen] = v;
      current += gain[v];
      prefixSpreads[chosen] = current;
      chosen++;
      if (control.tick(n + chosen, total)) yield;
      continue;
    }
    seeds[chosen] = v;
    if (control.tick(n + chosen, total)) yield;
    const estimate = yield* spreads(prop, seeds.slice(0, chosen + 1), runs, seed, quiet, Math.max(8, Math.ceil(runs / RE_ESTIMATE_CHUNKS)));
    threads = Math.max(threads, estimate.threads);
    let sum = 0;
    for (let r = 0; r < runs; r++) sum += estimate.values[r];
    const with_ = sum / runs;
    evaluations++;
    gain[v] = with_ - current;
    round[v] = chosen;
    heap.push(v);
  }
  return { seeds, prefixSpreads, evaluations, threads };
}
