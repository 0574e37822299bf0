/**
 * Posts and accounts tables joined to the graph file of a load (`posts`, `accounts` options; the
 * CLI's `--posts`, `--accounts`): with NDJSON records they join the records before the graph is
 * built (so a table gives exactly what the same NDJSON lines give); with an edge table they become
 * node attributes and the `posts` graph attribute, on the graph (loadGraph) or as columns
 * (loadContext), accounts not named by an edge being added after the edge list's nodes.
 */
import type { AbstractGraph } from 'graphology-types';
import { fromGraphKey, toGraphKey } from '../../core/graph-key.js';
import type { RunControl } from '../../core/run.js';
import { accountAttributes } from '../../graph/build-social-graph.js';
import { type AccountRecord, accountSchema } from '../../graph/schemas/account.js';
import { type PostRecord, postSchema } from '../../graph/schemas/post.js';
import type { ResolvedLimits } from '../limits.js';
import { readAccountsTable, readPostsTable } from '../record-tables.js';

/** The tables of one load, read and validated. */
export interface Tables {
  readonly accounts: readonly unknown[] | null;
  readonly posts: readonly unknown[] | null;
  /** Notes for people (a posts column that is not a post field). */
  readonly notes: string[];
}

/** @internal Reads the tables a load names (none: both null). */
export async function readTables(paths: { posts?: string; accounts?: string }, limits: ResolvedLimits, control?: RunControl): Promise<Tables> {
  const notes: string[] = [];
  const accounts = paths.accounts === undefined ? null : (await readAccountsTable(paths.accounts, limits, control)).records;
  let posts: unknown[] | null = null;
  if (paths.posts !== undefined) {
    const read = await readPostsTable(paths.posts, limits, control);
    posts = read.records;
    // IGNORED_POST_COLUMNS: a posts column with no post field is read past, and said so.
    if (read.ignored.length > 0) notes.push(`${paths.posts}: column(s) ${read.ignored.map((c) => JSON.stringify(c)).join(', ')} are not post fields and were not read`);
  }
  return { accounts, posts, notes };
}

/** @internal Whether a load has tables to join. */
export const hasTables = (t: Tables): boolean => t.accounts !== null || t.posts !== null;

/** @internal NDJSON records with the tables' records first in their collections (line numbers: the tables' own). */
export function withTableRecords(
  parsed: { records: Record<'accounts' | 'follows' | 'interactions' | 'posts', unknown[]>; lines: Record<'accounts' | 'follows' | 'interactions' | 'posts', number[]> },
  t: Tables,
): typeof parsed {
  const { records, lines } = parsed;
  if (t.accounts) {
    records.accounts = [...t.accounts, ...records.accounts];
    lines.accounts = [...t.accounts.map((_, i) => i + 2), ...lines.accounts];
  }
  if (t.posts) {
    records.posts = [...t.posts, ...records.posts];
    lines.posts = [...t.posts.map((_, i) => i + 2), ...lines.posts];
  }
  return parsed;
}

/** Parsed (ms times) accounts and posts of the tables; already validated, so parsing cannot fail. */
function parsedRecords(t: Tables): { accounts: AccountRecord[]; posts: PostRecord[] | null } {
  return { accounts: (t.accounts ?? []).map((a) => accountSchema.parse(a)), posts: t.posts && t.posts.map((p) => postSchema.parse(p)) };
}

/** @internal Adds the tables to a graph read from an edge table: account attributes, new accounts, `posts` and `postCount`. */
export function addTablesToGraph(graph: AbstractGraph, t: Tables): void {
  const { accounts, posts } = parsedRecords(t);
  for (const account of accounts) graph.mergeNode(toGraphKey(account.id), accountAttributes(account));
  if (posts === null) return;
  for (const post of posts) graph.mergeNode(toGraphKey(post.author));
  const counts = postCounts(posts);
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, postCount: counts.get(fromGraphKey(node)) ?? 0 }));
  graph.setAttribute('posts', posts);
}

function postCounts(posts: readonly PostRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of posts) counts.set(p.author, (counts.get(p.author) ?? 0) + 1);
  return counts;
}

/**
 * @internal The node columns and graph attributes of the tables for an edge table's columns: `keys`
 * is extended in place with accounts and authors no edge names (as {@link addTablesToGraph} adds them).
 */
export function tableColumns(keys: string[], t: Tables): { nodeAttributes: Map<string, unknown[]>; graphAttributes: Map<string, unknown> } {
  const { accounts, posts } = parsedRecords(t);
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const at = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = keys.length;
      index.set(id, i);
      keys.push(id);
    }
    return i;
  };
  const rows: [number, Record<string, unknown>][] = accounts.map((a) => [at(a.id), accountAttributes(a) as Record<string, unknown>]);
  if (posts) for (const p of posts) at(p.author);
  const nodeAttributes = new Map<string, unknown[]>();
  for (const [i, attrs] of rows) {
    for (const [name, value] of Object.entries(attrs)) {
      let column = nodeAttributes.get(name);
      if (!column) nodeAttributes.set(name, (column = []));
      column[i] = value;
    }
  }
  const graphAttributes = new Map<string, unknown>();
  if (posts) {
    const counts = postCounts(posts);
    nodeAttributes.set('postCount', keys.map((k) => counts.get(k) ?? 0));
    graphAttributes.set('posts', posts);
  }
  for (const column of nodeAttributes.values()) column.length = keys.length;
  return { nodeAttributes, graphAttributes };
}
