/**
 * Responsiveness: how many of the mentions and replies an account receives it answers, and how fast.
 *   An ask is an edge u → v of an `asks` type at time t. v answers it when v → u has an edge of an
 *   `answers` type at a time t' with t ≤ t' ≤ t + within; the delay is the earliest such t' − t.
 *   rate(v)    = answered / counted asks, where an unanswered ask counts only once its deadline has
 *                passed by asOf (t + within ≤ asOf), so recent asks are not held against v
 *   latency(v) = 2^(−median delay / halfLatency)         1 for instant answers, ½ at halfLatency
 *   score(v)   = rate · (1 − speedWeight + speedWeight · latency),   0 without counted asks
 * Speed counts only through answers: an account that answers nothing scores 0 however fast.
 * There is no standard formula for "responds quickly"; this is the library's documented reading of
 * it (answer rate, and a half-life on the median delay), not a published index.
 */
import { z } from 'zod';
import { parseOptionsWithRenames } from '../../core/deprecation.js';
import { type Duration, positiveDurationSchema } from '../../core/duration.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { hasType, quantileOfSorted, requireEdgeTimes, resolveAsOf, scopedView, typeCodes } from './internal/shared.js';

const types = z.array(z.string().min(1)).min(1);

const schema = z
  .object({
    asks: types.default(['mention', 'reply']),
    answers: types.default(['reply', 'mention']),
    within: positiveDurationSchema.prefault('7d'),
    halfLatency: positiveDurationSchema.prefault('1d'),
    speedWeight: z.number().min(0).max(1).default(0.5),
    asOf: z.number().refine(Number.isFinite, 'must be finite').optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link responsiveness}. */
export interface ResponsivenessOptions {
  /** Relation types that ask for an answer (u → v asks v). @defaultValue `['mention', 'reply']` */
  asks?: string[];
  /** Relation types that answer (v → u answers u). @defaultValue `['reply', 'mention']` */
  answers?: string[];
  /**
   * The response deadline: how long after an ask an answer still counts, a {@link Duration} (ms or
   * `'48h'`, `'2d'`…).
   * @defaultValue `'7d'`
   */
  within?: Duration;
  /**
   * @deprecated Use `within` (same meaning; it is a deadline after each ask, not a time window).
   * Accepted for one minor version, with a `DEPRECATED` warning in `meta.warnings`.
   */
  window?: number;
  /** Median delay at which the latency score is ½, a {@link Duration} (ms or `'1h'`, `'1d'`…). @defaultValue `'1d'` */
  halfLatency?: Duration;
  /** Weight of speed against the answer rate, in [0, 1]. @defaultValue `0.5` */
  speedWeight?: number;
  /** "Now", for closing the answer windows (ms). @defaultValue the view's asOf, else the latest edge time */
  asOf?: number;
  /** Time window and other view settings; its relations are replaced by `asks` ∪ `answers`. @defaultValue every edge */
  view?: ViewOptions;
}

/**
 * Responsiveness: answer rate to mentions and replies, times a latency factor, in [0, 1]. Needs
 * interaction times; edges of the ask/answer types without one raise `MISSING_DATA`.
 *
 * @example
 * ```ts
 * const r = responsiveness({ within: '2d', halfLatency: '1h' }).score(graph);
 * r.get('brand');                   // 0.8
 * r.meta.extra?.medianDelay;        // Float64Array of median delays (ms), NaN when nothing answered
 * ```
 */
export function responsiveness(options: ResponsivenessOptions = {}): Scorer {
  const { options: parsed, deprecations } = parseOptionsWithRenames<typeof schema, ResponsivenessOptions, 'window'>(schema, options, 'responsiveness', {
    window: { to: 'within', note: 'a deadline after each ask, not a time window' },
  });
  const { view, ...params } = parsed;
  const scoped = scopedView(view, [...new Set([...params.asks, ...params.answers])], null);
  return createScorer({
    id: 'responsiveness',
    label: 'Responsiveness',
    description: 'rate · (1 − s + s·2^(−median delay / halfLatency)): share of mentions/replies to v answered within the deadline, and how fast.',
    range: [0, 1],
    higherIsBetter: true,
    params,
    view: scoped,
    deprecations,
    flatRemedy: `responsiveness separates accounts only by the asks they answer in time: check that the graph has dated ask edges (${params.asks.join(', ')}, u → v) and answers back (${params.answers.join(', ')}, v → u), set asks/answers to the types your data uses, or widen within`,
    compute(ctx, control) {
      const { n, edges } = ctx;
      const askCodes = typeCodes(ctx, params.asks)!;
      const answerCodes = typeCodes(ctx, params.answers)!;
      requireEdgeTimes(ctx, 'responsiveness', () => true, `give every ${[...new Set([...params.asks, ...params.answers])].join('/')} interaction a time`);
      const asOf = resolveAsOf(ctx, params.asOf, 'responsiveness');

      // Answer times grouped by ordered pair (from, to), each group sorted by time.
      const { time } = edges;
      const answerIdx: number[] = [];
      for (let e = 0; e < edges.length; e++) if (hasType(ctx, e, answerCodes) && edges.src[e] !== edges.dst[e]) answerIdx.push(e);
      answerIdx.sort((x, y) => edges.src[x] - edges.src[y] || edges.dst[x] - edges.dst[y] || time[x] - time[y]);
      const times = Float64Array.from(answerIdx, (e) => time[e]);
      const groups = new Map<number, [number, number]>();
      for (let j = 0; j < answerIdx.length; ) {
        const e = answerIdx[j];
        let k = j + 1;
        while (k < answerIdx.length && edges.src[answerIdx[k]] === edges.src[e] && edges.dst[answerIdx[k]] === edges.dst[e]) k++;
        groups.set(edges.src[e] * n + edges.dst[e], [j, k]);
        j = k;
      }

      const asks = new Float64Array(n);
      const answered = new Float64Array(n);
      const delays: number[][] = Array.from({ length: n }, () => []);
      for (let e = 0; e < edges.length; e++) {
        if ((e & 4095) === 0) control.tick(e, edges.length);
        const u = edges.src[e];
        const v = edges.dst[e];
        if (u === v || !hasType(ctx, e, askCodes)) continue;
        const t = time[e];
        const group = groups.get(v * n + u);
        let delay = Number.NaN;
        if (group) {
          let lo = group[0];
          let hi = group[1];
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (times[mid] < t) lo = mid + 1;
            else hi = mid;
          }
          if (lo < group[1] && times[lo] - t <= params.within) delay = times[lo] - t;
        }
        if (!Number.isNaN(delay)) {
          asks[v]++;
          answered[v]++;
          delays[v].push(delay);
        } else if (t + params.within <= asOf) asks[v]++;
      }

      const values = new Float64Array(n);
      const medianDelay = new Float64Array(n).fill(Number.NaN);
      for (let v = 0; v < n; v++) {
        if (asks[v] === 0) continue;
        const rate = answered[v] / asks[v];
        let latency = 0;
        if (delays[v].length > 0) {
          medianDelay[v] = quantileOfSorted(delays[v].sort((a, b) => a - b), 0.5);
          latency = 2 ** (-medianDelay[v] / params.halfLatency);
        }
        values[v] = rate * (1 - params.speedWeight + params.speedWeight * latency);
      }
      control.finish(edges.length);
      return { values, params: { asOf }, extra: { asks, answered, medianDelay } };
    },
  });
}
