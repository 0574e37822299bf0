/**
 * Lookalikes: the accounts most like a given one, by what they talk about and by who listens to them.
 *   content(a, b)  = cosine similarity of topic-count vectors (Salton & McGill 1983), counted over the
 *                    posts an account authored and the interactions it sent that carry topics
 *   audience(a, b) = Jaccard index of their audiences (followers by default; see audiences.ts)
 *   similarity     = content, audience, or (by: 'both') Stouffer's combination of the two as
 *                    evidence, (z_content + z_audience)/√2, each z the similarity standardized over
 *                    every candidate (Stouffer et al. 1949): the raw measures live on different
 *                    scales (a cosine over a few shared general topics often exceeds the Jaccard of
 *                    two audiences that truly overlap), so a plain mean lets the noisier one decide
 * One pass over the topic lists and one over the audiences: O(Σ topics + Σ audience sizes + n log k).
 */
import { z } from 'zod';
import type { ScoringContext } from '../../context/context.js';
import { InfluenceScoreError } from '../../core/errors.js';
import { parseOptions } from '../../core/options.js';
import type { ScoreInput } from '../../scorers/scorer.js';
import { accountIndices, audienceContext, audienceFields, audienceOf, type AudienceOptions } from './audiences.js';
import { warning, type Warning } from '../../core/warnings.js';

const schema = z
  .object({
    ...audienceFields,
    k: z.number().int().positive().default(10),
    by: z.enum(['content', 'audience', 'both']).default('both'),
  })
  .strict();

/** Options of {@link lookalikes}. */
export interface LookalikesOptions extends AudienceOptions {
  /** How many accounts to return. @defaultValue `10` */
  k?: number;
  /** Similar by topics, by audience, or by both (their standardized similarities combined). @defaultValue `'both'` */
  by?: 'content' | 'audience' | 'both';
}

/** One lookalike. */
export interface Lookalike {
  readonly rank: number;
  readonly key: string;
  /** What the ranking uses: `content`, `audience`, or with `by: 'both'` (z_content + z_audience)/√2. */
  readonly score: number;
  /** Cosine similarity of topic counts, in [0, 1]. */
  readonly content: number;
  /** Jaccard index of the audiences, in [0, 1]. */
  readonly audience: number;
}

/** Result of {@link lookalikes}. */
export interface Lookalikes {
  readonly account: string;
  readonly results: readonly Lookalike[];
  readonly warnings: readonly Warning[];
}

/**
 * The `k` accounts most like `account`.
 *
 * @example
 * ```ts
 * const like = lookalikes(graph, 'ada', { k: 5 });
 * like.results.map((r) => `${r.key}: topics ${r.content.toFixed(2)}, audience ${r.audience.toFixed(2)}`);
 * ```
 */
export function lookalikes(graph: ScoreInput, account: string, options: LookalikesOptions = {}): Lookalikes {
  const opts = parseOptions(schema, options, 'lookalikes');
  const { ctx, warnings } = audienceContext(graph, opts, 'lookalikes');
  if (typeof account !== 'string') throw new InfluenceScoreError('INVALID_INPUT', 'lookalikes: account must be a string id', [{ path: ['account'], field: 'account', message: `got ${typeof account}` }]);
  const target = accountIndices(ctx, [account], 'lookalikes', 'account')[0];
  const counts = opts.by === 'audience' ? null : topicCounts(ctx, warnings);
  const content = counts ? contentSimilarity(counts, target) : new Float64Array(ctx.n);
  const audience = opts.by === 'content' ? new Float64Array(ctx.n) : audienceSimilarity(ctx, target);
  if (opts.by !== 'audience' && content.every((c) => c === 0)) warnings.push(warning('NO_MATCH', `lookalikes: no account shares a topic with "${account}" (posts and interactions without topics count for nothing)`));
  if (opts.by !== 'content' && audience.every((a) => a === 0)) warnings.push(warning('NO_AUDIENCE', `lookalikes: no account shares an audience member with "${account}" (${opts.audience})`));
  // Candidates: accounts that could be anyone's lookalike (they post on topics or have an audience).
  const candidate = (i: number): boolean => i !== target && ((counts?.[i].size ?? 0) > 0 || audienceOf(ctx, i).length > 0);
  const combined = opts.by === 'both' ? stouffer(standardized(content, candidate), standardized(audience, candidate)) : null;
  const score = (i: number): number => (combined ? combined[i] : opts.by === 'content' ? content[i] : audience[i]);
  const order = [...Array(ctx.n).keys()].filter((i) => i !== target && content[i] + audience[i] > 0).sort((a, b) => score(b) - score(a) || (ctx.keys[a] < ctx.keys[b] ? -1 : 1));
  return {
    account,
    results: order.slice(0, opts.k).map((i, r) => ({ rank: r + 1, key: ctx.keys[i], score: score(i), content: content[i], audience: audience[i] })),
    warnings,
  };
}

/** Topic counts per account: posts it authored and interactions it sent, topics lower-cased and trimmed. */
function topicCounts(ctx: ScoringContext, warnings: Warning[]): Map<string, number>[] {
  const counts: Map<string, number>[] = Array.from({ length: ctx.n }, () => new Map());
  const add = (i: number | undefined, topics: unknown): void => {
    if (i === undefined || !Array.isArray(topics)) return;
    for (const t of topics) {
      if (typeof t !== 'string' || t.trim() === '') continue;
      const topic = t.trim().toLowerCase();
      counts[i].set(topic, (counts[i].get(topic) ?? 0) + 1);
    }
  };
  const posts = ctx.graphAttribute('posts');
  if (Array.isArray(posts)) for (const p of posts as { author?: unknown; topics?: unknown }[]) add(typeof p?.author === 'string' ? ctx.index.get(p.author) : undefined, p?.topics);
  if (ctx.graph !== null) {
    const index = ctx.graphIndex;
    ctx.graph.forEachEdge((_e, attrs, source) => add(index.get(source), (attrs as { topics?: unknown }).topics));
  } else warnings.push(warning('MISSING_DATA', 'lookalikes: a context built from columns carries no interaction topics; only posts were read'));
  return counts;
}

function contentSimilarity(counts: Map<string, number>[], target: number): Float64Array {
  const norm = (m: Map<string, number>): number => Math.sqrt([...m.values()].reduce((s, c) => s + c * c, 0));
  const mine = counts[target];
  const mineNorm = norm(mine);
  const out = new Float64Array(counts.length);
  if (mineNorm === 0) return out;
  for (let i = 0; i < counts.length; i++) {
    if (i === target || counts[i].size === 0) continue;
    let dot = 0;
    for (const [topic, c] of counts[i]) dot += c * (mine.get(topic) ?? 0);
    // Cosine of non-negative vectors lies in [0, 1]; min() guards the last ulp.
    if (dot > 0) out[i] = Math.min(1, dot / (mineNorm * norm(counts[i])));
  }
  return out;
}

function audienceSimilarity(ctx: ScoringContext, target: number): Float64Array {
  const mine = audienceOf(ctx, target);
  const inMine = new Uint8Array(ctx.n);
  for (const u of mine) inMine[u] = 1;
  const out = new Float64Array(ctx.n);
  for (let i = 0; i < ctx.n; i++) {
    if (i === target) continue;
    const row = audienceOf(ctx, i);
    let shared = 0;
    for (const u of row) shared += inMine[u];
    const union = mine.length + row.length - shared;
    if (shared > 0) out[i] = shared / union;
  }
  return out;
}

/** x standardized over the candidates (0 where the spread is 0). */
function standardized(x: Float64Array, candidate: (i: number) => boolean): Float64Array {
  let n = 0;
  let mean = 0;
  for (let i = 0; i < x.length; i++) if (candidate(i)) [n, mean] = [n + 1, mean + x[i]];
  mean /= Math.max(n, 1);
  let variance = 0;
  for (let i = 0; i < x.length; i++) if (candidate(i)) variance += (x[i] - mean) ** 2 / n;
  const sd = Math.sqrt(variance);
  return x.map((v) => (sd > 0 ? (v - mean) / sd : 0));
}

function stouffer(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((z, i) => (z + b[i]) / Math.SQRT2);
}
