/**
 * Ranking: score a graph and list the best nodes with each part's normalized score, best first.
 * Ties keep graph order (the order graphology iterates the nodes, i.e. insertion order), so the same
 * graph always ranks the same way.
 */
import { z } from 'zod';
import { expectScorer } from '../core/arguments.js';
import { parseOptions } from '../core/options.js';
import type { RunOptions, ThreadPool } from '../core/run.js';
import type { ScoreInput, Scorer } from '../scorers/scorer.js';
import { orderIndices, type ScoreVector } from '../core/score-vector.js';

/** One row of {@link rank}. */
export interface RankRow {
  /** 1-based position. Tied nodes get consecutive positions, in graph order. */
  readonly rank: number;
  /** Node key. */
  readonly node: string;
  /** The scorer's value for the node. */
  readonly score: number;
  /** For composites: each part's normalized value by part name; empty for plain scorers. */
  readonly parts: Readonly<Record<string, number>>;
}

/** Options of {@link rank}. */
export interface RankOptions extends RunOptions {
  /** How many rows to return. @defaultValue every node */
  top?: number;
}

const schema = z
  .object({
    top: z.number().int().nonnegative().optional(),
    signal: z.custom<AbortSignal>().optional(),
    onProgress: z.custom<(done: number, total: number) => void>((f) => typeof f === 'function', 'must be a function').optional(),
    pool: z.custom<ThreadPool>((p) => typeof p === 'object' && p !== null && typeof (p as ThreadPool).runChunks === 'function', 'must be a pool from createThreadPool').optional(),
  })
  .strict();

/**
 * Scores `input` and returns the best `top` nodes: highest first, or lowest first for a scorer whose
 * `higherIsBetter` is false. Equal scores are ordered by graph order.
 *
 * @example
 * ```ts
 * rank(graph, combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] } }), { top: 3 });
 * // [{ rank: 1, node: 'hub', score: 0.98, parts: { pr: 0.99, deg: 0.97 } }, ...]
 * ```
 */
export function rank(input: ScoreInput, scorer: Scorer, options: RankOptions = {}): RankRow[] {
  expectScorer(scorer, 'rank: the scorer');
  const { top, signal, onProgress } = parseOptions(schema, options, 'rank');
  return rowsOf(scorer.score(input, { signal, onProgress }), top);
}

/**
 * {@link rank} through `scorer.scoreAsync`: gives the event loop a turn every ~10 ms, so `signal`
 * can be a timer, and uses `pool`'s threads for the parallel measures.
 *
 * @example
 * ```ts
 * const rows = await rankAsync(graph, betweenness(), { top: 10, signal: AbortSignal.timeout(5_000) });
 * ```
 */
export async function rankAsync(input: ScoreInput, scorer: Scorer, options: RankOptions = {}): Promise<RankRow[]> {
  expectScorer(scorer, 'rankAsync: the scorer');
  const { top, signal, onProgress, pool } = parseOptions(schema, options, 'rank');
  return rowsOf(await scorer.scoreAsync(input, { signal, onProgress, pool }), top);
}

function rowsOf(vector: ScoreVector, top: number | undefined): RankRow[] {
  const order = orderIndices(vector.values, vector.meta.higherIsBetter);
  const parts = Object.entries(vector.parts ?? {});
  const count = Math.min(top ?? order.length, order.length);
  const rows: RankRow[] = [];
  for (let r = 0; r < count; r++) {
    const i = order[r];
    rows.push({
      rank: r + 1,
      node: vector.keys[i],
      score: vector.values[i],
      parts: Object.fromEntries(parts.map(([name, part]) => [name, part.values[i]])),
    });
  }
  return rows;
}
