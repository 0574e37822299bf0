/**
 * IMM: Influence Maximization via Martingales (Tang, Shi & Xiao 2015, SIGMOD), a (1 − 1/e − ε)
 * approximation with probability at least 1 − n^−ℓ. Phase 1 halves a guess x of OPT until the greedy
 * cover of θ_i = λ'/x RR sets certifies a lower bound LB; phase 2 tops the collection up to
 * θ = λ* / LB sets and returns their greedy maximum cover (Algorithms 1–3 of the paper).
 * Chen (2018) showed that reusing phase 1's sets in phase 2 breaks the martingale argument (θ then
 * depends on the sets it is applied to); by default phase 2 draws θ fresh, independent sets, the
 * first of his two workarounds, at the cost of the sets phase 1 drew. `reuse` keeps the published
 * algorithm. Chen, W. (2018). An issue in the martingale analysis of the influence maximization
 * algorithm IMM. CSoNet 2018, LNCS 11280, 286–297.
 * Every batch of RR sets (each round of phase 1, the final top-up) is cut into chunks that run on
 * the caller's thread or a pool's workers; set j draws from the stream of j, and chunks are merged in
 * index order, so the collection, the seeds and every figure are the same whatever the thread count.
 */
import { runChunks } from '../../core/chunks.js';
import { deriveSeed } from '../../core/rng.js';
import type { Resumable, RunControl } from '../../core/run.js';
import type { Propagation } from '../diffusion/propagation.js';
import { RR_SETS_PER_CHUNK, type RrBatch, RrCollection, rrSetsKind, type Selection } from './rr-sets.js';

/** Stream tag of the RR sets ("rrse"): keeps them apart from the Monte Carlo runs drawn from the same seed. */
const RR_STREAM = 0x72727365;

/** @internal */
export interface ImmResult {
  seeds: Int32Array;
  /** n · F_R(S): IMM's own estimate of the spread. */
  estimate: number;
  /** RR sets behind the final selection. */
  rrSets: number;
  /** RR sets drawn in both phases. */
  rrSetsDrawn: number;
  rrEntries: number;
  lowerBound: number;
  /** Peak bytes of the RR collection and its inverted index. */
  memoryBytes: number;
  /** Threads that drew the RR sets (1 on the caller's thread). */
  threads: number;
}

function logBinomial(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

/** @internal */
export function* imm(prop: Propagation, k: number, epsilon: number, ell: number, seed: number, reuse: boolean, control: RunControl): Resumable<ImmResult> {
  const n = prop.n;
  const linear = prop.model.type === 'lt';
  const rr = new RrCollection(n);
  const size = Math.min(k, n);
  if (n === 0 || size === 0) return { seeds: new Int32Array(0), estimate: 0, rrSets: 0, rrSetsDrawn: 0, rrEntries: 0, lowerBound: 0, memoryBytes: 0, threads: 1 };
  const sampling = { n, linear, uniform: prop.uniform, reverse: prop.reverse, streamSeed: deriveSeed(seed, RR_STREAM) };
  // Index of the next set ever drawn: phase 2's fresh sets continue after phase 1's, on streams of their own.
  let next = 0;
  let threads = 1;
  // ℓ ← ℓ(1 + ln 2 / ln n) so that both phases together fail with probability ≤ n^−ℓ (Section 3.3).
  const l = n > 1 ? ell * (1 + Math.LN2 / Math.log(n)) : ell;
  const logN = Math.log(Math.max(n, 2));
  const logC = logBinomial(n, size);
  let peak = 0;
  function* fillTo(theta: number): Resumable<void> {
    const target = Math.ceil(theta);
    if (rr.count >= target) return;
    const batch: RrBatch = { ...sampling, first: next, count: target - rr.count };
    next += batch.count;
    const used = yield* runChunks(control, rrSetsKind, batch, Math.ceil(batch.count / RR_SETS_PER_CHUNK), (_, chunk) => rr.append(chunk), {
      done: rr.count,
      perChunk: RR_SETS_PER_CHUNK,
      total: target,
    });
    threads = Math.max(threads, used);
  }
  function* select(): Resumable<Selection> {
    const s = yield* rr.select(size, control);
    peak = Math.max(peak, rr.bytes + s.indexBytes);
    return s;
  };

  const epsPrime = Math.SQRT2 * epsilon;
  const lambdaPrime = ((2 + (2 / 3) * epsPrime) * (logC + l * logN + Math.log(Math.max(Math.log2(n), 1))) * n) / (epsPrime * epsPrime);
  let lowerBound = 1;
  for (let i = 1; i < Math.log2(n); i++) {
    const x = n / 2 ** i;
    yield* fillTo(lambdaPrime / x);
    const { coverage } = yield* select();
    if (n * coverage >= (1 + epsPrime) * x) {
      lowerBound = (n * coverage) / (1 + epsPrime);
      break;
    }
  }
  const e1 = 1 - 1 / Math.E;
  const alpha = Math.sqrt(l * logN + Math.LN2);
  const beta = Math.sqrt(e1 * (logC + l * logN + Math.LN2));
  const lambdaStar = (2 * n * (e1 * alpha + beta) ** 2) / (epsilon * epsilon);
  if (!reuse) rr.clear();
  yield* fillTo(lambdaStar / lowerBound);
  const final = yield* select();
  return { seeds: final.seeds, estimate: n * final.coverage, rrSets: rr.count, rrSetsDrawn: next, rrEntries: rr.size, lowerBound, memoryBytes: peak, threads };
}
