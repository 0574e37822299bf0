/**
 * Validated social records straight into the columns of a columnar graph, with no graphology graph:
 * the same nodes in the same order, the same edges in the same order with the same attributes, the
 * same node attributes and `posts` that `buildSocialGraph` followed by reading its graph gives (nodes:
 * the accounts, then ids first named by a follow, an interaction, a post author; edges: follows
 * collapsed to their first occurrence with the earliest `since`, then interactions). A property test
 * compares both routes (`test/io/records-columns.property.test.ts`).
 */
import { NameCodes } from '../../core/name-codes.js';
import { accountAttributes, type Validated } from '../../graph/build-social-graph.js';
import type { FollowRecord } from '../../graph/schemas/follow.js';
import { ColumnarGraph } from '../../context/columnar-graph.js';

/** Follows collapsed per (follower, followee): the first occurrence's place, the earliest `since`. */
function collapsedFollows(follows: readonly FollowRecord[]): { record: FollowRecord; since: number | undefined }[] {
  const byPair = new Map<string, { record: FollowRecord; since: number | undefined }>();
  for (const f of follows) {
    const pair = `${f.follower}\u0000${f.followee}`;
    const kept = byPair.get(pair);
    if (!kept) byPair.set(pair, { record: f, since: f.since });
    else if (f.since !== undefined && (kept.since === undefined || f.since < kept.since)) kept.since = f.since;
  }
  return [...byPair.values()];
}

/** Per-edge attribute columns (post, topics, sentiment), created at their first value. */
class EdgeAttributeColumns {
  readonly columns = new Map<string, unknown[]>();
  constructor(private readonly m: number) {}
  set(name: string, e: number, value: unknown): void {
    let column = this.columns.get(name);
    if (!column) this.columns.set(name, (column = new Array(this.m)));
    column[e] = value;
  }
}

/** @internal The columns of validated records (see the file header). */
export function columnsOfRecords(v: Validated): ColumnarGraph {
  const ids = new NameCodes();
  for (const account of v.accounts) ids.code(account.id);
  const follows = collapsedFollows(v.follows);
  const m = follows.length + v.interactions.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m).fill(1);
  const time = new Float64Array(m).fill(Number.NaN);
  const type = new Int32Array(m);
  const types = new NameCodes();
  const extra = new EdgeAttributeColumns(m);
  let anyTime = false;
  let e = 0;
  for (const { record, since } of follows) {
    src[e] = ids.code(record.follower);
    dst[e] = ids.code(record.followee);
    type[e] = types.code('follow');
    if (since !== undefined) {
      time[e] = since;
      anyTime = true;
    }
    e++;
  }
  for (const r of v.interactions) {
    src[e] = ids.code(r.from);
    dst[e] = ids.code(r.to);
    type[e] = types.code(r.type);
    if (r.time !== undefined) {
      time[e] = r.time;
      anyTime = true;
    }
    if (r.weight !== undefined) weight[e] = r.weight;
    if (r.post !== undefined) extra.set('post', e, r.post);
    if (r.topics !== undefined) extra.set('topics', e, r.topics);
    if (r.sentiment !== undefined) extra.set('sentiment', e, r.sentiment);
    e++;
  }
  if (v.hasPosts) for (const p of v.posts) ids.code(p.author);
  const keys = ids.names;
  const nodeAttributes = new Map<string, unknown[]>();
  v.accounts.forEach((account, i) => {
    for (const [name, value] of Object.entries(accountAttributes(account))) {
      let column = nodeAttributes.get(name);
      if (!column) nodeAttributes.set(name, (column = new Array(keys.length)));
      column[i] = value;
    }
  });
  for (const column of nodeAttributes.values()) column.length = keys.length;
  const graphAttributes = new Map<string, unknown>();
  if (v.hasPosts) {
    const counts = new Map<string, number>();
    for (const p of v.posts) counts.set(p.author, (counts.get(p.author) ?? 0) + 1);
    nodeAttributes.set('postCount', keys.map((k) => counts.get(k) ?? 0));
    graphAttributes.set('posts', v.posts);
  }
  return new ColumnarGraph({
    keys,
    directed: true,
    src,
    dst,
    weight,
    time: anyTime ? time : null,
    type: m > 0 ? type : null,
    typeNames: types.names,
    nodeAttributes,
    graphAttributes,
    edgeAttributes: extra.columns,
  });
}
