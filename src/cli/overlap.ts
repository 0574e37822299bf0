/**
 * `influence-score overlap <file> --accounts a,b,c`: how much the accounts' audiences overlap, pair by
 * pair, and how many distinct people they reach together.
 */
import { audienceOverlap, uniqueReach } from '../index.js';
import { AUDIENCE_HELP, AUDIENCE_OPTIONS, audienceFlag, idList } from './audience-flags.js';
import { type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand } from './command.js';
import { formatRecords } from './format-records.js';
import { loadInput } from './input.js';
import { choiceOption } from './numbers.js';
import { VIEW_HELP } from './view-flags.js';
import { reportWarnings } from './warnings.js';
import { distinctWarnings } from '../core/warnings.js';

const OPTIONS = {
  accounts: { type: 'string', short: 'a' },
  method: { type: 'string' },
  ...AUDIENCE_OPTIONS,
  ...FILE_COMMAND_OPTIONS,
} as const;

function help(): string {
  return `Usage: influence-score overlap <file> --accounts <a,b,...> [options]

For every pair of accounts: the people both reach (shared), the overlap coefficient (shared / the
smaller audience: 0.4 means 40% of the smaller audience is paid for twice), Jaccard, and each side's
unique share. Then the distinct people all of them reach together.

Options:
  -a, --accounts <a,b,...>     two or more account ids (required)
${AUDIENCE_HELP}
      --method <m>             exact, sketch (bottom-k estimates with a standard error) or auto
                               (default: exact unless that would read over 2·10⁸ audience entries)
  -f, --format <fmt>           table (default), csv or json
      --directed / --undirected, --meta <file.json>, --no-meta: as in rank
${VIEW_HELP}
  -h, --help                   show this help

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score overlap data/brand-world.ndjson.gz --accounts acme,u1,u2
`;
}

const COLUMNS = ['a', 'b', 'size_a', 'size_b', 'shared', 'overlap', 'jaccard', 'unique_a', 'unique_b'];

/** The `overlap` command. */
export const overlapCommand: Command = {
  name: 'overlap',
  summary: "compare accounts' audiences: shared people, overlap coefficient, unique reach",
  help,
  async run(args, io) {
    const opened = openFileCommand('overlap', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view } = opened;
    const accounts = idList('accounts', values.accounts, 2);
    const audience = audienceFlag(values.audience);
    const method = choiceOption('method', values.method ?? 'auto', ['auto', 'exact', 'sketch'] as const);
    const input = await loadInput(file, { directed, meta, view });
    const options = { audience, ...(input.view ? { view: input.view } : {}) };
    const overlap = audienceOverlap(input.graph, accounts, { ...options, method });
    const reach = uniqueReach(input.graph, accounts, options);
    for (const note of input.notes) io.stderr(`note: ${note}\n`);
    io.stderr(`Audience overlap (${audience}, ${overlap.method}) on ${file}: together ${accounts.length} accounts reach ${reach.reach} distinct people of ${reach.total} in their audiences (${Math.round(100 * reach.efficiency)}% unique)\n`);
    reportWarnings(io, distinctWarnings([...overlap.warnings, ...reach.warnings]));
    const rows = overlap.pairs.map((p) => [p.a, p.b, p.sizeA, p.sizeB, p.shared, p.overlap, p.jaccard, p.uniqueA, p.uniqueB]);
    const info = { audience, method: overlap.method, reach: { distinct: reach.reach, total: reach.total, accounts: reach.accounts }, warnings: overlap.warnings };
    io.stdout(formatRecords({ columns: COLUMNS, rows }, format, info));
    return EXIT.ok;
  },
};
