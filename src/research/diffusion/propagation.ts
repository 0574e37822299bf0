/**
 * The influence graph a diffusion runs on, compiled from a ScoringContext: `forward` row v lists the
 * nodes v can activate (v's followers: the `in` CSR row of v), `reverse` row u the nodes that can
 * activate u (the `out` CSR row of u, used by reverse-reachable sets). Each entry carries its
 * activation probability (IC) or weight (LT).
 */
import type { AbstractGraph } from 'graphology-types';
import { InfluenceScoreError, type ErrorIssue } from '../../core/errors.js';
import type { ScoreInput } from '../../scorers/scorer.js';
import { finishSync, type Resumable } from '../../core/run.js';
import { getScoringContext, scoringContextSteps } from '../../context/cache.js';
import { ScoringContext } from '../../context/context.js';
import type { Csr } from '../../context/csr.js';
import type { ColumnarGraph } from '../../context/columnar-graph.js';
import type { ViewOptions } from '../../context/view.js';
import type { ResolvedModel } from './model.js';

/** @internal */
export interface Propagation {
  readonly ctx: ScoringContext;
  readonly model: ResolvedModel;
  readonly n: number;
  readonly forward: Adjacency;
  readonly reverse: Adjacency;
  /** The one probability every edge has (IC uniform, SIR, SI), else null. */
  readonly uniform: number | null;
}

/** @internal Rows of the influence graph with per-entry probability (or LT weight). */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly prob: Float64Array;
  /**
   * prob × 2³²: a coin succeeds when a uniform 32-bit integer falls below it (one PRNG output per
   * coin instead of two; probabilities resolve to 2⁻³²).
   */
  readonly cut: Float64Array;
}

const TWO_32 = 4294967296;

/** @internal The context to simulate on: the input's own, unless a view (or an attribute) asks for another. */
export function contextOf(input: ScoreInput, view: ViewOptions | undefined, weight?: string): ScoringContext {
  if (input instanceof ScoringContext) {
    if (view === undefined && weight === undefined) return input;
    return getScoringContext(input.source, { ...view, ...(weight !== undefined ? { weight } : {}) });
  }
  return getScoringContext(input, { ...view, ...(weight !== undefined ? { weight } : {}) });
}

function rowLength(csr: Csr, u: number): number {
  return csr.offsets[u + 1] - csr.offsets[u];
}

/** Position of `target` in the sorted row `row` of `csr`, or −1. */
function find(csr: Csr, row: number, target: number): number {
  let lo = csr.offsets[row];
  let hi = csr.offsets[row + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = csr.targets[mid];
    if (t === target) return mid;
    if (t < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function attributeProbabilities(ctx: ScoringContext, attribute: string): { fwd: Float64Array; rev: Float64Array } {
  const issues: ErrorIssue[] = [];
  if (ctx.graph === null) {
    if (!(ctx.source as ColumnarGraph).hasWeights) issues.push({ path: ['edges', attribute], field: attribute, message: `the edge columns have no ${attribute} column` });
  } else {
    ctx.graph.forEachEdge((edge, attr, source, target) => {
      if (attr[attribute] === undefined && issues.length < 50) {
        issues.push({ path: ['edges', edge, attribute], field: attribute, message: `edge ${edge} (${source} → ${target}) has no ${attribute}` });
      }
    });
  }
  const { edges } = ctx;
  for (let e = 0; e < edges.length && issues.length < 50; e++) {
    if (edges.weight[e] > 1) {
      issues.push({ path: ['edges', e, attribute], record: e, field: attribute, message: `edge ${ctx.keys[edges.src[e]]} → ${ctx.keys[edges.dst[e]]} has probability ${edges.weight[e]} > 1` });
    }
  }
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', `Independent cascade needs a probability in [0, 1] on every edge ("${attribute}")`, issues);
  const fwdStay = new Float64Array(ctx.in.targets.length).fill(1);
  const revStay = new Float64Array(ctx.out.targets.length).fill(1);
  const arc = (a: number, b: number, p: number): void => {
    // Attention a → b: b can activate a.
    const f = find(ctx.in, b, a);
    if (f < 0) return; // self-loop
    fwdStay[f] *= 1 - p;
    revStay[find(ctx.out, a, b)] *= 1 - p;
  };
  const { undirected } = edges;
  for (let e = 0; e < edges.length; e++) {
    arc(edges.src[e], edges.dst[e], edges.weight[e]);
    if (undirected[e]) arc(edges.dst[e], edges.src[e], edges.weight[e]);
  }
  return { fwd: fwdStay.map((s) => 1 - s), rev: revStay.map((s) => 1 - s) };
}

/**
 * @internal {@link compilePropagation} for the async runs: a context that is not cached yet is first
 * built in slices (`pause` is asked between them, see scoringContextSteps), then the model is compiled
 * in slices too, so an abort lands in either.
 */
export function* compilePropagationSteps(input: ScoreInput, model: ResolvedModel, view: ViewOptions | undefined, pause: () => boolean): Resumable<Propagation> {
  const attribute = model.type === 'ic' && model.probability === 'attribute' ? model.attribute : undefined;
  if (!(input instanceof ScoringContext) || view !== undefined || attribute !== undefined) {
    yield* scoringContextSteps(input instanceof ScoringContext ? input.source : input, { ...view, ...(attribute !== undefined ? { weight: attribute } : {}) }, pause);
  }
  return yield* propagationSteps(contextOf(input, view, attribute), model, pause);
}

/** @internal Compiles `model` on `input` (a graph or a context) under `view`. */
export function compilePropagation(input: ScoreInput, model: ResolvedModel, view: ViewOptions | undefined): Propagation {
  const attribute = model.type === 'ic' && model.probability === 'attribute' ? model.attribute : undefined;
  return finishSync(propagationSteps(contextOf(input, view, attribute), model, () => false));
}

/** Entries between two questions to `pause`: a few hundred microseconds of the loops below. */
const ENTRIES_PER_PAUSE = 1 << 16;

/**
 * @internal The compilation itself, asking `pause` every {@link ENTRIES_PER_PAUSE} entries: on email-Enron's
 * 367k arcs it takes tens of ms with its allocations, longer than an async run's time slice.
 */
export function* propagationSteps(ctx: ScoringContext, model: ResolvedModel, pause: () => boolean): Resumable<Propagation> {
  const { n } = ctx;
  const fwdCsr = ctx.in;
  const revCsr = ctx.out;
  const fwd = new Float64Array(fwdCsr.targets.length);
  const rev = new Float64Array(revCsr.targets.length);
  let budget = ENTRIES_PER_PAUSE;
  // Counts `entries` against the budget; true when it is spent and `pause` asks for a break.
  const spend = (entries: number): boolean => {
    budget -= entries;
    if (budget > 0) return false;
    budget = ENTRIES_PER_PAUSE;
    return pause();
  };
  if (model.type === 'ic' && model.probability === 'attribute') {
    const probs = attributeProbabilities(ctx, model.attribute);
    fwd.set(probs.fwd);
    rev.set(probs.rev);
  } else if (model.type === 'sir' || model.type === 'si' || (model.type === 'ic' && model.probability === 'uniform')) {
    const p = model.type === 'ic' ? model.p : model.beta;
    fwd.fill(p);
    rev.fill(p);
  } else {
    // Weighted cascade and LT: the weight of v → u depends on u's in-neighbourhood (u's `out` row).
    const byWeight = model.type === 'lt' && model.weights === 'weighted';
    const total = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      if (!byWeight) total[u] = rowLength(revCsr, u);
      else for (let e = revCsr.offsets[u]; e < revCsr.offsets[u + 1]; e++) total[u] += revCsr.weights[e];
      if (spend(rowLength(revCsr, u) + 1)) yield;
    }
    for (let u = 0; u < n; u++) {
      for (let e = revCsr.offsets[u]; e < revCsr.offsets[u + 1]; e++) rev[e] = total[u] > 0 ? (byWeight ? revCsr.weights[e] : 1) / total[u] : 0;
      if (spend(rowLength(revCsr, u) + 1)) yield;
    }
    for (let v = 0; v < n; v++) {
      for (let e = fwdCsr.offsets[v]; e < fwdCsr.offsets[v + 1]; e++) {
        const u = fwdCsr.targets[e];
        fwd[e] = total[u] > 0 ? (byWeight ? fwdCsr.weights[e] : 1) / total[u] : 0;
      }
      if (spend(rowLength(fwdCsr, v) + 1)) yield;
    }
  }
  const uniform = model.type === 'sir' || model.type === 'si' ? model.beta : model.type === 'ic' && model.probability === 'uniform' ? model.p : null;
  const fwdCut = new Float64Array(fwd.length);
  for (let e = 0; e < fwd.length; e++) {
    fwdCut[e] = fwd[e] * TWO_32;
    if ((e & (ENTRIES_PER_PAUSE - 1)) === 0 && e > 0 && pause()) yield;
  }
  const revCut = new Float64Array(rev.length);
  for (let e = 0; e < rev.length; e++) {
    revCut[e] = rev[e] * TWO_32;
    if ((e & (ENTRIES_PER_PAUSE - 1)) === 0 && e > 0 && pause()) yield;
  }
  return {
    ctx,
    model,
    n,
    uniform,
    forward: { offsets: fwdCsr.offsets, targets: fwdCsr.targets, prob: fwd, cut: fwdCut },
    reverse: { offsets: revCsr.offsets, targets: revCsr.targets, prob: rev, cut: revCut },
  };
}
