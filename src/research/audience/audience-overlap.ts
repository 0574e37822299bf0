/**
 * Audience overlap between accounts, the measure influencer-marketing platforms sell ("40% overlap is
 * 40% of the budget paid twice"): for each pair, the shared members, the overlap coefficient
 * |A ∩ B| / min(|A|, |B|) (Szymkiewicz–Simpson, the convention those platforms document), the Jaccard
 * index |A ∩ B| / |A ∪ B| (Jaccard 1901), and each side's unique share |A \ B| / |A|.
 *
 * Exact counts merge the two sorted audience rows: O(|A| + |B|) a pair. For many accounts with huge
 * audiences, bottom-k sketches (see `bottom-k.ts`) cost O(|A|) once per account and O(k) a pair; the
 * estimate's standard error is reported with it. `method: 'auto'` sketches only when the exact merges
 * would read more than {@link AUTO_SKETCH_READS} entries and more than 8 times what sketching reads
 * (one rank per node, one pass over the audiences): in bench/audience.bench.mjs, 20 audiences of 10⁵
 * (3.8·10⁷ reads) take 2.0 s exact and 0.08 s sketched, but 6 audiences of 10⁶ (3·10⁷ reads over
 * 4·10⁶ nodes) 1.6 s exact and 2.6 s sketched.
 */
import { z } from 'zod';
import type { ScoreInput } from '../../scorers/scorer.js';
import { parseOptions } from '../../core/options.js';
import { createRng } from '../../core/rng.js';
import { accountIndices, audienceContext, audienceFields, audienceOf, type AudienceOptions } from './audiences.js';
import { type BottomK, jaccardEstimate, memberRanks, sketchOf } from './bottom-k.js';
import { warning, type Warning } from '../../core/warnings.js';

/** Below this many audience entries read by the exact merges, `method: 'auto'` never sketches. */
export const AUTO_SKETCH_READS = 10_000_000;

/** `auto` sketches when the exact merges read this many times more than sketching does. */
const SKETCH_ADVANTAGE = 8;

const schema = z
  .object({
    ...audienceFields,
    method: z.enum(['auto', 'exact', 'sketch']).default('auto'),
    sketchSize: z.number().int().min(16).max(1 << 20).default(1024),
    seed: z.number().int().default(1),
  })
  .strict();

/** Options of {@link audienceOverlap}. */
export interface AudienceOverlapOptions extends AudienceOptions {
  /** Exact counts, bottom-k estimates, or `auto` (exact unless the merges would read over {@link AUTO_SKETCH_READS} entries and 8× what sketches read). @defaultValue `'auto'` */
  method?: 'auto' | 'exact' | 'sketch';
  /** Members kept per sketch (k): standard error of the Jaccard estimate ≤ √(J(1 − J)/k), ≤ 0.016 at 1024. @defaultValue `1024` */
  sketchSize?: number;
  /** Seed of the sketches' random ranks. @defaultValue `1` */
  seed?: number;
}

/** One pair of accounts and what their audiences share. */
export interface OverlapPair {
  readonly a: string;
  readonly b: string;
  /** Audience sizes. */
  readonly sizeA: number;
  readonly sizeB: number;
  /** Members in both audiences (an estimate, rounded, when sketched). */
  readonly shared: number;
  /** shared / min(sizeA, sizeB); 0 when either audience is empty. */
  readonly overlap: number;
  /** shared / |A ∪ B|; 0 when both are empty. */
  readonly jaccard: number;
  /** |A \ B| / |A|: the share of A's audience that B does not reach; 0 for an empty A. */
  readonly uniqueA: number;
  /** |B \ A| / |B|. */
  readonly uniqueB: number;
  /** Standard error of `jaccard`: √(J̃(1 − J̃)/k) with J̃ = (hits + 1)/(k + 2); 0 when counted exactly. */
  readonly jaccardError: number;
}

/** Result of {@link audienceOverlap}. */
export interface AudienceOverlap {
  /** Every unordered pair, in the order the accounts were given (a before b). */
  readonly pairs: readonly OverlapPair[];
  /** Audience size per account, in the order given. */
  readonly sizes: ReadonlyMap<string, number>;
  readonly method: 'exact' | 'sketch';
  readonly warnings: readonly Warning[];
  /** The pair of `a` and `b` (either order), or undefined. */
  pair(a: string, b: string): OverlapPair | undefined;
}

/**
 * How much the audiences of `accounts` overlap, pair by pair.
 *
 * @example
 * ```ts
 * const o = audienceOverlap(graph, ['ada', 'bob', 'cy']);
 * o.pair('ada', 'bob')?.overlap; // 0.4: 40% of the smaller audience follows both
 * ```
 */
export function audienceOverlap(graph: ScoreInput, accounts: readonly string[], options: AudienceOverlapOptions = {}): AudienceOverlap {
  const opts = parseOptions(schema, options, 'audienceOverlap');
  const { ctx, warnings } = audienceContext(graph, opts, 'audienceOverlap');
  const index = accountIndices(ctx, accounts, 'audienceOverlap');
  const rows = Array.from(index, (i) => audienceOf(ctx, i));
  const members = rows.reduce((s, r) => s + r.length, 0);
  const reads = members * Math.max(0, rows.length - 1);
  const sketchWins = reads > AUTO_SKETCH_READS && reads > SKETCH_ADVANTAGE * (ctx.n + members);
  const method = opts.method === 'auto' ? (sketchWins ? 'sketch' : 'exact') : opts.method;
  if (rows.every((r) => r.length === 0)) warnings.push(warning('NO_AUDIENCE', `audienceOverlap: none of the ${rows.length} accounts has an audience in this view (${opts.audience}); every overlap is 0`));
  const pairs: OverlapPair[] = [];
  const sketches = method === 'sketch' ? sketchAll(ctx, rows, opts.sketchSize, opts.seed) : null;
  for (let x = 0; x < rows.length; x++) {
    for (let y = x + 1; y < rows.length; y++) {
      const [a, b] = [rows[x].length, rows[y].length];
      let shared: number;
      let jaccardError = 0;
      if (sketches) {
        const { jaccard, sample } = jaccardEstimate(sketches[x], sketches[y], opts.sketchSize);
        const exact = sketches[x].complete && sketches[y].complete;
        shared = Math.round((jaccard * (a + b)) / (1 + jaccard));
        // The plug-in √(J(1 − J)/k) with J smoothed to (hits + 1)/(k + 2), so a sample with no hits still owns its uncertainty.
        const smoothed = (jaccard * sample + 1) / (sample + 2);
        jaccardError = exact ? 0 : Math.sqrt((smoothed * (1 - smoothed)) / sample);
      } else shared = intersectionSize(rows[x], rows[y]);
      pairs.push(pairOf(accounts[x], accounts[y], a, b, Math.min(shared, a, b), jaccardError));
    }
  }
  const byKey = new Map(pairs.map((p) => [pairKey(p.a, p.b), p]));
  return {
    pairs,
    sizes: new Map(accounts.map((key, i) => [key, rows[i].length])),
    method,
    warnings,
    pair: (a, b) => byKey.get(pairKey(a, b)) ?? byKey.get(pairKey(b, a)),
  };
}

function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

function pairOf(a: string, b: string, sizeA: number, sizeB: number, shared: number, jaccardError: number): OverlapPair {
  const union = sizeA + sizeB - shared;
  return {
    a,
    b,
    sizeA,
    sizeB,
    shared,
    overlap: Math.min(sizeA, sizeB) > 0 ? shared / Math.min(sizeA, sizeB) : 0,
    jaccard: union > 0 ? shared / union : 0,
    uniqueA: sizeA > 0 ? (sizeA - shared) / sizeA : 0,
    uniqueB: sizeB > 0 ? (sizeB - shared) / sizeB : 0,
    jaccardError,
  };
}

/** @internal |A ∩ B| of two ascending rows by a merge. */
export function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

function sketchAll(ctx: { n: number }, rows: Int32Array[], k: number, seed: number): BottomK[] {
  const rank = memberRanks(ctx.n, createRng(seed));
  return rows.map((row) => sketchOf(row, rank, k));
}
