/**
 * renderReport / createReport: scores a graph and turns the run into one self-contained HTML page (see
 * html.ts), one step per section (options.ts lists them): each step builds its data with the pure
 * builders of sections/ and its HTML with views.ts, reports progress, and checks the abort signal.
 */
import type { AbstractGraph } from 'graphology-types';
import { version } from '../../package.json';
import { parseOptions } from '../core/options.js';
import { abortError, finishAsync, finishSync, type Resumable } from '../core/run.js';
import { degree, engagementRate, getScoringContext, type Scorer, type ScoreVector, type ScoringContext } from '../index.js';
import { eventSpanOf, exposureOf, followersOf, hasEngagementData, labelsOf, timeSpanOf } from './graph-facts.js';
import { STANDING_RELATIONS } from './trend-input.js';
import { highlightsOf } from './highlights.js';
import { type PageSection, renderPage } from './html.js';
import { REPORT_STEPS, type ReportOptions, type ReportRunOptions, type ReportStep, reportRunSchema, reportSchema, type ResolvedReportOptions } from './options.js';
import { advocacyOf, attempt, bridgeVectorOf, defaultScorer, detailOf, explanationOf } from './scoring.js';
import { advocacyData } from './sections/advocacy.js';
import { audienceData } from './sections/audience.js';
import { bridgesData } from './sections/bridges.js';
import { overlapData } from './sections/overlap.js';
import { overlapView } from './overlap-view.js';
import { distributionData } from './sections/distribution.js';
import { type LabelOf, type Section, shown, skipped } from './sections/section.js';
import { summaryData } from './sections/summary.js';
import { topAccountsData } from './sections/top-accounts.js';
import { trendsData } from './sections/trends.js';
import { trendsOf } from './trends-step.js';
import { advocacyView, audienceView, bridgesView, distributionLead, distributionView, summaryView, topAccountsView, trendsView } from './views.js';
import { groupWarnings } from './warnings.js';
import type { Warning } from '../core/warnings.js';

export type { ReportOptions, ReportRunOptions, ReportStep } from './options.js';

/** What {@link createReport} returns: the page and what was computed for it. */
export interface ReportResult {
  /** The HTML page. */
  readonly html: string;
  /**
   * Every vector computed for the report, by attribute-safe name: `score` (the ranked score, with
   * its parts), and when computed `engagement_rate`, `weak_tie_reach` or `bridging`, `in_degree`, `advocacy`.
   */
  readonly vectors: ReadonlyMap<string, ScoreVector>;
  /** Every warning, deduplicated (a warning of several trend windows once, naming them). The page groups them for readers. */
  readonly warnings: readonly Warning[];
  /** Sections left out and why (also listed in the page). */
  readonly skipped: readonly { readonly section: string; readonly reason: string }[];
}

/** The state the steps share. */
interface Run {
  readonly graph: AbstractGraph;
  readonly opts: ResolvedReportOptions;
  readonly run: ReportRunOptions;
  readonly asynchronous: boolean;
  readonly label: LabelOf;
  readonly sections: PageSection[];
  readonly skipped: { section: string; reason: string }[];
  readonly warnings: Warning[];
  readonly vectors: Map<string, ScoreVector>;
}

function add(state: Run, id: string, title: string, lead: string, body: Section<string>): void {
  state.sections.push({ id, title, lead, body });
  if (!body.shown) state.skipped.push({ section: title, reason: body.reason });
}

const view = <T>(section: Section<T>, render: (data: T) => string): Section<string> => (section.shown ? shown(render(section.data)) : section);

/** Scores `scorer` on `ctx`: in an async run, as a Promise the async driver awaits (so a timer can abort it). */
function* scoreStep(state: Run, scorer: Scorer, ctx: ScoringContext): Resumable<ScoreVector> {
  const run = { ...(state.run.signal ? { signal: state.run.signal } : {}) };
  if (!state.asynchronous) return scorer.score(ctx, run);
  return (yield scorer.scoreAsync(ctx, run)) as ScoreVector;
}

function* reportSteps(state: Run): Resumable<ReportResult> {
  const { graph, opts, run } = state;
  // The scorers hear of the signal only: their progress is not the report's.
  const scoring = run.signal ? { signal: run.signal } : {};
  let done = 0;
  const step = function* (name: ReportStep): Resumable<void> {
    if (run.signal?.aborted) throw abortError('createReport', run.signal);
    run.onProgress?.(done++, REPORT_STEPS.length, name);
    if (state.asynchronous) yield;
  };

  yield* step('score');
  const ctx = getScoringContext(graph, opts.view);
  const topic = typeof opts.topic === 'string' || opts.topic === undefined ? opts.topic : [...opts.topic];
  const exposure = exposureOf(graph);
  const scorer = opts.scorer ?? defaultScorer({ topic, view: opts.view, exposure });
  const vector = yield* scoreStep(state, scorer, ctx);
  state.warnings.push(...vector.meta.warnings);
  state.vectors.set('score', vector);
  const scoreName = scorer.label;

  yield* step('top accounts');
  const detail = detailOf(vector);
  const top = topAccountsData(vector, { top: opts.top, label: state.label, explanation: explanationOf(vector, scoreName), scorer: scoreName, ...(detail ? { detail } : {}) });
  const topNodes = top.shown ? top.data.rows.map((r) => r.node) : [];
  add(state, 'top', 'Top accounts', `The ${opts.top} accounts with the highest ${scoreName}, what each part contributes, and why.`, view(top, topAccountsView));

  yield* step('distribution');
  const distribution = distributionData(vector, opts.top);
  add(state, 'distribution', 'How scores are spread', distribution.shown ? distributionLead(distribution.data) : 'How the scores spread over the accounts.', view(distribution, (d) => distributionView(d, scoreName)));

  yield* step('audience');
  const engagement = hasEngagementData(graph)
    ? attempt('no engagement rate', () => defaultEngagement(exposure.denominator).score(ctx, scoring))
    : 'the input has no posts and no likes, comments, shares, replies or mentions, which an engagement rate is made of';
  if (typeof engagement !== 'string') {
    state.warnings.push(...engagement.meta.warnings);
    state.vectors.set('engagement_rate', engagement);
  }
  const inDegree = degree({ direction: 'in', normalized: false }).score(ctx);
  state.vectors.set('in_degree', inDegree);
  const audience = audienceData(engagement, { followers: followersOf(graph), inDegree, topNodes, label: state.label });
  add(state, 'audience', 'Audience is not influence', `Big audiences do not guarantee a response (the "million-follower fallacy", Cha et al. 2010). Engagement here is per ${exposureWord(exposure.denominator)}.`, view(audience, audienceView));

  yield* step('bridges');
  const bridge = bridgeVectorOf(ctx, opts.bridges, scoring);
  if (typeof bridge.vector !== 'string') {
    state.warnings.push(...bridge.vector.meta.warnings);
    state.vectors.set(bridge.measure === 'Bridging' ? 'bridging' : 'weak_tie_reach', bridge.vector);
  }
  const totalDegree = degree({ direction: 'both', normalized: false }).score(ctx);
  const bridges = bridgesData(bridge.vector, totalDegree, { top: 10, label: state.label, measure: bridge.measure, ...(bridge.note ? { note: bridge.note } : {}) });
  add(state, 'bridges', 'Bridges', 'Accounts whose loose ties carry news to people their own circle does not reach (Granovetter 1973).', view(bridges, bridgesView));
  // Part of the bridges step (reach beyond one's circle): do the top accounts reach the same people?
  const overlap = overlapData(graph, topNodes, { label: state.label, max: 10 });
  add(state, 'overlap', 'Audience overlap', 'How much the top accounts reach the same followers: a slate with heavy overlap pays twice for the same people.', view(overlap, overlapView));

  yield* step('trends');
  const span = timeSpanOf(graph);
  const events = eventSpanOf(graph, STANDING_RELATIONS);
  const trendsResult = events === null ? { input: 'the edges carry no times', lead: null } : trendsOf(graph, { scorer, vector, span: events, opts, exposure, topic, signal: run.signal });
  if (typeof trendsResult.input !== 'string') state.warnings.push(...trendsResult.input.warnings);
  const trends = trendsData(trendsResult.input, topNodes, state.label);
  add(state, 'trends', 'Rising and fading', trendsResult.lead ?? `Where each top account stood by ${scoreName} in each period: today's influencer can be nobody tomorrow.`, view(trends, trendsView));

  yield* step('advocacy');
  let advocacyVector: ScoreVector | string = 'no brand given (pass brand, or --brand on the command line)';
  if (opts.brand) {
    advocacyVector = advocacyOf(ctx, opts.brand, scoring);
    if (typeof advocacyVector !== 'string') {
      state.vectors.set('advocacy', advocacyVector);
      state.warnings.push(...advocacyVector.meta.warnings);
    }
  }
  const advocacy = opts.brand ? advocacyData(advocacyVector, { brand: opts.brand, top: 10, label: state.label }) : skipped(advocacyVector as string);
  add(state, 'advocacy', 'Advocates and detractors', opts.brand ? `Who speaks for or against ${opts.brand}, weighted by how far their voice carries.` : 'Who speaks for or against a brand.', view(advocacy, advocacyView));

  yield* step('page');
  const summary = summaryData({
    title: opts.title,
    source: opts.source ?? null,
    nodes: graph.order,
    edges: graph.size,
    directed: ctx.directed,
    view: opts.view ?? null,
    scorer: { id: scorer.id, label: scorer.label, params: vector.meta.params },
    warnings: state.warnings,
    skipped: state.skipped,
    version,
    date: opts.date ?? new Date(),
    timeSpan: span,
  });
  state.sections.push({ id: 'summary', title: 'About this report', lead: 'What was scored, how, and what to keep in mind.', body: shown(summaryView(summary)) });
  const highlights = highlightsOf({ top, audience, bridges, trends, advocacy, warnings: groupWarnings(summary.warnings).length, scoreName });
  const subtitle = `${graph.order.toLocaleString('en-US')} accounts, ${graph.size.toLocaleString('en-US')} connections${opts.source ? ` from ${opts.source}` : ''} · scored by ${scoreName} · ${summary.date.slice(0, 10)}`;
  const html = renderPage({ title: opts.title, subtitle, highlights, sections: state.sections });
  run.onProgress?.(REPORT_STEPS.length, REPORT_STEPS.length, 'done');
  return { html, vectors: state.vectors, warnings: summary.warnings, skipped: state.skipped };
}

/** The engagement rate of the audience chart: the same exposure as the score's amplification part. */
function defaultEngagement(denominator: 'impressions' | 'reach' | 'followers'): Scorer {
  return denominator === 'followers' ? engagementRate() : engagementRate({ denominator });
}

const exposureWord = (denominator: 'impressions' | 'reach' | 'followers'): string =>
  denominator === 'impressions' ? 'impression (the posts carry impression counts)' : denominator === 'reach' ? 'account reached (the posts carry reach)' : 'follower (the posts carry no impressions or reach)';

/** The shared state of one report; option errors are labelled with `owner`, the function the caller called. */
function start(graph: AbstractGraph, options: ReportOptions, run: ReportRunOptions | undefined, asynchronous: boolean, owner: string): Run {
  const opts = parseOptions(reportSchema, options, owner);
  const runOptions = parseOptions(reportRunSchema, run ?? {}, `${owner} run options`) as ReportRunOptions;
  return { graph, opts, run: runOptions, asynchronous, label: labelsOf(graph, opts.labels), sections: [], skipped: [], warnings: [], vectors: new Map() };
}

/**
 * Scores `graph` and renders the report (see {@link createReport}); returns only the page.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { loadGraph } from 'influence-score/node';
 * import { renderReport } from 'influence-score/report';
 * const graph = await loadGraph('data/karate.csv'); // ships with the repository
 * writeFileSync('karate.html', renderReport(graph, { title: 'Karate club', top: 10 }));
 * ```
 */
export function renderReport(graph: AbstractGraph, options: ReportOptions = {}, run?: ReportRunOptions): string {
  return finishSync(reportSteps(start(graph, options, run, false, 'renderReport'))).html;
}

/**
 * Scores `graph` and renders the report: one HTML page with no script and no external resource (the
 * charts are static SVG), with the ranked table, the score's distribution, followers against
 * engagement, bridges, trends (when edges have times), advocates and detractors (with `brand`) and
 * the input summary. A section the data does not allow is replaced by the reason, and listed in the
 * summary with every warning.
 *
 * It also returns every vector it computed, for an export with `withScores`. `run.onProgress` hears
 * of each step (section) before it starts; `run.signal` aborts between steps and inside the scorers.
 *
 * @throws InfluenceScoreError `INVALID_OPTION` for bad options; `ABORTED`; the scorer's own errors.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { loadGraph, withScores, writeGexf } from 'influence-score/node';
 * import { createReport } from 'influence-score/report';
 * const graph = await loadGraph('data/karate.csv'); // ships with the repository
 * const report = createReport(graph, { top: 10 }, { onProgress: (done, total, step) => console.error(`${done}/${total} ${step}`) });
 * writeFileSync('karate.html', report.html);
 * writeFileSync('karate.gexf', writeGexf(withScores(graph, report.vectors)));
 * ```
 */
export function createReport(graph: AbstractGraph, options: ReportOptions = {}, run?: ReportRunOptions): ReportResult {
  return finishSync(reportSteps(start(graph, options, run, false, 'createReport')));
}

/**
 * {@link createReport} that gives the event loop a turn between steps and scores the main score
 * asynchronously, so a timer or a click can abort it (`run.signal`) and a server stays responsive.
 *
 * @example
 * ```ts
 * import { loadGraph } from 'influence-score/node';
 * import { createReportAsync } from 'influence-score/report';
 * const graph = await loadGraph('data/karate.csv'); // ships with the repository
 * const report = await createReportAsync(graph, { top: 5 }, { signal: AbortSignal.timeout(60_000) });
 * ```
 */
export async function createReportAsync(graph: AbstractGraph, options: ReportOptions = {}, run?: ReportRunOptions): Promise<ReportResult> {
  return reportAsync(graph, options, run, 'createReportAsync');
}

async function reportAsync(graph: AbstractGraph, options: ReportOptions, run: ReportRunOptions | undefined, owner: string): Promise<ReportResult> {
  const state = start(graph, options, run, true, owner);
  return finishAsync(reportSteps(state), state.run.signal, owner);
}

/** {@link renderReport} in the async form of {@link createReportAsync}. */
export async function renderReportAsync(graph: AbstractGraph, options: ReportOptions = {}, run?: ReportRunOptions): Promise<string> {
  return (await reportAsync(graph, options, run, 'renderReportAsync')).html;
}
