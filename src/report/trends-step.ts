/**
 * The trends step: the score in every window, composed alike in every window. Follows are standing
 * relations (see trend-input.ts), so the parts that read them are in every window. When a window
 * still lacks a part (no interaction in the period, no post on the topic), the default score is
 * trended on the parts every window has, and the section says which part was left out and why; a
 * caller's own score is kept, with the same statement. A score that cannot be computed per window
 * at all falls back to PageRank, also stated.
 */
import type { AbstractGraph } from 'graphology-types';
import { pagerank, type Scorer, type ScoreVector } from '../index.js';
import { warning, type Warning } from '../core/warnings.js';
import type { Exposure } from './graph-facts.js';
import type { ResolvedReportOptions } from './options.js';
import { attempt, defaultScorer, trustSignalsLeftOut } from './scoring.js';
import type { TrendInput } from './sections/trends.js';
import { type CompositionGap, compositionGaps, partsOf, trendInput } from './trend-input.js';

/** What the trends step needs from the report's run. */
export interface TrendsContext {
  scorer: Scorer;
  /** The ranked score (its parts are what every window should combine). */
  vector: ScoreVector;
  span: readonly [number, number];
  opts: ResolvedReportOptions;
  exposure: Exposure;
  topic: string | string[] | undefined;
  signal: AbortSignal | undefined;
}

/** The trend input (or why there is none) and the section's lead when it is not the usual one. */
export interface TrendsOutcome {
  input: (TrendInput & { warnings: Warning[] }) | string;
  lead: string | null;
}

const list = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** `windows 1–4` from 1-based window numbers. */
function windowsText(windows: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < windows.length; ) {
    let j = i;
    while (j + 1 < windows.length && windows[j + 1] === windows[j] + 1) j++;
    runs.push(j === i ? `${windows[i]}` : `${windows[i]}–${windows[j]}`);
    i = j + 1;
  }
  return `window${windows.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}

const gapText = (gaps: readonly CompositionGap[]): string => gaps.map((g) => `${g.part} has no data in ${windowsText(g.windows)}${g.reason ? ` (${g.reason})` : ''}`).join('; ');

/** Whether every window combines exactly `parts`. */
const combinesExactly = (vectors: readonly ScoreVector[], parts: readonly string[]): boolean =>
  vectors.every((v) => {
    const own = partsOf(v);
    return own !== null && own.length === parts.length && parts.every((p) => own.includes(p));
  });

/** The trends of the report's score, composed alike in every window, or the reason there are none. */
export function trendsOf(graph: AbstractGraph, c: TrendsContext): TrendsOutcome {
  const run = c.signal ? { signal: c.signal } : {};
  const windows = c.opts.windows;
  const trustWithout = c.opts.scorer === undefined ? trustSignalsLeftOut(c.vector) : [];
  // The default score as ranked, minus the trust signals the whole data lacks (same composite, no re-probing per window).
  const scorer = trustWithout.length ? defaultScorer({ topic: c.topic, view: c.opts.view, exposure: c.exposure, trustWithout }) : c.scorer;
  const first = attempt('no trend', () => trendInput(graph, scorer, c.span, windows, c.opts.view, run));
  if (typeof first === 'string') return pagerankTrends(graph, c, `${c.scorer.label} cannot be computed per window (${first})`);
  const gaps = compositionGaps(c.vector, first.vectors);
  if (gaps.length === 0) return { input: first, lead: null };
  const missing = gaps.map((g) => g.part);
  const remaining = (partsOf(c.vector) ?? []).filter((p) => !missing.includes(p));
  if (c.opts.scorer !== undefined) {
    const note = `Not every period has the data for every part of ${c.scorer.label}: ${gapText(gaps)}. Those periods rank on the other parts, so compare them with care.`;
    return { input: { ...first, note, warnings: [...first.warnings, warning('PART_DROPPED', `report: ${note}`)] }, lead: null };
  }
  if (remaining.length === 0) return pagerankTrends(graph, c, `no part of ${c.scorer.label} has data in every window (${gapText(gaps)})`);
  const restricted = defaultScorer({ topic: c.topic, view: c.opts.view, exposure: c.exposure, without: missing, trustWithout });
  const second = attempt('no trend', () => trendInput(graph, restricted, c.span, windows, c.opts.view, run));
  if (typeof second === 'string') return pagerankTrends(graph, c, second);
  const note = `Every period is scored on the same parts, ${list(remaining)}: ${gapText(gaps)}, so ${list(missing)} ${missing.length === 1 ? 'is' : 'are'} left out of the trends (the ranked table keeps ${missing.length === 1 ? 'it' : 'them'}).`;
  const still = combinesExactly(second.vectors, remaining) ? '' : ' Some periods still lack one of these parts; they rank on the rest.';
  return {
    input: { ...second, note: note + still, warnings: [...second.warnings, warning('PART_DROPPED', `report: trends leave out ${list(missing)}: ${gapText(gaps)}`)] },
    lead: `Where each top account stood in each period, by ${c.scorer.label} without ${list(missing)}: today's influencer can be nobody tomorrow.`,
  };
}

/** Trends by PageRank (attention received), when the report's score cannot be trended. */
function pagerankTrends(graph: AbstractGraph, c: TrendsContext, why: string): TrendsOutcome {
  const run = c.signal ? { signal: c.signal } : {};
  const input = attempt('no trend', () => trendInput(graph, pagerank(), c.span, c.opts.windows, c.opts.view, run));
  if (typeof input === 'string') return { input, lead: null };
  const note = `Trends use PageRank (attention received), because ${why}.`;
  return {
    input: { ...input, note, warnings: [...input.warnings, warning('FALLBACK', `report: trends use PageRank, because ${why}`)] },
    lead: "Where each top account stood by PageRank (attention received) in each period: today's influencer can be nobody tomorrow.",
  };
}
