/**
 * parseNdjson: newline-delimited JSON records (one object per line, tagged by `kind`) → the social
 * graph of {@link buildSocialGraph}, with every error located by its 1-based line.
 */
import { InfluenceScoreError } from '../core/errors.js';
import { type BuildSocialGraphOptions, buildSocialGraphFrom } from './build-social-graph.js';
import { tooLarge } from './edge-list/builder.js';
import { DEFAULT_MAX_LINE_BYTES, lineTooLong } from './edge-list/csv-scan.js';
import type { ReadLimits } from './edge-list/edge-list.js';
import { IssueList } from './issues.js';
import { isPlainObject } from './schemas/fields.js';
import type { SocialGraph } from './social-graph.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

const KINDS = new Map([
  ['account', 'accounts'],
  ['follow', 'follows'],
  ['interaction', 'interactions'],
  ['post', 'posts'],
] as const);

type Collection = 'accounts' | 'follows' | 'interactions' | 'posts';

/**
 * Parses NDJSON records: each non-blank line is one JSON object whose `kind` is `account`, `follow`,
 * `interaction` or `post`; its other fields are the record (see the schemas). Records of each kind
 * keep their order. CRLF and a leading BOM are accepted; blank lines are skipped.
 *
 * All or nothing: bad JSON, a missing or unknown `kind`, an invalid field, a duplicate id (and, with
 * `unknownNodes: 'error'`, an unknown account) each give an issue naming the line and the field.
 * A text with no records is an error. `limits` (`maxNodes`, `maxEdges`, `maxLineBytes`; loadGraph
 * passes its own) stop it with `TOO_LARGE`.
 *
 * @example
 * ```ts
 * const graph = parseNdjson([
 *   '{"kind":"account","id":"ada","followers":1200}',
 *   '{"kind":"interaction","from":"bob","to":"ada","type":"share","time":"2024-05-01T09:00:00Z"}',
 * ].join('\n'));
 * ```
 */
export function parseNdjson(text: string, options?: BuildSocialGraphOptions, limits?: ReadLimits): SocialGraph {
  checkArguments('parseNdjson', [text, options, limits], [['text', argument.string], ['options', argument.options], ['limits', argument.options]]);
  const maxLineBytes = limits?.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const records: Record<Collection, unknown[]> = { accounts: [], follows: [], interactions: [], posts: [] };
  const lines: Record<Collection, number[]> = { accounts: [], follows: [], interactions: [], posts: [] };
  const issues = new IssueList();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = body.split('\n');
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i].endsWith('\r') ? rows[i].slice(0, -1) : rows[i];
    // A UTF-16 unit is 1 to 3 UTF-8 bytes: measure the bytes only when the units leave it in doubt.
    if (raw.length > maxLineBytes / 3 && Buffer.byteLength(raw) > maxLineBytes) throw lineTooLong(i + 1, maxLineBytes);
    if (raw.trim() === '') continue;
    const line = i + 1;
    count++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.add({ path: [line], line, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    if (!isPlainObject(value)) {
      issues.add({ path: [line], line, message: 'each line must be a JSON object with a "kind" field' });
      continue;
    }
    const { kind, ...record } = value;
    const collection = typeof kind === 'string' ? KINDS.get(kind as 'account') : undefined;
    if (collection === undefined) {
      issues.add({ path: [line, 'kind'], line, field: 'kind', message: `kind ${JSON.stringify(kind)} must be one of account, follow, interaction, post` });
      continue;
    }
    records[collection].push(record);
    lines[collection].push(line);
  }
  if (count === 0) {
    throw new InfluenceScoreError('INVALID_INPUT', 'Empty NDJSON: expected one JSON record per line', [{ path: [], line: 1, message: 'no records' }]);
  }
  issues.throwIfAny('Invalid NDJSON');
  withinRecordLimits(records.follows.length + records.interactions.length, records.accounts.length, limits);
  const graph = buildSocialGraphFrom(records, options, (collection, index) => ({ line: lines[collection][index] }), 'Invalid NDJSON');
  withinRecordLimits(graph.size, graph.order, limits);
  return graph;
}

const NDJSON_HINT = 'split the records, or export the edges as CSV or Parquet and use loadContext';

/** `TOO_LARGE` past `maxEdges` edges (follows and interactions) or `maxNodes` nodes. */
function withinRecordLimits(edges: number, nodes: number, limits: ReadLimits | undefined): void {
  if (limits?.maxEdges !== undefined && edges > limits.maxEdges) tooLarge('edges (follow and interaction records)', limits.maxEdges, NDJSON_HINT);
  if (limits?.maxNodes !== undefined && nodes > limits.maxNodes) tooLarge('nodes', limits.maxNodes, NDJSON_HINT);
}
