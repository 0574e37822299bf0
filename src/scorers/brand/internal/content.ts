/**
 * Content items of a graph for the brand scorers: every post (graph attribute `posts`) and every
 * interaction edge other than a follow, with author, target, time, topics, sentiment and mentions,
 * in columns. The view's time window (and `asOf`) applies; its relations do not, since they choose the
 * attention graph a scorer walks, not what accounts write. Topics and sentiment set outside the
 * loaders (a hand-built graphology graph) are checked here, naming the post or the edge.
 */
import type { ColumnarGraph } from '../../../context/columnar-graph.js';
import type { Attributes } from 'graphology-types';
import { type ErrorIssue, InfluenceScoreError } from '../../../core/errors.js';
import type { ScoringContext } from '../../../context/context.js';
import { toMillis } from '../../../context/edges.js';

/** @internal The content of a context, one entry per post or interaction. */
export interface ContentItems {
  readonly length: number;
  /** Author (post) or actor (interaction) index. */
  readonly author: Int32Array;
  /** Interaction target index; -1 for posts. */
  readonly target: Int32Array;
  /** ms since the epoch; NaN when undated. */
  readonly time: Float64Array;
  /** In [−1, 1]; NaN when absent. */
  readonly sentiment: Float64Array;
  /** `'post'` or the interaction type (`''` when untyped). */
  readonly kind: readonly string[];
  /** Normalized topics (see {@link normalizeTopic}), null when the item has none. */
  readonly topics: readonly (readonly string[] | null)[];
  /** Ids a post mentions, null otherwise. */
  readonly mentions: readonly (readonly string[] | null)[];
  /** How many posts were given (the first `posts` items are the posts). */
  readonly posts: number;
}

/**
 * @internal A topic as compared: trimmed, lower-cased, a leading `#` dropped (`'#AI'` → `'ai'`).
 */
export function normalizeTopic(topic: string): string {
  return topic.trim().replace(/^#/, '').toLowerCase();
}

const MAX_ISSUES = 50;
const cache = new WeakMap<ScoringContext, ContentItems>();

function readTopics(value: unknown, where: Omit<ErrorIssue, 'message' | 'field'>, issues: ErrorIssue[]): string[] | null {
  if (value === undefined || value === null) return null;
  const list = typeof value === 'string' ? value.split(/[;|]/) : value;
  if (!Array.isArray(list) || list.some((t) => typeof t !== 'string')) {
    if (issues.length < MAX_ISSUES) issues.push({ ...where, field: 'topics', message: `topics must be an array of strings (or one string separated by ";" or "|"), got ${JSON.stringify(value)}` });
    return null;
  }
  const topics = [...new Set((list as string[]).map(normalizeTopic).filter((t) => t.length > 0))];
  return topics.length > 0 ? topics : null;
}

function readSentiment(value: unknown, where: Omit<ErrorIssue, 'message' | 'field'>, issues: ErrorIssue[]): number {
  if (value === undefined || value === null) return Number.NaN;
  if (typeof value !== 'number' || !(value >= -1 && value <= 1)) {
    if (issues.length < MAX_ISSUES) issues.push({ ...where, field: 'sentiment', message: `sentiment ${JSON.stringify(value)} must be a number in [−1, 1]` });
    return Number.NaN;
  }
  return value;
}

/** @internal The context's content items (cached per context). Throws `INVALID_INPUT` naming each bad post or edge. */
export function contentOf(ctx: ScoringContext): ContentItems {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const { view } = ctx;
  const issues: ErrorIssue[] = [];
  const from = view.window ? view.window.from : -Infinity;
  const to = Math.min(view.window ? view.window.to : Infinity, view.asOf ?? Infinity);
  const windowed = view.window !== null || view.asOf !== null;
  const inWindow = (t: number): boolean => !windowed || (t >= from && t <= to);
  const author: number[] = [];
  const target: number[] = [];
  const time: number[] = [];
  const sentiment: number[] = [];
  const kind: string[] = [];
  const topics: (string[] | null)[] = [];
  const mentions: (string[] | null)[] = [];

  const rawPosts: unknown = ctx.graphAttribute('posts') ?? [];
  const posts = Array.isArray(rawPosts) ? rawPosts : [];
  posts.forEach((raw: unknown, p) => {
    const post = (raw ?? {}) as Record<string, unknown>;
    const where = { path: ['posts', p], record: p };
    const a = ctx.index.get(String(post.author));
    const t = toMillis(post.time);
    const postTopics = readTopics(post.topics, where, issues);
    const s = readSentiment(post.sentiment, where, issues);
    let named: string[] | null = null;
    if (post.mentions !== undefined && post.mentions !== null) {
      if (Array.isArray(post.mentions)) named = post.mentions.map(String);
      else if (issues.length < MAX_ISSUES) issues.push({ ...where, field: 'mentions', message: 'mentions must be an array of account ids' });
    }
    if (a === undefined || !inWindow(t)) return;
    author.push(a);
    target.push(-1);
    time.push(t);
    sentiment.push(s);
    kind.push('post');
    topics.push(postTopics);
    mentions.push(named);
  });
  const postCount = author.length;

  // A graph's edges, or a columnar source's (index-aligned, so the endpoints are indices already).
  const forEachEdge = (visit: (key: string, attr: Attributes, s: number, t: number) => void): void => {
    if (ctx.graph !== null) ctx.graph.forEachEdge((key: string, attr: Attributes, source: string, target: string) => visit(key, attr, ctx.graphIndex.get(source)!, ctx.graphIndex.get(target)!));
    else (ctx.source as ColumnarGraph).forEachEdge((e, attr, s, t) => visit(String(e), attr, s, t));
  };
  forEachEdge((key, attr, sourceIndex, targetIndex) => {
    const type = attr[view.typeAttribute] === undefined || attr[view.typeAttribute] === null ? '' : String(attr[view.typeAttribute]);
    if (type === 'follow') return;
    const where = { path: ['edges', key] };
    const edgeTopics = readTopics(attr.topics, where, issues);
    const s = readSentiment(attr.sentiment, where, issues);
    const t = toMillis(attr[view.timeAttribute]);
    if (!inWindow(t)) return;
    author.push(sourceIndex);
    target.push(targetIndex);
    time.push(t);
    sentiment.push(s);
    kind.push(type);
    topics.push(edgeTopics);
    mentions.push(null);
  });
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', `Invalid topics or sentiment in the graph: ${issues.length} problem(s)`, issues);

  const items: ContentItems = {
    length: author.length,
    author: Int32Array.from(author),
    target: Int32Array.from(target),
    time: Float64Array.from(time),
    sentiment: Float64Array.from(sentiment),
    kind,
    topics,
    mentions,
    posts: postCount,
  };
  cache.set(ctx, items);
  return items;
}

/** @internal The most frequent topics of the content, for messages (`ai (12), food (9)`). */
export function commonTopics(items: ContentItems, limit = 8): string {
  const counts = new Map<string, number>();
  for (const list of items.topics) if (list) for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  return top.length === 0 ? 'none' : top.map(([t, c]) => `${t} (${c})`).join(', ');
}
