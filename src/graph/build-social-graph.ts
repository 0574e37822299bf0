/**
 * buildSocialGraph: validated records → a graphology MultiDirectedGraph. Validation is complete
 * before the first node is added, so a bad record never leaves a half-built graph.
 *
 * Policies (README "graph"): unknown ids are added as bare nodes or rejected (`unknownNodes`);
 * self-loops are kept (the ScoringContext drops them); duplicate interactions are parallel edges
 * (merged, weights summed, in the CSR); duplicate follows collapse into one edge with the earliest
 * `since`; duplicate account or post ids are errors.
 */
import { MultiDirectedGraph } from 'graphology';
import { z } from 'zod';
import { parseOptions } from '../core/options.js';
import { IssueList, type RecordLocation, setOwn } from './issues.js';
import { type AccountRecord, accountSchema } from './schemas/account.js';
import { type FollowRecord, followSchema } from './schemas/follow.js';
import { type InteractionRecord, interactionSchema } from './schemas/interaction.js';
import { type PostRecord, postSchema } from './schemas/post.js';
import type { SocialRecordsInput } from './schemas/records.js';
import type { SocialEdgeAttributes, SocialGraph, SocialNodeAttributes } from './social-graph.js';
import { fromGraphKey, toGraphKey } from '../core/graph-key.js';

const optionsSchema = z.strictObject({
  unknownNodes: z.enum(['add', 'error']).default('add'),
});

/** Options of {@link buildSocialGraph}. */
export interface BuildSocialGraphOptions {
  /**
   * What to do when a follow, interaction or post names an id that is not among the accounts:
   * `'add'` it as a node without attributes (in order of first mention), or report an `'error'`.
   * @defaultValue `'add'`
   */
  unknownNodes?: 'add' | 'error';
}

type Collection = 'accounts' | 'follows' | 'interactions' | 'posts';
const COLLECTIONS: readonly Collection[] = ['accounts', 'follows', 'interactions', 'posts'];

/** @internal Maps a record to where it came from (NDJSON passes line numbers). */
export type Locate = (collection: Collection, index: number) => RecordLocation;

const byIndex: Locate = (_c, index) => ({ record: index });

/** @internal Records validated by {@link validatedRecords}, times in ms. */
export interface Validated {
  accounts: AccountRecord[];
  follows: FollowRecord[];
  interactions: InteractionRecord[];
  posts: PostRecord[];
  hasPosts: boolean;
}

const SCHEMAS = { accounts: accountSchema, follows: followSchema, interactions: interactionSchema, posts: postSchema } as const;

function validate(input: unknown, unknownNodes: 'add' | 'error', locate: Locate, issues: IssueList): Validated {
  const out: Validated = { accounts: [], follows: [], interactions: [], posts: [], hasPosts: false };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.add({ path: [], message: 'records must be an object { accounts?, follows?, interactions?, posts? }' });
    return out;
  }
  for (const key of Object.keys(input)) {
    if (!(COLLECTIONS as readonly string[]).includes(key)) {
      issues.add({ path: [key], field: key, message: `unknown collection "${key}" (expected accounts, follows, interactions, posts)` });
    }
  }
  const source = input as Record<string, unknown>;
  for (const collection of COLLECTIONS) {
    const list = Object.hasOwn(source, collection) ? source[collection] : undefined;
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.add({ path: [collection], field: collection, message: `${collection} must be an array` });
      continue;
    }
    if (collection === 'posts') out.hasPosts = true;
    const schema = SCHEMAS[collection];
    const target = out[collection] as unknown[];
    for (let i = 0; i < list.length; i++) {
      const result = schema.safeParse(list[i]);
      if (result.success) target.push(result.data);
      else issues.addZod(result.error, [collection, i], locate(collection, i));
    }
  }
  if (issues.size > 0) return out;

  const seen = (collection: Collection, ids: string[]): void => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, i);
      else {
        const at = locate(collection, earlier);
        const where = at.line !== undefined ? `line ${at.line}` : `record ${earlier}`;
        issues.add({ path: [collection, i, 'id'], ...locate(collection, i), field: 'id', message: `duplicate id ${JSON.stringify(id)} (first at ${where})` });
      }
    });
  };
  seen('accounts', out.accounts.map((a) => a.id));
  seen('posts', out.posts.map((p) => p.id));

  if (unknownNodes === 'error') {
    const known = new Set(out.accounts.map((a) => a.id));
    const check = (collection: Collection, i: number, field: string, id: string): void => {
      if (!known.has(id)) {
        issues.add({ path: [collection, i, field], ...locate(collection, i), field, message: `unknown account ${JSON.stringify(id)} (not among the accounts; unknownNodes is 'error')` }, true);
      }
    };
    out.follows.forEach((f, i) => {
      check('follows', i, 'follower', f.follower);
      check('follows', i, 'followee', f.followee);
    });
    out.interactions.forEach((r, i) => {
      check('interactions', i, 'from', r.from);
      check('interactions', i, 'to', r.to);
    });
    out.posts.forEach((p, i) => check('posts', i, 'author', p.author));
  }
  return out;
}

/** @internal A validated account's node attributes (`attributes`, then the typed fields, which win). */
export function accountAttributes(account: AccountRecord): SocialNodeAttributes {
  const attrs: SocialNodeAttributes = {};
  if (account.attributes) for (const [k, v] of Object.entries(account.attributes)) setOwn(attrs, k, v);
  for (const k of ['createdAt', 'followers', 'following', 'verified', 'flags', 'affiliation'] as const) {
    if (account[k] !== undefined) setOwn(attrs, k, account[k]);
  }
  return attrs;
}

function assemble(v: Validated): SocialGraph {
  const graph: SocialGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const account of v.accounts) graph.addNode(toGraphKey(account.id), accountAttributes(account));
  const ensure = (id: string): string => {
    const key = toGraphKey(id);
    if (!graph.hasNode(key)) graph.addNode(key, {});
    return key;
  };

  // A follow is a state, not an event: repeats collapse to one edge dated by the earliest `since`.
  const follows = new Map<string, { first: number; record: FollowRecord; since: number | undefined }>();
  v.follows.forEach((f, i) => {
    const pair = `${f.follower}\u0000${f.followee}`;
    const kept = follows.get(pair);
    if (!kept) follows.set(pair, { first: i, record: f, since: f.since });
    else if (f.since !== undefined && (kept.since === undefined || f.since < kept.since)) kept.since = f.since;
  });
  for (const { first, record, since } of follows.values()) {
    const attrs: SocialEdgeAttributes = { type: 'follow' };
    if (since !== undefined) attrs.time = since;
    graph.addDirectedEdgeWithKey(`follow:${first}`, ensure(record.follower), ensure(record.followee), attrs);
  }

  v.interactions.forEach((r, i) => {
    const attrs: SocialEdgeAttributes = { type: r.type };
    if (r.time !== undefined) attrs.time = r.time;
    if (r.weight !== undefined) attrs.weight = r.weight;
    if (r.post !== undefined) attrs.post = r.post;
    if (r.topics !== undefined) attrs.topics = r.topics;
    if (r.sentiment !== undefined) attrs.sentiment = r.sentiment;
    graph.addDirectedEdgeWithKey(`interaction:${i}`, ensure(r.from), ensure(r.to), attrs);
  });

  if (v.hasPosts) {
    for (const p of v.posts) ensure(p.author);
    const counts = new Map<string, number>();
    for (const p of v.posts) counts.set(p.author, (counts.get(p.author) ?? 0) + 1);
    graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, postCount: counts.get(fromGraphKey(node)) ?? 0 }));
    graph.setAttribute('posts', v.posts);
  }
  return graph;
}

/** @internal {@link buildSocialGraph} with record locations (NDJSON reports lines). */
export function buildSocialGraphFrom(records: unknown, options: BuildSocialGraphOptions | undefined, locate: Locate, what: string): SocialGraph {
  return assemble(validatedRecords(records, options, locate, what));
}

/** @internal The validation half of {@link buildSocialGraphFrom}: every record checked (all or nothing), times in ms; no graph built. */
export function validatedRecords(records: unknown, options: BuildSocialGraphOptions | undefined, locate: Locate, what: string): Validated {
  const { unknownNodes } = parseOptions(optionsSchema, options, 'buildSocialGraph');
  const issues = new IssueList();
  const validated = validate(records, unknownNodes, locate, issues);
  issues.throwIfAny(what);
  return validated;
}

/**
 * Builds a social graph from account, follow, interaction and post records, validating every record
 * first (all or nothing). Bad input throws an `InfluenceScoreError` whose issues name the collection,
 * the record index and the field, e.g. `{ path: ['interactions', 3, 'weight'], record: 3, field: 'weight' }`.
 *
 * - Nodes: the accounts in order (attributes: createdAt in ms, followers, following, verified, flags, affiliation,
 *   plus `attributes`), then ids first named by a follow, interaction or post.
 * - Edges: follows as `type: 'follow'` with `time` = since; interactions with their type, time, weight, post, topics, sentiment.
 * - Posts: graph attribute `posts` (validated, times in ms) and node attribute `postCount`.
 *
 * @example
 * ```ts
 * const graph = buildSocialGraph({
 *   accounts: [{ id: 'ada', followers: 1200 }, { id: 'bob' }],
 *   follows: [{ follower: 'bob', followee: 'ada' }],
 *   interactions: [{ from: 'bob', to: 'ada', type: 'share', time: '2024-05-01T09:00:00Z' }],
 * });
 * pagerank().score(graph).top(1); // [{ key: 'ada', ... }]
 * ```
 */
export function buildSocialGraph(records: SocialRecordsInput, options?: BuildSocialGraphOptions): SocialGraph {
  return buildSocialGraphFrom(records, options, byIndex, 'Invalid social records');
}
