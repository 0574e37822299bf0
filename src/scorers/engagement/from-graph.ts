/**
 * Reads a social graph into engagement columns: followers from the `followers` node attribute (or,
 * when absent, the number of distinct accounts with a `follow` edge to the node), posts from the
 * graph attribute `posts`, interactions from every other edge (`type`, `time`, `weight`, `post`).
 * Edge `u → v` of type like/comment/... means u engaged with v (with v's post when `post` is set).
 * The graph is a graphology graph or the edge columns of a columnar context: both are read as an
 * {@link EngagementSource}, so both give the same columns.
 */
import { showValue } from '../../core/arguments.js';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type ErrorIssue, InfluenceScoreError } from '../../core/errors.js';
import { ColumnarGraph } from '../../context/columnar-graph.js';
import type { ScoringContext } from '../../context/context.js';
import { buildCsr } from '../../context/csr.js';
import { toMillis } from '../../context/edges.js';
import type { EngagementColumns } from './columns.js';
import { NameCodes } from '../../core/name-codes.js';
import { warning, type Warning } from '../../core/warnings.js';

/** Post count fields of the social-graph post record, and the engagement type each one counts. */
const COUNT_FIELDS: readonly [string, string][] = [
  ['likes', 'like'],
  ['comments', 'comment'],
  ['shares', 'share'],
  ['saves', 'save'],
  ['views', 'view'],
];
const MAX_ISSUES = 50;

function optionalCount(issues: ErrorIssue[], value: unknown, p: number, id: string, field: string): number {
  if (value === undefined || value === null) return NaN;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    if (issues.length < MAX_ISSUES) issues.push({ path: ['posts', p, field], record: p, field, message: `post ${JSON.stringify(id)} has ${field} ${JSON.stringify(value)}; must be a finite number ≥ 0` });
    return NaN;
  }
  return value;
}

/** @internal What engagement reads from a graph: the posts attribute, followers, every edge with its endpoints' indices. */
export interface EngagementSource {
  readonly posts: unknown;
  followers(i: number): unknown;
  readonly size: number;
  forEachEdge(visit: (edge: string, attr: Attributes, source: string, dest: string, s: number, t: number) => void): void;
}

/** @internal A graphology graph as an {@link EngagementSource}. */
export function graphSource(graph: AbstractGraph, graphKeys: readonly string[], graphIndex: ReadonlyMap<string, number>): EngagementSource {
  return {
    posts: graph.hasAttribute('posts') ? graph.getAttribute('posts') : [],
    followers: (i) => graph.getNodeAttribute(graphKeys[i], 'followers'),
    size: graph.size,
    forEachEdge(visit) {
      graph.forEachEdge((edge: string, attr: Attributes, source: string, dest: string) => visit(edge, attr, source, dest, graphIndex.get(source)!, graphIndex.get(dest)!));
    },
  };
}

/** @internal The engagement source of a context: its graph, or its edge columns. */
export function contextSource(ctx: ScoringContext): EngagementSource {
  if (ctx.graph !== null) return graphSource(ctx.graph, ctx.graphKeys, ctx.graphIndex);
  const columns = ctx.source as ColumnarGraph;
  return {
    posts: columns.graphAttribute('posts') ?? [],
    followers: (i) => columns.nodeAttribute(i, 'followers'),
    size: columns.size,
    forEachEdge: (visit) => columns.forEachEdge((e, attr, s, t) => visit(String(e), attr, ctx.keys[s], ctx.keys[t], s, t)),
  };
}

/** @internal Converts a graph (accounts, follow edges, interactions, `posts` attribute) to columns. */
export function columnsFromGraph(
  graph: AbstractGraph,
  keys: readonly string[],
  index: ReadonlyMap<string, number>,
  // graphology keys differ from ids only for escaped ids such as __proto__ (see toGraphKey).
  graphKeys: readonly string[] = keys,
  graphIndex: ReadonlyMap<string, number> = index,
): { columns: EngagementColumns; warnings: Warning[] } {
  return columnsFromSource(graphSource(graph, graphKeys, graphIndex), keys, index);
}

/** @internal Converts an {@link EngagementSource} to columns. */
export function columnsFromSource(source: EngagementSource, keys: readonly string[], index: ReadonlyMap<string, number>): { columns: EngagementColumns; warnings: Warning[] } {
  const n = keys.length;
  const issues: ErrorIssue[] = [];
  const warnings: Warning[] = [];

  // Posts.
  const rawPosts: unknown = source.posts;
  if (!Array.isArray(rawPosts)) throw new InfluenceScoreError('INVALID_INPUT', 'The graph attribute "posts" must be an array of posts', [{ path: ['posts'], field: 'posts', message: `got ${typeof rawPosts}` }]);
  const P = rawPosts.length;
  const ids: string[] = new Array<string>(P);
  const author = new Int32Array(P);
  const time = new Float64Array(P);
  const impressions = new Float64Array(P);
  const reach = new Float64Array(P);
  const counts = new Map<string, Float64Array>(COUNT_FIELDS.map(([, type]) => [type, new Float64Array(P)]));
  const postIndex = new Map<string, number>();
  for (let p = 0; p < P; p++) {
    const post = rawPosts[p] as Record<string, unknown> | null;
    if (post === null || typeof post !== 'object') {
      issues.push({ path: ['posts', p], record: p, message: `post #${p} is not an object` });
      continue;
    }
    const id = post.id === undefined || post.id === null ? '' : String(post.id);
    ids[p] = id;
    if (id === '') issues.push({ path: ['posts', p, 'id'], record: p, field: 'id', message: `post #${p} has no id` });
    const first = postIndex.get(id);
    if (first !== undefined && id !== '') issues.push({ path: ['posts', p, 'id'], record: p, field: 'id', message: `post id ${JSON.stringify(id)} is a duplicate of post #${first}` });
    else postIndex.set(id, p);
    const a = index.get(String(post.author));
    if (a === undefined) {
      if (issues.length < MAX_ISSUES) issues.push({ path: ['posts', p, 'author'], record: p, field: 'author', message: `post ${JSON.stringify(id)} has author ${JSON.stringify(post.author)}, which is not an account in the graph` });
      author[p] = 0;
    } else author[p] = a;
    time[p] = toMillis(post.time);
    if (post.time !== undefined && post.time !== null && Number.isNaN(time[p]) && issues.length < MAX_ISSUES) {
      issues.push({ path: ['posts', p, 'time'], record: p, field: 'time', message: `post ${JSON.stringify(id)} has an unreadable time ${JSON.stringify(post.time)}` });
    }
    impressions[p] = optionalCount(issues, post.impressions, p, id, 'impressions');
    reach[p] = optionalCount(issues, post.reach, p, id, 'reach');
    for (const [field, type] of COUNT_FIELDS) counts.get(type)![p] = optionalCount(issues, post[field], p, id, field);
  }

  // Followers attribute; follow edges fill the gaps.
  const followers = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const f: unknown = source.followers(i);
    if (f === undefined || f === null) continue;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0) {
      if (issues.length < MAX_ISSUES) issues.push({ path: ['accounts', keys[i], 'followers'], field: 'followers', message: `account ${JSON.stringify(keys[i])} has followers ${JSON.stringify(f)}; must be a finite number ≥ 0` });
    } else followers[i] = f;
  }

  // Edges: follows to count, interactions to columns.
  const m = source.size;
  const followSrc: number[] = [];
  const followDst: number[] = [];
  const type = new Int32Array(m);
  const post = new Int32Array(m);
  const target = new Int32Array(m);
  const itime = new Float64Array(m);
  const weight = new Float64Array(m);
  const types = new NameCodes();
  let k = 0;
  let unknownPosts = 0;
  source.forEachEdge((edge, attr, from, dest, s, d) => {
    const typeName = attr.type === undefined || attr.type === null ? '' : String(attr.type);
    if (typeName === 'follow') {
      followSrc.push(s);
      followDst.push(d);
      return;
    }
    const code = types.code(typeName);
    const w: unknown = attr.weight;
    if (w !== undefined && w !== null && (typeof w !== 'number' || !Number.isFinite(w) || w < 0)) {
      if (issues.length < MAX_ISSUES) issues.push({ path: ['edges', edge, 'weight'], field: 'weight', message: `edge ${edge} (${from} → ${dest}) has weight ${showValue(w)}; must be a finite number ≥ 0` });
      return;
    }
    const t = toMillis(attr.time);
    if (attr.time !== undefined && attr.time !== null && Number.isNaN(t) && issues.length < MAX_ISSUES) {
      issues.push({ path: ['edges', edge, 'time'], field: 'time', message: `edge ${edge} (${from} → ${dest}) has an unreadable time ${JSON.stringify(attr.time)}` });
    }
    let p = -1;
    if (attr.post !== undefined && attr.post !== null) {
      p = postIndex.get(String(attr.post)) ?? -1;
      if (p < 0) unknownPosts++;
    }
    type[k] = code;
    post[k] = p;
    target[k] = d;
    itime[k] = t;
    weight[k] = typeof w === 'number' ? w : 1;
    k++;
  });
  if (issues.length > 0) throw new InfluenceScoreError('INVALID_INPUT', 'The graph has invalid engagement data', issues);
  if (unknownPosts > 0) warnings.push(warning('REASSIGNED', `${unknownPosts} interaction(s) name a post that is not in the graph's posts; they count for the account they point at`));

  let fromEdges = 0;
  if (followers.some(Number.isNaN)) {
    // Distinct followers: the CSR merges repeated follow edges and drops self-follows.
    const csr = buildCsr(n, Int32Array.from(followSrc), Int32Array.from(followDst), new Float64Array(followSrc.length));
    const inDegree = new Float64Array(n);
    for (let e = 0; e < csr.targets.length; e++) inDegree[csr.targets[e]]++;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(followers[i])) {
        followers[i] = inDegree[i];
        fromEdges++;
      }
    }
  }
  if (fromEdges > 0 && fromEdges < n) warnings.push(warning('FALLBACK', `${fromEdges} account(s) have no followers attribute: their follow edges were counted instead`));

  return {
    columns: {
      keys,
      followers,
      posts: { author, ids, time, impressions, reach, counts },
      interactions: {
        type: type.subarray(0, k),
        typeNames: types.names,
        post: post.subarray(0, k),
        target: target.subarray(0, k),
        time: itime.subarray(0, k),
        weight: weight.subarray(0, k),
      },
    },
    warnings,
  };
}
