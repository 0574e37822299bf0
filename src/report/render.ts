/**
 * renderReport: scores a graph and turns the run into one self-contained HTML page (see html.ts),
 * building each section's data with the pure builders of sections/ and each chart with charts.ts.
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { version } from '../../package.json';
import { parseOptions } from '../core/options.js';
import {
  advocacy,
  bridging,
  degree,
  engagementRate,
  explain,
  formatExplanation,
  getScoringContext,
  InfluenceScoreError,
  influenceScore,
  pagerank,
  trend,
  type Scorer,
  type ScoreVector,
  type ScoringContext,
  viewSchema,
  type ViewOptions,
  weakTieReach,
} from '../index.js';
import { type PageSection, renderPage } from './html.js';
import { type AdvocacyData, advocacyData } from './sections/advocacy.js';
import { type AudienceData, audienceData } from './sections/audience.js';
import { type BridgesData, bridgesData } from './sections/bridges.js';
import { distributionData } from './sections/distribution.js';
import { type LabelOf, type Section, shown, skipped } from './sections/section.js';
import { summaryData } from './sections/summary.js';
import { type TopAccountsData, topAccountsData } from './sections/top-accounts.js';
import { type TrendInput, type TrendsData, trendsData } from './sections/trends.js';
import { trendInput as trendInputOf } from './trend-input.js';
import { explanationSentence, standing } from './sentence.js';
import { advocacyView, audienceView, bridgesView, distributionView, formatNumber, rhoWords, summaryView, topAccountsView, trendsView } from './views.js';
import { warning, type Warning } from '../core/warnings.js';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The score to rank by. @defaultValue `influenceScore({ topic, view })`: reach, amplification, network and trust (and relevance with `topic`) on 0–100, parts the data cannot feed left out with a warning */
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
  /** The bridge measure. @defaultValue `'weak-tie-reach'` */
  bridges?: 'weak-tie-reach' | 'bridging';
}

const schema = z
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

const firstLine = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Runs `compute`, turning a data error into the reason a section is skipped. */
function attempt<T>(what: string, compute: () => T): T | string {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InfluenceScoreError && error.code !== 'INTERNAL') return `${what}: ${firstLine(error)}`;
    throw error;
  }
}

function labelsOf(graph: AbstractGraph, given: ReadonlyMap<string, string> | undefined): LabelOf {
  return (node) => {
    const fromMap = given?.get(node);
    if (fromMap !== undefined) return fromMap;
    if (!graph.hasNode(node)) return node;
    const attributes = graph.getNodeAttributes(node);
    const name = attributes.label ?? attributes.name;
    return typeof name === 'string' && name !== '' ? name : node;
  };
}

/** Whether the graph holds what an engagement rate reads: posts, or typed interaction edges. */
function hasEngagementData(graph: AbstractGraph): boolean {
  const posts = graph.getAttribute('posts');
  if (Array.isArray(posts) && posts.length > 0) return true;
  return graph.someEdge((_, attributes) => typeof attributes.type === 'string' && attributes.type !== 'follow');
}

function followersOf(graph: AbstractGraph): Map<string, number> | null {
  const followers = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.followers === 'number' && Number.isFinite(attributes.followers)) followers.set(node, attributes.followers);
  });
  return followers.size ? followers : null;
}

function timeSpanOf(graph: AbstractGraph): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  graph.forEachEdge((_, attributes) => {
    const t = attributes.time;
    if (typeof t === 'number' && Number.isFinite(t)) {
      if (t < low) low = t;
      if (t > high) high = t;
    }
  });
  return low < high ? [low, high] : null;
}

/** The computed pieces of a report, before HTML. */
interface Computed {
  ctx: ScoringContext;
  scorer: Scorer;
  vector: ScoreVector;
  warnings: Warning[];
}

function scoreGraph(graph: AbstractGraph, options: z.output<typeof schema>): Computed {
  const ctx = getScoringContext(graph, options.view);
  const warnings: Warning[] = [];
  const topic = typeof options.topic === 'string' || options.topic === undefined ? options.topic : [...options.topic];
  const scorer = options.scorer ?? influenceScore({ ...(topic === undefined ? {} : { topic }), ...(options.view ? { view: options.view } : {}) });
  const vector = scorer.score(ctx);
  warnings.push(...vector.meta.warnings);
  return { ctx, scorer, vector, warnings };
}

/**
 * Advocacy towards `brand` (an account id), or why there is none. A brand that is not an account is
 * the caller's mistake and throws (UNKNOWN_NODE); a brand nobody talks about skips the section.
 */
function advocacyOf(ctx: ScoringContext, brand: string, vectors: Map<string, ScoreVector>, warnings: Warning[]): ScoreVector | string {
  try {
    const vector = advocacy({ brand, affiliation: true }).score(ctx);
    vectors.set('advocacy', vector);
    warnings.push(...vector.meta.warnings);
    return vector;
  } catch (error) {
    if (error instanceof InfluenceScoreError && error.code === 'MISSING_DATA') return `nothing in the data names ${brand}: ${firstLine(error)}`;
    throw error;
  }
}

/** The table's "why": which parts carry a composite, or how many accounts a plain score beats. */
function explanationOf(vector: ScoreVector, scorerLabel: string): (node: string, standing: { beats: number }) => string {
  if (vector.meta.extra?.composition) return (node) => explanationSentence(explain(vector, node));
  return (_, { beats }) => `Ahead of ${Math.round(100 * beats)}% of accounts by ${scorerLabel} (${standing(beats)}).`;
}

/** Every part's numbers for one account (`formatExplanation`), for the table's expandable detail. */
function detailOf(vector: ScoreVector): ((node: string) => string) | undefined {
  if (!vector.meta.extra?.composition) return undefined;
  return (node) => formatExplanation(explain(vector, node));
}

/** The findings shown first, each one short sentence, from the sections that were drawn. */
function highlightsOf(found: {
  top: Section<TopAccountsData>;
  audience: Section<AudienceData>;
  bridges: Section<BridgesData>;
  trends: Section<TrendsData>;
  advocacy: Section<AdvocacyData>;
  warnings: number;
  scoreName: string;
}): string[] {
  const { top, audience, bridges, trends, advocacy } = found;
  const highlights: string[] = [];
  if (top.shown && top.data.rows[0]) highlights.push(`Top account: ${top.data.rows[0].label}, ${found.scoreName} ${formatNumber(top.data.rows[0].score)}.`);
  if (audience.shown && !Number.isNaN(audience.data.rho)) {
    highlights.push(`Audience size says ${rhoWords(audience.data.rho)} about engagement here (Spearman ${audience.data.rho.toFixed(2)}).`);
  }
  if (bridges.shown && bridges.data.rows[0]) highlights.push(`Strongest bridge: ${bridges.data.rows[0].label}, only #${bridges.data.rows[0].degreeRank} by connections.`);
  if (trends.shown) {
    const rising = trends.data.series.filter((s) => s.status === 'rising').map((s) => s.label);
    const fading = trends.data.series.filter((s) => s.status === 'fading').map((s) => s.label);
    const few = (names: string[]): string => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);
    if (rising.length || fading.length) highlights.push([rising.length ? `Rising: ${few(rising)}.` : '', fading.length ? `Fading: ${few(fading)}.` : ''].filter(Boolean).join(' '));
  }
  if (advocacy.shown) {
    const [advocate] = advocacy.data.advocates;
    const [detractor] = advocacy.data.detractors;
    const parts = [advocate ? `strongest advocate ${advocate.label}` : 'no advocate', detractor ? `strongest detractor ${detractor.label}` : 'no detractor'];
    highlights.push(`${advocacy.data.brand}: ${parts.join(', ')}.`);
  }
  if (found.warnings) highlights.push(`${found.warnings} warning${found.warnings === 1 ? '' : 's'}: see "About this report".`);
  return highlights;
}

/** What {@link createReport} returns: the page and what was computed for it. */
export interface ReportResult {
  /** The HTML page. */
  readonly html: string;
  /**
   * Every vector computed for the report, by attribute-safe name: `score` (the ranked score, with
   * its parts), and when computed `engagement_rate`, `weak_tie_reach` or `bridging`, `in_degree`, `advocacy`.
   */
  readonly vectors: ReadonlyMap<string, ScoreVector>;
  /** Every warning, deduplicated (also listed in the page). */
  readonly warnings: readonly Warning[];
  /** Sections left out and why (also listed in the page). */
  readonly skipped: readonly { readonly section: string; readonly reason: string }[];
}

/**
 * Scores `graph` and renders the report (see {@link createReport}); returns only the page.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { loadGraph } from 'influence-score/node';
 * import { renderReport } from 'influence-score/report';
 * const graph = await loadGraph('data/karate.csv');
 * writeFileSync('karate.html', renderReport(graph, { title: 'Karate club', top: 10 }));
 * ```
 */
export function renderReport(graph: AbstractGraph, options: ReportOptions = {}): string {
  return buildReport(graph, options, 'renderReport').html;
}

/**
 * Scores `graph` and renders the report: one HTML page with no script and no external resource (the
 * charts are static SVG), with the ranked table, the score's distribution, followers against
 * engagement, bridges, trends (when edges have times), advocates and detractors (with `brand`) and
 * the input summary. A section the data does not allow is replaced by the reason, and listed in the
 * summary with every warning.
 *
 * It also returns every vector it computed, for an export with `withScores`.
 *
 * @throws InfluenceScoreError `INVALID_OPTION` for bad options; the scorer's own errors.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { loadGraph, withScores, writeGexf } from 'influence-score/node';
 * import { createReport } from 'influence-score/report';
 * const graph = await loadGraph('data/karate.csv');
 * const report = createReport(graph, { top: 10 });
 * writeFileSync('karate.html', report.html);
 * writeFileSync('karate.gexf', writeGexf(withScores(graph, report.vectors)));
 * ```
 */
export function createReport(graph: AbstractGraph, options: ReportOptions = {}): ReportResult {
  return buildReport(graph, options, 'createReport');
}

/** The report, with option errors labelled by the function the caller called (`owner`). */
function buildReport(graph: AbstractGraph, options: ReportOptions, owner: string): ReportResult {
  const opts = parseOptions(schema, options, owner);
  const { ctx, scorer, vector, warnings } = scoreGraph(graph, opts);
  const vectors = new Map<string, ScoreVector>([['score', vector]]);
  const label = labelsOf(graph, opts.labels);
  const scoreName = scorer.label;
  const sections: PageSection[] = [];
  const skippedList: { section: string; reason: string }[] = [];
  const add = (id: string, title: string, lead: string, body: Section<string>): void => {
    sections.push({ id, title, lead, body });
    if (!body.shown) skippedList.push({ section: title, reason: body.reason });
  };
  const view = <T>(section: Section<T>, render: (data: T) => string): Section<string> => (section.shown ? shown(render(section.data)) : section);

  // Ranked table
  const explanation = explanationOf(vector, scoreName);
  const detail = detailOf(vector);
  const top = topAccountsData(vector, { top: opts.top, label, explanation, scorer: scoreName, ...(detail ? { detail } : {}) });
  const topNodes = top.shown ? top.data.rows.map((r) => r.node) : [];
  add('top', 'Top accounts', `The ${opts.top} accounts with the highest ${scoreName}, what each part contributes, and why.`, view(top, topAccountsView));

  // Distribution
  const distribution = distributionData(vector, opts.top);
  add('distribution', 'How scores are spread', 'Most accounts score low; the ranked table is the thin tail on the right.', view(distribution, (d) => distributionView(d, scoreName)));

  // Followers against engagement
  const engagement = hasEngagementData(graph)
    ? attempt('no engagement rate', () => engagementRate().score(ctx))
    : 'the input has no posts and no likes, comments, shares, replies or mentions, which an engagement rate is made of';
  if (typeof engagement !== 'string') {
    warnings.push(...engagement.meta.warnings);
    vectors.set('engagement_rate', engagement);
  }
  const inDegree = degree({ mode: 'in', normalized: false }).score(ctx);
  vectors.set('in_degree', inDegree);
  const audience = audienceData(engagement, { followers: followersOf(graph), inDegree, topNodes, label });
  add('audience', 'Audience is not influence', 'Big audiences do not guarantee a response (the "million-follower fallacy", Cha et al. 2010).', view(audience, audienceView));

  // Bridges
  const measure = opts.bridges === 'bridging' ? 'Bridging' : 'Weak-tie reach';
  const bridgeVector = attempt(`no ${measure.toLowerCase()}`, () => (opts.bridges === 'bridging' ? bridging() : weakTieReach()).score(ctx));
  if (typeof bridgeVector !== 'string') {
    warnings.push(...bridgeVector.meta.warnings);
    vectors.set(opts.bridges === 'bridging' ? 'bridging' : 'weak_tie_reach', bridgeVector);
  }
  const totalDegree = degree({ mode: 'all', normalized: false }).score(ctx);
  const bridges = bridgesData(bridgeVector, totalDegree, { top: 10, label, measure });
  add('bridges', 'Bridges', 'Accounts whose loose ties carry news to people their own circle does not reach (Granovetter 1973).', view(bridges, bridgesView));

  // Trends
  const span = timeSpanOf(graph);
  let trendLead = `Where each top account stood by ${scoreName} in each period: today's influencer can be nobody tomorrow.`;
  let trendInput: TrendInput | string = 'the edges carry no times';
  if (span !== null) {
    let result = attempt('no trend', () => trendInputOf(graph, scorer, span, opts.windows, opts.view));
    if (typeof result === 'string') {
      // A composite can fail on a window (too little data for one part): attention received still tells the story.
      warnings.push(warning('FALLBACK', `report: trends use PageRank, because ${scoreName} cannot be computed per window (${result})`));
      trendLead = "Where each top account stood by PageRank (attention received) in each period: today's influencer can be nobody tomorrow.";
      result = attempt('no trend', () => trendInputOf(graph, pagerank(), span, opts.windows, opts.view));
    }
    if (typeof result !== 'string') warnings.push(...result.warnings);
    trendInput = result;
  }
  const trends = trendsData(trendInput, topNodes, label);
  add('trends', 'Rising and fading', trendLead, view(trends, trendsView));

  // Advocacy
  const advocacy = opts.brand ? advocacyData(advocacyOf(ctx, opts.brand, vectors, warnings), { brand: opts.brand, top: 10, label }) : skipped('no brand given (pass brand, or --brand on the command line)');
  add(
    'advocacy',
    'Advocates and detractors',
    opts.brand ? `Who speaks for or against ${opts.brand}, weighted by how far their voice carries.` : 'Who speaks for or against a brand.',
    view(advocacy, advocacyView),
  );

  // Summary
  const summary = summaryData({
    title: opts.title,
    source: opts.source ?? null,
    nodes: graph.order,
    edges: graph.size,
    directed: ctx.directed,
    view: opts.view ?? null,
    scorer: { id: scorer.id, label: scorer.label, params: vector.meta.params },
    warnings,
    skipped: skippedList,
    version,
    date: opts.date ?? new Date(),
    timeSpan: span,
  });
  sections.push({ id: 'summary', title: 'About this report', lead: 'What was scored, how, and what to keep in mind.', body: shown(summaryView(summary)) });

  const highlights = highlightsOf({ top, audience, bridges, trends, advocacy, warnings: summary.warnings.length, scoreName });
  const subtitle = `${graph.order.toLocaleString('en-US')} accounts, ${graph.size.toLocaleString('en-US')} connections${opts.source ? ` from ${opts.source}` : ''} · scored by ${scoreName} · ${summary.date.slice(0, 10)}`;
  const html = renderPage({ title: opts.title, subtitle, highlights, sections });
  return { html, vectors, warnings: summary.warnings, skipped: skippedList };
}

