/**
 * explainScore: why an account's graph score is what it is, as an exact sum over where it comes from.
 *
 * Random-walk scores (PageRank, personalized PageRank, TrustRank) satisfy at their fixed point x
 *   x_v = Σ_{u → v} α·x_u·w_uv / W_u  +  α·D·d_v + (1 − α)·p_v
 * (W_u the out-weight of u, D the rank held by dangling accounts, d where their rank goes, p the
 * teleport distribution): each in-neighbour's term is the rank it passes to v, and the last two terms
 * are the teleport share (Brin & Page 1998; Langville & Meyer 2006, ch. 4). The terms are computed from
 * the vector itself, so they sum to one exact power step of it; `residual` is what the solver left
 * (score − that sum), below the solver's tolerance.
 * Degree-like scores are sums over edges: each counted neighbour's weight (or 1), times 1/(n − 1) when
 * normalized. Composites (combine, influenceScore, trust) are explained part by part by `explain`.
 */
import { z } from 'zod';
import type { ScoringContext } from '../context/context.js';
import type { Csr } from '../context/csr.js';
import type { ViewOptions } from '../context/view.js';
import { expectScorer } from '../core/arguments.js';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import type { ScoreVector } from '../core/score-vector.js';
import { distribution, type NodeWeights } from '../scorers/shared/node-weights.js';
import type { Scorer, ScoreInput } from '../scorers/scorer.js';
import { contextFor } from '../scorers/create-scorer.js';
import { explain, type Explanation } from './explain.js';
import type { Warning } from '../core/warnings.js';

const schema = z.object({ top: z.number().int().positive().default(10) }).strict();

/** Options of {@link explainScore}. */
export interface ExplainScoreOptions {
  /** How many sources to list by name; the rest are summed into `others`. @defaultValue `10` */
  top?: number;
}

/** One source of an account's score. */
export interface ScoreSource {
  readonly key: string;
  /** What this source adds to the score. */
  readonly value: number;
  /** value / score. */
  readonly share: number;
}

/** Result of {@link explainScore}. */
export interface ScoreExplanation {
  readonly node: string;
  readonly scorer: { readonly id: string; readonly label: string };
  /** How the score decomposes: a random walk's in-flows, a degree's edges, or a composite's parts. */
  readonly kind: 'walk' | 'edges' | 'composite';
  /** The account's score, as the scorer gives it. */
  readonly score: number;
  /** The largest sources, largest first (ties by key). */
  readonly sources: readonly ScoreSource[];
  /** Sum and count of the sources not listed. */
  readonly others: { readonly value: number; readonly count: number };
  /** Random walks: the rank that arrives by teleport (and from dangling accounts); 0 otherwise. */
  readonly teleport: number;
  /** score − (Σ sources + others + teleport): what the solver's tolerance leaves; 0 for exact sums. */
  readonly residual: number;
  /** The scored vector's warnings (non-convergence, an empty view, …). */
  readonly warnings: readonly Warning[];
  /** Composites: `explain`'s part-by-part explanation. */
  readonly composite?: Explanation;
}

const WALKS = new Set(['pagerank', 'trust-rank']);
const EDGE_SUMS = new Set(['degree']);

/**
 * Decomposes `node`'s score under `scorer` into its sources.
 *
 * @example
 * ```ts
 * const why = explainScore(graph, pagerank(), 'ada', { top: 3 });
 * why.sources;   // [{ key: 'bob', value: 0.0041, share: 0.18 }, ...]
 * formatExplanation(why); // "42% of ada's PageRank comes from 3 accounts: bob (18%), ..."
 * ```
 */
export function explainScore(graph: ScoreInput, scorer: Scorer, node: string, options: ExplainScoreOptions = {}): ScoreExplanation {
  expectScorer(scorer, 'explainScore: the scorer');
  const { top } = parseOptions(schema, options, 'explainScore');
  if (typeof node !== 'string') throw new InfluenceScoreError('INVALID_INPUT', 'explainScore: node must be a string id', [{ path: ['node'], field: 'node', message: `got ${typeof node}` }]);
  const vector = scorer.score(graph);
  const score = vector.get(node);
  if (score === undefined) throw new InfluenceScoreError('UNKNOWN_NODE', `Unknown node "${node}"`, [{ path: ['node'], field: 'node', message: `"${node}" is not in the graph` }]);
  const head = { node, scorer: { id: scorer.id, label: scorer.label }, score, warnings: vector.meta.warnings };
  if (vector.meta.extra?.composition && vector.parts) {
    const composite = explain(vector, node);
    const parts = composite.parts.map((p) => ({ key: p.name, value: p.contribution }));
    return { ...head, kind: 'composite', ...listed(parts, score, top), teleport: 0, residual: 0, composite };
  }
  // The context the scorer read (its own view wins, as in createScorer); `view` is not on the Scorer contract.
  const ctx = contextFor(graph, (scorer as { view?: ViewOptions }).view);
  const v = ctx.indexOf(node);
  if (WALKS.has(scorer.id)) return { ...head, kind: 'walk', ...walkSources(ctx, scorer, vector, v, score, top) };
  if (EDGE_SUMS.has(scorer.id)) return { ...head, kind: 'edges', ...edgeSources(ctx, scorer.params, v, score, top) };
  throw new InfluenceScoreError('UNSUPPORTED', `explainScore explains PageRank, personalized PageRank, TrustRank, degree and composites; not ${scorer.id}`, [
    { path: ['scorer'], field: 'scorer', message: `no decomposition for ${scorer.id}: use explain() on a combine() of it, or rank() to compare` },
  ]);
}

type Sourced = Pick<ScoreExplanation, 'sources' | 'others' | 'teleport' | 'residual'>;

function walkSources(ctx: ScoringContext, scorer: Scorer, vector: ScoreVector, v: number, score: number, top: number): Sourced {
  const p = scorer.params as { alpha: number; weighted: boolean; personalization?: NodeWeights; dangling?: NodeWeights; seeds?: unknown };
  const x = vector.values;
  const teleportTo = walkTeleport(ctx, scorer, vector);
  const danglingTo = p.dangling ? distribution(ctx, p.dangling, 'dangling') : teleportTo;
  const outWeight = outWeights(ctx.n, ctx.out, p.weighted);
  let danglingRank = 0;
  for (let u = 0; u < ctx.n; u++) if (outWeight[u] === 0) danglingRank += x[u];
  const row = inRow(ctx.in, v);
  const flows = row.sources.map((u, e) => ({ key: ctx.keys[u], value: (p.alpha * x[u] * (p.weighted ? row.weights[e] : 1)) / outWeight[u] }));
  const teleport = p.alpha * danglingRank * danglingTo[v] + (1 - p.alpha) * teleportTo[v];
  const sum = flows.reduce((s, f) => s + f.value, 0) + teleport;
  return { ...listed(flows, score, top), teleport, residual: score - sum };
}

function walkTeleport(ctx: ScoringContext, scorer: Scorer, vector: ScoreVector): Float64Array {
  if (scorer.id === 'pagerank') {
    const personalization = (scorer.params as { personalization?: NodeWeights }).personalization;
    return distribution(ctx, personalization, 'personalization');
  }
  const given = scorer.params.seeds;
  const seeds: NodeWeights =
    Array.isArray(given) || given === 'inverse-pagerank'
      ? new Map(((Array.isArray(given) ? given : vector.meta.extra?.seeds) as string[]).map((k) => [k, 1]))
      : (given as Record<string, number>);
  return distribution(ctx, seeds, 'seeds');
}

function edgeSources(ctx: ScoringContext, params: Readonly<Record<string, unknown>>, v: number, score: number, top: number): Sourced {
  const direction = (params.direction ?? params.mode ?? 'in') as string;
  const weighted = params.weighted === true;
  const scale = params.normalized === false || ctx.n <= 1 ? 1 : 1 / (ctx.n - 1);
  const counted: { key: string; value: number }[] = [];
  const add = (csr: Csr): void => {
    const row = inRow(csr, v);
    row.sources.forEach((u, e) => counted.push({ key: ctx.keys[u], value: (weighted ? row.weights[e] : 1) * scale }));
  };
  if (!ctx.directed || direction !== 'out') add(ctx.in);
  if (ctx.directed && direction !== 'in') add(ctx.out);
  const merged = new Map<string, number>();
  for (const c of counted) merged.set(c.key, (merged.get(c.key) ?? 0) + c.value);
  const sources = [...merged].map(([key, value]) => ({ key, value }));
  const sum = sources.reduce((s, c) => s + c.value, 0);
  return { ...listed(sources, score, top), teleport: 0, residual: ctx.n === 1 ? 0 : score - sum };
}

function inRow(csr: Csr, v: number): { sources: number[]; weights: Float64Array } {
  return { sources: Array.from(csr.targets.subarray(csr.offsets[v], csr.offsets[v + 1])), weights: csr.weights.subarray(csr.offsets[v], csr.offsets[v + 1]) };
}

function outWeights(n: number, out: Csr, weighted: boolean): Float64Array {
  const w = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    if (!weighted) w[u] = out.offsets[u + 1] - out.offsets[u];
    else for (let e = out.offsets[u]; e < out.offsets[u + 1]; e++) w[u] += out.weights[e];
  }
  return w;
}

function listed(all: { key: string; value: number }[], score: number, top: number): Pick<ScoreExplanation, 'sources' | 'others'> {
  const sorted = [...all].sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const share = (value: number): number => (score !== 0 ? value / score : 0);
  const rest = sorted.slice(top);
  return {
    sources: sorted.slice(0, top).map(({ key, value }) => ({ key, value, share: share(value) })),
    others: { value: rest.reduce((s, r) => s + r.value, 0), count: rest.length },
  };
}
