/**
 * Ranking: score a graph and list the best nodes with each part's normalized score, best first.
 * Ties keep graph order (the order graphology iterates the nodes, i.e. insertion order), so the same
 * graph always ranks the same way.
 */
import { z } from 'zod';
import { expectScorer } from '../core/arguments.js';
import { parseOptions } from '../core/options.js';
import { deprecation } from '../core/deprecation.js';
import { InfluenceScoreError } from '../core/errors.js';
import type { Warning } from '../core/warnings.js';
import type { RunOptions, ThreadPool } from '../core/run.js';
import type { ScoreInput, Scorer } from '../scorers/scorer.js';
import { orderIndices, partsAt, rankRow, type RankRow, type ScoreVector } from '../core/score-vector.js';

/** One row of {@link rank}: {@link RankRow} (re-exported here, where it was declared before). */
export type { RankRow } from '../core/score-vector.js';

/** Options of {@link rank} and {@link rankAsync}. */
export interface RankOptions {
  /** How many rows to return. @defaultValue every node */
  top?: number;
  /**
   * @deprecated Pass run options as the last argument: `rank(g, s, { top }, { signal })`. Still
   * accepted for one minor version, with a `DEPRECATED` warning (see {@link RankRunOptions.onWarning}).
   */
  signal?: AbortSignal;
  /** @deprecated Pass it in the run argument (see `signal`). */
  onProgress?: (done: number, total: number) => void;
  /** @deprecated Pass it in the run argument of {@link rankAsync} (see `signal`); the sync `rank` refuses a pool. */
  pool?: ThreadPool;
}

/** Run options of {@link rank} and {@link rankAsync}: {@link RunOptions} plus where warnings go (rows carry no `meta`). */
export interface RankRunOptions extends RunOptions {
  /**
   * Receives every warning of the scored vector (its `meta.warnings`, which rows cannot carry) and
   * every `DEPRECATED` warning of the call itself, in order. Without it, a deprecation of the call is
   * reported through Node's `process.emitWarning` (a `DeprecationWarning` with code
   * `INFLUENCE_SCORE_DEPRECATED`, printed once per message on stderr unless Node runs with `--no-deprecation`);
   * the vector's own warnings are then only in the vector (score it yourself to read them).
   * @defaultValue none
   */
  onWarning?: (warning: Warning) => void;
}

const optionsSchema = z
  .object({
    top: z.number().int().nonnegative().optional(),
    signal: z.custom<AbortSignal>().optional(),
    onProgress: z.custom<(done: number, total: number) => void>((f) => typeof f === 'function', 'must be a function').optional(),
    pool: z.custom<ThreadPool>((p) => typeof p === 'object' && p !== null && typeof (p as ThreadPool).runChunks === 'function', 'must be a pool from createThreadPool').optional(),
  })
  .strict();

const runSchema = z
  .object({
    signal: z.custom<AbortSignal>().optional(),
    onProgress: z.custom<(done: number, total: number) => void>((f) => typeof f === 'function', 'must be a function').optional(),
    pool: z.custom<ThreadPool>((p) => typeof p === 'object' && p !== null && typeof (p as ThreadPool).runChunks === 'function', 'must be a pool from createThreadPool').optional(),
    onWarning: z.custom<(warning: Warning) => void>((f) => typeof f === 'function', 'must be a function').optional(),
  })
  .strict();

const FOLDED = ['signal', 'onProgress', 'pool'] as const;

/** Parses both arguments; run options folded into `options` are moved to the run options, with a DEPRECATED warning each. */
function parseRankArguments(options: RankOptions, run: RankRunOptions | undefined, owner: 'rank' | 'rankAsync'): { top: number | undefined; run: RankRunOptions; deprecations: Warning[] } {
  const { top, ...folded } = parseOptions(optionsSchema, options, owner);
  const given = parseOptions(runSchema, run ?? {}, `${owner} (run options)`);
  const deprecations: Warning[] = [];
  const merged: RankRunOptions = { ...given };
  for (const key of FOLDED) {
    if (folded[key] === undefined) continue;
    if (given[key] !== undefined) {
      throw new InfluenceScoreError('INVALID_OPTION', `Invalid options for ${owner}: ${key} is given twice`, [
        { path: [key], field: key, message: `give ${key} in the run options (the last argument) only` },
      ]);
    }
    (merged as Record<string, unknown>)[key] = folded[key];
    deprecations.push(deprecation(owner, `${key} in the options`, `${owner}(input, scorer, options, { ${key} })`, 'run options are the last argument'));
  }
  if (owner === 'rank' && merged.pool !== undefined) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for rank: pool needs the async form, use rankAsync', [
      { path: ['pool'], field: 'pool', message: 'pool needs the async form, use rankAsync' },
    ]);
  }
  return { top, run: merged, deprecations };
}

/** Sends the call's deprecations to `onWarning`, or without it to Node's process.emitWarning (never silently). */
function reportDeprecations(deprecations: readonly Warning[], onWarning: ((warning: Warning) => void) | undefined): void {
  if (onWarning) {
    for (const w of deprecations) onWarning(w);
    return;
  }
  const emit = (globalThis as { process?: { emitWarning?: (message: string, options: { type: string; code: string }) => void } }).process?.emitWarning;
  for (const w of deprecations) emit?.(w.message, { type: 'DeprecationWarning', code: 'INFLUENCE_SCORE_DEPRECATED' });
}

/**
 * Scores `input` and returns the best `top` nodes: highest first, or lowest first for a scorer whose
 * `higherIsBetter` is false. Equal scores are ordered by graph order. Run options (`signal`,
 * `onProgress`, `onWarning`) are the last argument; a `pool` needs {@link rankAsync} (`INVALID_OPTION`).
 *
 * @example
 * ```ts
 * rank(graph, combine({ parts: { pr: [pagerank(), 1], deg: [degree(), 1] } }), { top: 3 });
 * // [{ rank: 1, key: 'hub', score: 0.98, parts: { pr: 0.99, deg: 0.97 } }, ...]
 * rank(graph, pagerank(), { top: 3 }, { onWarning: (w) => console.warn(w.code, w.message) });
 * ```
 */
export function rank(input: ScoreInput, scorer: Scorer, options: RankOptions = {}, run?: RankRunOptions): RankRow[] {
  expectScorer(scorer, 'rank: the scorer');
  const parsed = parseRankArguments(options, run, 'rank');
  const { signal, onProgress, onWarning } = parsed.run;
  reportDeprecations(parsed.deprecations, onWarning);
  const vector = scorer.score(input, { signal, onProgress });
  if (onWarning) for (const w of vector.meta.warnings) onWarning(w);
  return rowsOf(vector, parsed.top);
}

/**
 * {@link rank} through `scorer.scoreAsync`: gives the event loop a turn every ~10 ms, so `signal`
 * can be a timer, and uses `pool`'s threads for the parallel measures.
 *
 * @example
 * ```ts
 * const rows = await rankAsync(graph, betweenness(), { top: 10 }, { signal: AbortSignal.timeout(5_000) });
 * ```
 */
export async function rankAsync(input: ScoreInput, scorer: Scorer, options: RankOptions = {}, run?: RankRunOptions): Promise<RankRow[]> {
  expectScorer(scorer, 'rankAsync: the scorer');
  const parsed = parseRankArguments(options, run, 'rankAsync');
  const { signal, onProgress, pool, onWarning } = parsed.run;
  reportDeprecations(parsed.deprecations, onWarning);
  const vector = await scorer.scoreAsync(input, { signal, onProgress, pool });
  if (onWarning) for (const w of vector.meta.warnings) onWarning(w);
  return rowsOf(vector, parsed.top);
}

function rowsOf(vector: ScoreVector, top: number | undefined): RankRow[] {
  const order = orderIndices(vector.values, vector.meta.higherIsBetter);
  const count = Math.min(top ?? order.length, order.length);
  const rows: RankRow[] = [];
  for (let r = 0; r < count; r++) {
    const i = order[r];
    rows.push(rankRow(r + 1, vector.keys[i], vector.values[i], partsAt(vector.parts, i)));
  }
  return rows;
}
