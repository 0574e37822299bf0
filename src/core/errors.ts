/**
 * Errors as data: every failure the library raises is an {@link InfluenceScoreError} with a stable
 * `code` and a list of `issues`, each naming where (path, line, record) and what went wrong.
 */

/** Machine-readable error category. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'UNKNOWN_NODE'
  | 'ABORTED'
  | 'MISSING_DATA'
  | 'UNSUPPORTED'
  | 'TOO_LARGE'
  /** A thread pool was used after `close()`, or closed while the run was in progress. */
  | 'POOL_CLOSED'
  | 'INTERNAL';

/** One problem found in input or options. */
export interface ErrorIssue {
  /** Path to the offending value, e.g. `['interactions', 3, 'weight']`. */
  readonly path: readonly (string | number)[];
  /** 1-based line in the source text (CSV, NDJSON), when the input came from text. */
  readonly line?: number;
  /** 0-based index of the record in its collection, when the input came from records. */
  readonly record?: number;
  /** The field at fault, when one field is to blame. */
  readonly field?: string;
  /** Human-readable explanation. */
  readonly message: string;
}

/**
 * The one error type thrown by influence-score.
 *
 * @example
 * ```ts
 * try { parseEdgeCsv(text); } catch (e) {
 *   if (e instanceof InfluenceScoreError && e.code === 'INVALID_INPUT') console.error(e.issues);
 * }
 * ```
 */
export class InfluenceScoreError extends Error {
  /** Stable category of the failure. */
  readonly code: ErrorCode;
  /** Every problem found; loading collects several before giving up. */
  readonly issues: readonly ErrorIssue[];

  constructor(code: ErrorCode, message: string, issues: readonly ErrorIssue[] = []) {
    super(issues.length > 0 ? `${message}\n${formatIssues(issues)}` : message);
    this.name = 'InfluenceScoreError';
    this.code = code;
    this.issues = issues;
  }
}

function formatIssue(issue: ErrorIssue): string {
  const where: string[] = [];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.record !== undefined) where.push(`record ${issue.record}`);
  if (issue.field !== undefined) where.push(`field "${issue.field}"`);
  else if (issue.path.length > 0) where.push(`at ${issue.path.join('.')}`);
  return `  - ${where.length > 0 ? `${where.join(', ')}: ` : ''}${issue.message}`;
}

const MAX_LISTED_ISSUES = 10;

function formatIssues(issues: readonly ErrorIssue[]): string {
  const shown = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
  if (issues.length > MAX_LISTED_ISSUES) shown.push(`  ... and ${issues.length - MAX_LISTED_ISSUES} more`);
  return shown.join('\n');
}

/** Shorthand for a single-issue error. */
export function fail(code: ErrorCode, message: string, issue?: Omit<ErrorIssue, 'message'> & { message?: string }): never {
  throw new InfluenceScoreError(code, message, issue ? [{ ...issue, message: issue.message ?? message }] : []);
}
