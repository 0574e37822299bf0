/**
 * The data flags of the file commands: `--columns` renames the role columns of an edge table
 * (`source=user_id,target=follows_user_id,time=created_at`), `--posts` and `--accounts` add a posts
 * table and an accounts table (CSV, TSV, Parquet or NDJSON) to the graph file.
 */
import type { EdgeCsvOptions } from '../index.js';
import { UsageError } from './usage-error.js';

/** parseArgs configuration of the data flags. */
export const DATA_OPTIONS = {
  columns: { type: 'string' },
  posts: { type: 'string' },
  accounts: { type: 'string' },
} as const;

/** Help lines for {@link DATA_OPTIONS}, aligned with the commands' other options. */
export const DATA_HELP = `      --columns <r=name,…> the header names of the edge table's columns, by role (source, target,
                           weight, type, time, topics, sentiment), e.g.
                           --columns source=user_id,target=follows_user_id,time=created_at
                           (a sidecar may say the same: {"columns": {"source": "user_id"}})
      --posts <file>       posts table (.csv/.tsv/.parquet/.ndjson): id, author, time, topics,
                           sentiment, mentions, likes, comments, shares, impressions, …
      --accounts <file>    accounts table: id, followers, createdAt, affiliation, …`;

const ROLE_NAMES = ['source', 'target', 'weight', 'type', 'time', 'topics', 'sentiment'] as const;
type RoleName = (typeof ROLE_NAMES)[number];

/** `--columns source=user_id,target=follows_user_id`: role → header name; a usage error names what is wrong. */
export function parseColumnsFlag(value: string): NonNullable<EdgeCsvOptions['columns']> {
  const columns: Partial<Record<RoleName, string>> = {};
  for (const pair of value.split(',')) {
    const at = pair.indexOf('=');
    const role = pair.slice(0, at).trim();
    const name = pair.slice(at + 1).trim();
    if (at < 0 || name === '') throw new UsageError(`--columns takes role=name pairs separated by commas (e.g. source=user_id,target=follows_user_id), got ${JSON.stringify(pair)}`);
    if (!(ROLE_NAMES as readonly string[]).includes(role)) throw new UsageError(`--columns: unknown role ${JSON.stringify(role)}; the roles are ${ROLE_NAMES.join(', ')}`);
    if (columns[role as RoleName] !== undefined) throw new UsageError(`--columns names the ${role} column twice`);
    columns[role as RoleName] = name;
  }
  return columns;
}

/** What the data flags ask of the loader. */
export interface DataFlags {
  columns?: NonNullable<EdgeCsvOptions['columns']>;
  posts?: string;
  accounts?: string;
}

/** The data flags' values as loader inputs. */
export function dataFromFlags(values: { columns?: string; posts?: string; accounts?: string }): DataFlags {
  return {
    ...(values.columns === undefined ? {} : { columns: parseColumnsFlag(values.columns) }),
    ...(values.posts === undefined ? {} : { posts: values.posts }),
    ...(values.accounts === undefined ? {} : { accounts: values.accounts }),
  };
}
