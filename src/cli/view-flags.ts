/**
 * The view flags of the file commands: which relations, which time window, decay and "now", as a
 * `ViewOptions` every scorer of the command receives.
 */
import { timeSchema, type ViewOptions, viewSchema } from '../index.js';
import { UsageError } from './usage-error.js';

/** parseArgs configuration of the view flags. */
export const VIEW_OPTIONS = {
  relations: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  'as-of': { type: 'string' },
  'half-life': { type: 'string' },
  unweighted: { type: 'boolean' },
} as const;

/** Help lines for {@link VIEW_OPTIONS}, aligned with the commands' other options. */
export const VIEW_HELP = `      --relations <a,b>    keep only edges of these types (the type column)
      --since <time>       keep edges at or after this time; --until <time>: at or before
                           (2024-01-31, a date-time with Z or an offset such as
                           2024-01-31T10:00+02:00, or a number in the time column's unit)
      --as-of <time>       "now" for decay and answer windows (default: the latest edge time)
      --half-life <dur>    weigh edges by age, halving every <dur>: 90m, 12h, 30d, 2w or ms
      --unweighted         ignore the weight column`;

// y = 365 days, as the library's trend() reads it.
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 365 * 86_400_000 };

/**
 * A time flag: a finite number as is, otherwise an ISO 8601 date read as the records API reads
 * times (`timeSchema`): `2024-01-31` (UTC midnight) or a date-time with `Z` or an offset. A
 * date-time without a zone is refused: local time would make the result depend on `TZ`.
 */
export function parseTime(flag: string, value: string): number {
  if (/^[-+]?\d+(\.\d+)?$/.test(value.trim())) {
    const t = Number(value);
    if (Number.isFinite(t)) return t;
  }
  const parsed = timeSchema.safeParse(value.trim());
  if (parsed.success && Number.isFinite(parsed.data)) return parsed.data;
  const zoneless = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim());
  throw new UsageError(
    zoneless
      ? `--${flag} ${JSON.stringify(value)} has no time zone; add Z for UTC or an offset such as +02:00 (e.g. ${value.trim()}Z)`
      : `--${flag} must be an ISO 8601 date (2024-01-31, or a date-time with Z or an offset) or a number, got ${JSON.stringify(value)}`,
  );
}

/** A duration flag: a positive number with a unit (ms, s, m, h, d, w, y = 365 d); a bare number is ms. */
export function parseDuration(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)?$/.exec(value.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] ?? 'ms'] : Number.NaN;
  if (!(ms > 0 && Number.isFinite(ms))) throw new UsageError(`--${flag} must be a positive duration such as 30d, 12h or 90m, got ${JSON.stringify(value)}`);
  return ms;
}

type ViewFlagValues = { relations?: string; since?: string; until?: string; 'as-of'?: string; 'half-life'?: string; unweighted?: boolean };

/** The view the flags ask for, validated as the library validates views; undefined when none is set. */
export function viewFromFlags(values: ViewFlagValues): ViewOptions | undefined {
  const view: ViewOptions = {};
  if (values.relations !== undefined) {
    const relations = values.relations.split(',').map((r) => r.trim()).filter(Boolean);
    if (relations.length === 0) throw new UsageError('--relations needs at least one type, e.g. --relations mention,reply');
    view.relations = relations;
  }
  if (values.since !== undefined || values.until !== undefined) {
    view.window = {
      ...(values.since === undefined ? {} : { from: parseTime('since', values.since) }),
      ...(values.until === undefined ? {} : { to: parseTime('until', values.until) }),
    };
  }
  if (values['as-of'] !== undefined) view.asOf = parseTime('as-of', values['as-of']);
  if (values['half-life'] !== undefined) view.halfLife = parseDuration('half-life', values['half-life']);
  if (values.unweighted) view.weight = null;
  if (Object.keys(view).length === 0) return undefined;
  const checked = viewSchema.safeParse(view);
  if (!checked.success) {
    const message = checked.error.issues.map((i) => i.message).join('; ');
    throw new UsageError(message.replace(/\bwindow\.from\b/, '--since').replace(/\bwindow\.to\b/, '--until'));
  }
  return view;
}
