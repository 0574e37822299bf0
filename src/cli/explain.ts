/**
 * `influence-score explain <file> --account ada [--scorer pagerank]`: where an account's score comes
 * from: the in-neighbours whose rank flows to it (PageRank, TrustRank), the edges counted (degree), or
 * the parts of a composite (influence).
 */
import { explainScore, formatExplanation } from '../index.js';
import { type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, parseTop, UsageError } from './command.js';
import { formatRecords } from './format-records.js';
import { loadInput } from './input.js';
import { PARAM_HELP, PARAM_OPTIONS, parseParams } from './scorer-flags.js';
import { createNamedScorer, DEFAULT_SCORER, resolveScorerName } from './scorers.js';
import { VIEW_HELP } from './view-flags.js';
import { reportWarnings } from './warnings.js';

const OPTIONS = {
  account: { type: 'string', short: 'a' },
  scorer: { type: 'string', short: 's' },
  top: { type: 'string', short: 'n' },
  ...PARAM_OPTIONS,
  ...FILE_COMMAND_OPTIONS,
} as const;

function help(): string {
  return `Usage: influence-score explain <file> --account <id> [options]

Says where an account's score comes from, exactly: for PageRank and TrustRank, the rank each
in-neighbour passes to it (α·x_u·w_uv / out(u)) plus the teleport share, summing to the score; for
degree, the edges counted; for a composite (influence), each part's contribution.

Options:
  -a, --account <id>           the account to explain (required)
  -s, --scorer <name>          pagerank (default), trust-rank, degree, or influence
  -n, --top <k|all>            sources to list by name (default 10)
${PARAM_HELP}
  -f, --format <fmt>           table (default), csv or json
      --directed / --undirected, --meta <file.json>, --no-meta: as in rank
${VIEW_HELP}
  -h, --help                   show this help

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score explain data/karate.csv --account 33
`;
}

/** The `explain` command. */
export const explainCommand: Command = {
  name: 'explain',
  summary: "say where an account's score comes from (in-flows, edges, or parts)",
  help,
  async run(args, io) {
    const opened = openFileCommand('explain', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view } = opened;
    if (values.account === undefined || values.account === '') throw new UsageError('explain needs --account <id>');
    const top = parseTop(values.top, 10);
    const name = resolveScorerName(values.scorer ?? DEFAULT_SCORER);
    const input = await loadInput(file, { directed, meta, view });
    const scorer = createNamedScorer(name, parseParams(values.param), input.view);
    const e = explainScore(input.graph, scorer, values.account, { top: Number.isFinite(top) ? top : Number.MAX_SAFE_INTEGER });
    for (const note of input.notes) io.stderr(`note: ${note}\n`);
    io.stderr(`${formatExplanation(e)}\n`);
    reportWarnings(io, e.warnings);
    const rows: (string | number)[][] = e.sources.map((s) => [s.key, s.value, s.share]);
    if (e.others.count > 0) rows.push([`(${e.others.count} others)`, e.others.value, e.score !== 0 ? e.others.value / e.score : 0]);
    if (e.kind === 'walk') rows.push(['(teleport)', e.teleport, e.score !== 0 ? e.teleport / e.score : 0]);
    const info = { account: e.node, scorer: e.scorer, kind: e.kind, score: e.score, residual: e.residual, ...(e.composite ? { composite: e.composite } : {}) };
    io.stdout(formatRecords({ columns: ['source', 'value', 'share'], rows }, format, info));
    return EXIT.ok;
  },
};
