/**
 * The report's options and run options, validated and defaulted here and only here.
 */
import { z } from 'zod';
import type { RunOptions, Scorer, ViewOptions } from '../index.js';
import { viewSchema } from '../index.js';

/** Options of {@link renderReport} and {@link createReport}. */
export interface ReportOptions {
  /** The score to rank by. @defaultValue `influenceScore({ topic, view })`: reach, amplification, network and trust (and relevance with `topic`) on 0–100, parts the data cannot feed left out with a warning; amplification per impression (or reach) when most posts carry it, else per follower */
  scorer?: Scorer;
  /** A topic (or topics) for the default score's relevance part; not with `scorer`. @defaultValue none */
  topic?: string | readonly string[];
  /** Rows of the ranked table (and accounts in the trends). @defaultValue `20` */
  top?: number;
  /** Which edges every scorer sees (relations, window, decay, as-of). @defaultValue every edge */
  view?: ViewOptions;
  /** A brand (account id) whose advocates and detractors to show. @defaultValue none: the section is skipped */
  brand?: string;
  /** Node id → display name. @defaultValue the node's `label` or `name` attribute, else its id */
  labels?: ReadonlyMap<string, string>;
  /** Page title. @defaultValue `'Influence report'` */
  title?: string;
  /** Where the graph came from (a file name), for the summary. @defaultValue none */
  source?: string;
  /** The report's date. @defaultValue now */
  date?: Date;
  /** Time windows of the trends section. @defaultValue `6` */
  windows?: number;
  /** The bridge measure. @defaultValue `'weak-tie-reach'` (with bridging as the fallback when the communities give no weak tie) */
  bridges?: 'weak-tie-reach' | 'bridging';
}

/** The report's sections in the order they are computed (and reported to `onProgress`). */
export const REPORT_STEPS = ['score', 'top accounts', 'distribution', 'audience', 'bridges', 'trends', 'advocacy', 'page'] as const;

/** One step of {@link REPORT_STEPS}. */
export type ReportStep = (typeof REPORT_STEPS)[number];

/**
 * Run options of {@link createReport} (the separate last argument, as on every long call).
 *
 * @example
 * ```ts
 * createReport(graph, {}, { onProgress: (done, total, step) => console.error(`${done}/${total} ${step}`) });
 * ```
 */
export interface ReportRunOptions extends Pick<RunOptions, 'signal'> {
  /** Called once before each step with the steps done, their total and the step's name (`'bridges'`), and once at the end with `'done'`. @defaultValue none */
  onProgress?: (done: number, total: number, step: ReportStep | 'done') => void;
}

/** @internal Schema of {@link ReportOptions}. */
export const reportSchema = z
  .object({
    scorer: z.custom<Scorer>((s) => typeof s === 'object' && s !== null && typeof (s as Scorer).score === 'function', 'must be a Scorer').optional(),
    topic: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    top: z.number().int().positive().default(20),
    view: viewSchema.optional(),
    brand: z.string().min(1).optional(),
    labels: z.custom<ReadonlyMap<string, string>>((m) => m instanceof Map, 'must be a Map of node id → label').optional(),
    title: z.string().min(1).default('Influence report'),
    source: z.string().optional(),
    date: z.date().optional(),
    windows: z.number().int().min(2).max(52).default(6),
    bridges: z.enum(['weak-tie-reach', 'bridging']).default('weak-tie-reach'),
  })
  .strict()
  .refine((o) => o.scorer === undefined || o.topic === undefined, { path: ['topic'], message: 'topic sets the default score\'s relevance part: give it to your scorer instead (e.g. influenceScore({ topic }))' });

/** @internal {@link ReportOptions} with defaults filled in. */
export type ResolvedReportOptions = z.output<typeof reportSchema>;

/** @internal Schema of {@link ReportRunOptions}. */
export const reportRunSchema = z
  .object({
    signal: z.custom<AbortSignal>((s) => typeof s === 'object' && s !== null && 'aborted' in s, 'must be an AbortSignal').optional(),
    onProgress: z.custom<ReportRunOptions['onProgress']>((f) => typeof f === 'function', 'must be a function').optional(),
  })
  .strict();
