/**
 * `influence-score trend <file> --scorer S --window 30d --step 7d`: the scorer over sliding windows,
 * accounts ordered by momentum (rising first), with their status.
 */
import { trend, type TrendStatus } from '../index.js';
import { type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, parseTop, UsageError } from './command.js';
import { reportNotes, reportWarnings } from './warnings.js';
import { type Cell, formatRecords } from './format-records.js';
import { loadInput } from './input.js';
import { PARAM_OPTIONS, parseParams } from './scorer-flags.js';
import { createNamedScorer, DEFAULT_SCORER, resolveScorerName } from './scorers.js';
import { parseDuration, parseTime, VIEW_HELP } from './view-flags.js';

const OPTIONS = {
  scorer: { type: 'string', short: 's' },
  ...PARAM_OPTIONS,
  window: { type: 'string' },
  step: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  status: { type: 'string' },
  threshold: { type: 'string' },
  momentum: { type: 'string' },
  top: { type: 'string', short: 'n' },
  ...FILE_COMMAND_OPTIONS,
} as const;

const DEFAULT_TOP = 20;
const STATUSES: readonly TrendStatus[] = ['rising', 'fading', 'steady', 'new', 'gone'];

function help(): string {
  return `Usage: influence-score trend <file> --window <dur> --step <dur> [options]

Scores the graph on sliding time windows and orders accounts by momentum. By default (--momentum
rate) momentum is log2 of how many times the account's share of the attention it receives (edges
the scorer sees, pointing to it) grew over the period, and each status is backed by a test on its
own events (false discovery rate 5%): rising, fading, new, gone, or steady when the data cannot tell.
--momentum rank: how many times its share of the top halved over the windows (Theil-Sen slope).

Options:
  -s, --scorer <name>      scorer per window (default ${DEFAULT_SCORER}; see rank --help)
  -p, --param <key=value>  scorer option, repeatable
      --window <dur>       window length: 30d, 2w, 12h, 1y
      --step <dur>         distance between windows (smaller than --window: overlapping)
      --from <time>        start of the period (default: the earliest time the scorer sees)
      --to <time>          end of the period; the last window ends here (default: the latest)
      --status <s,...>     only these statuses (rising, fading, steady, new, gone)
      --momentum <m>       rate (default: a test on each account's events) or rank (rank levels)
      --threshold <x>      |momentum| for rising/fading (default 1 for rate: share doubled;
                           2 for rank: top share quartered)
  -n, --top <k|all>        rows to print (default ${DEFAULT_TOP})
  -f, --format <fmt>       table (default), csv or json
      --directed / --undirected, --meta <file.json>, --no-meta: as in rank
${VIEW_HELP}
  -h, --help               show this help

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score trend bench/data/pgp-strong-2009.csv.gz --window 1y --step 26w --status rising
`;
}

/** The `trend` command. */
export const trendCommand: Command = {
  name: 'trend',
  summary: 'score on sliding time windows and list who is rising or fading',
  help,
  async run(args, io) {
    const opened = openFileCommand('trend', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view } = opened;
    if (values.window === undefined || values.step === undefined) throw new UsageError('trend needs --window and --step, e.g. --window 30d --step 7d');
    const window = parseDuration('window', values.window);
    const step = parseDuration('step', values.step);
    const name = resolveScorerName(values.scorer ?? DEFAULT_SCORER);
    const wanted = values.status?.split(',').map((s) => s.trim()) as TrendStatus[] | undefined;
    const bad = wanted?.find((s) => !STATUSES.includes(s));
    if (bad !== undefined) throw new UsageError(`--status takes ${STATUSES.join(', ')}; got ${JSON.stringify(bad)}`);
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(threshold > 0 && Number.isFinite(threshold))) throw new UsageError(`--threshold must be a positive number, got ${JSON.stringify(values.threshold)}`);
    const momentumWay = values.momentum ?? 'rate';
    if (momentumWay !== 'rate' && momentumWay !== 'rank') throw new UsageError(`--momentum takes rate or rank; got ${JSON.stringify(values.momentum)}`);
    const top = parseTop(values.top, DEFAULT_TOP);
    const input = await loadInput(file, { directed, meta, view });
    const scorer = createNamedScorer(name, parseParams(values.param), input.view);
    const result = trend(input.graph, scorer, {
      window,
      step,
      ...(values.from !== undefined ? { from: parseTime('from', values.from) } : {}),
      ...(values.to !== undefined ? { to: parseTime('to', values.to) } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      momentum: momentumWay,
      ...(input.view ? { view: input.view } : {}),
    });
    const { momentum, status, windows } = result;
    const levels = momentum.meta.extra?.levels as Float64Array[];
    const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
    reportNotes(io, input.notes);
    const counts = STATUSES.map((s) => `${status.filter((x) => x === s).length} ${s}`).join(', ');
    io.stderr(`${scorer.label} on ${file}: ${windows.length} windows of ${values.window} every ${values.step}, ${day(windows[0].from)} to ${day(windows.at(-1)!.to)}; ${counts}\n`);
    reportWarnings(io, momentum.meta.warnings);
    const order = [...momentum.keys.keys()].filter((i) => !wanted || wanted.includes(status[i])).sort((a, b) => momentum.values[b] - momentum.values[a] || a - b);
    const shown = Number.isFinite(top) ? order.slice(0, top) : order;
    // "top share" = 2^−level: the share of accounts ranked at or above the account in that window.
    // With rate momentum, the account's events over the period back its status.
    const events = momentum.meta.extra?.events as Float64Array | undefined;
    const rows: Cell[][] = shown.map((i, r) => [r + 1, momentum.keys[i], momentum.values[i], status[i], 2 ** -levels[0][i], 2 ** -levels[levels.length - 1][i], ...(events ? [events[i]] : [])]);
    const columns = ['rank', 'node', 'momentum', 'status', 'top_share_first', 'top_share_last', ...(events ? ['events'] : [])];
    const info = { scorer: { id: scorer.id, params: scorer.params }, windows: windows.map((w) => ({ from: day(w.from), to: day(w.to) })), params: momentum.meta.params, warnings: momentum.meta.warnings };
    io.stdout(formatRecords({ columns, rows }, format, info));
    return EXIT.ok;
  },
};
