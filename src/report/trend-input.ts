/**
 * The trends section's input from `trend`: `count` half-overlapping windows over the edges' time span
 * (each window twice the step), with each account's rising/fading status and the windows' warnings.
 *
 * Follows are standing relations here (`view.standing`): a follow without a time holds in every
 * window, while an interaction without a time belongs to none. So the parts that read follows (reach,
 * relevance) are present in every window, and the windows score the same composite as the ranked
 * table whenever the data allows. {@link compositionGaps} says which windows could not.
 */
import type { AbstractGraph } from 'graphology-types';
import { type RunOptions, type Scorer, type ScoreVector, trend, type ViewOptions } from '../index.js';
import type { TrendInput } from './sections/trends.js';
import { trendWarnings } from './warnings.js';
import type { Warning } from '../core/warnings.js';

/** Relation types whose untimed edges count in every window. */
export const STANDING_RELATIONS: readonly string[] = ['follow'];

/** `view` with the follows made standing relations. */
export function trendView(view: ViewOptions | undefined): ViewOptions {
  return { ...(view ?? {}), standing: [...new Set([...(view?.standing ?? []), ...STANDING_RELATIONS])] };
}

/**
 * Runs `trend` over `span` in `count` windows and adapts its result to {@link TrendInput}; `warnings`
 * are the windows' own, each sentence once with the windows it arose in.
 */
export function trendInput(
  graph: AbstractGraph,
  scorer: Scorer,
  span: readonly [number, number],
  count: number,
  view: ViewOptions | undefined,
  run?: Pick<RunOptions, 'signal'>,
): TrendInput & { warnings: Warning[] } {
  const [from, to] = span;
  // A whole number of ms: trend steps back from `to` by subtraction, and a fractional step can round
  // the last window's start to just before `from` and lose a window.
  const step = Math.floor((to - from) / (count + 1));
  const result = trend(graph, scorer, { window: 2 * step, step, from, to, view: trendView(view) }, run);
  const status = new Map(result.momentum.keys.map((key, i) => [key, result.status[i]]));
  return { windows: result.windows, vectors: result.vectors, status: (node) => status.get(node), warnings: trendWarnings(result.momentum.meta.warnings) };
}

/** The parts a composite vector combined (with a positive weight), or null for a plain score. */
export function partsOf(vector: ScoreVector): readonly string[] | null {
  const composition = vector.meta.extra?.composition as { names?: readonly string[]; weights?: readonly number[] } | undefined;
  if (!composition?.names) return null;
  return composition.names.filter((_, i) => (composition.weights?.[i] ?? 1) > 0);
}

/** A part some windows lack: which windows (1-based) and why (the composite's own reason, when it gave one). */
export interface CompositionGap {
  readonly part: string;
  readonly windows: readonly number[];
  readonly reason: string | null;
}

/**
 * The parts of `main` that some window's vector lacks, with the windows and the reason the window's
 * composite gave (`meta.extra.dropped`); empty when every window combines the same parts as `main`
 * (or the score is not a composite).
 */
export function compositionGaps(main: ScoreVector, windows: readonly ScoreVector[]): CompositionGap[] {
  const parts = partsOf(main);
  if (parts === null) return [];
  const gaps: CompositionGap[] = [];
  for (const part of parts) {
    const missing: number[] = [];
    let reason: string | null = null;
    windows.forEach((vector, k) => {
      if (partsOf(vector)?.includes(part)) return;
      missing.push(k + 1);
      const dropped = (vector.meta.extra?.dropped as readonly { part: string; reason: string }[] | undefined)?.find((d) => d.part === part);
      reason ??= dropped?.reason ?? null;
    });
    if (missing.length > 0) gaps.push({ part, windows: missing, reason });
  }
  return gaps;
}
