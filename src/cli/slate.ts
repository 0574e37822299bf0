/**
 * `influence-score slate <file> --candidates a,b,c -k 5`: the accounts whose audiences together reach
 * the most distinct people (greedy maximum coverage), optionally within a budget.
 */
import { pickSlate, type PickSlateOptions } from '../index.js';
import { AUDIENCE_HELP, AUDIENCE_OPTIONS, audienceFlag, idList } from './audience-flags.js';
import { type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, UsageError } from './command.js';
import { formatRecords } from './format-records.js';
import { loadInput } from './input.js';
import { VIEW_HELP } from './view-flags.js';
import { reportWarnings } from './warnings.js';

const OPTIONS = {
  candidates: { type: 'string', short: 'c' },
  k: { type: 'string', short: 'k' },
  budget: { type: 'string' },
  costs: { type: 'string' },
  ...AUDIENCE_OPTIONS,
  ...FILE_COMMAND_OPTIONS,
} as const;

function help(): string {
  return `Usage: influence-score slate <file> --candidates <a,b,...> (-k <n> | --budget <b>) [options]

Picks, among the candidates, the slate whose audiences together reach the most distinct people:
each pick adds the most people not yet reached (at least 63% of the best possible slate; with
costs and a budget, at least 32% of the best affordable one). Prints each pick with the people it
adds and the running total.

Options:
  -c, --candidates <a,b,...>   candidate account ids (required)
  -k, --k <n>                  how many accounts to pick
      --budget <b>             the most the slate may cost (with --costs)
      --costs <a=3,b=1.5,...>  cost per candidate (unlisted cost 1); needs --budget
${AUDIENCE_HELP}
  -f, --format <fmt>           table (default), csv or json
      --directed / --undirected, --meta <file.json>, --no-meta: as in rank
${VIEW_HELP}
  -h, --help                   show this help

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score slate data/brand-world.ndjson.gz --candidates u1,u2,u3,u4,u5 -k 2
`;
}

function positive(flag: string, value: string, integer: boolean): number {
  const x = Number(value);
  if (!(x > 0 && Number.isFinite(x)) || (integer && !Number.isInteger(x))) throw new UsageError(`--${flag} must be a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(value)}`);
  return x;
}

function parseCosts(value: string): Map<string, number> {
  const costs = new Map<string, number>();
  for (const pair of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--costs takes id=cost pairs, got ${JSON.stringify(pair)}`);
    costs.set(pair.slice(0, at), positive('costs', pair.slice(at + 1), false));
  }
  return costs;
}

/** The `slate` command. */
export const slateCommand: Command = {
  name: 'slate',
  summary: 'pick the accounts that together reach the most distinct people',
  help,
  async run(args, io) {
    const opened = openFileCommand('slate', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view } = opened;
    const candidates = idList('candidates', values.candidates, 1);
    if (values.k === undefined && values.budget === undefined) throw new UsageError('slate needs -k <n>, --budget <b>, or both');
    if (values.costs !== undefined && values.budget === undefined) throw new UsageError('--costs goes with --budget');
    const options: PickSlateOptions = {
      audience: audienceFlag(values.audience),
      ...(values.k !== undefined ? { k: positive('k', values.k, true) } : {}),
      ...(values.budget !== undefined ? { budget: positive('budget', values.budget, false) } : {}),
      ...(values.costs !== undefined ? { cost: parseCosts(values.costs) } : {}),
    };
    const input = await loadInput(file, { directed, meta, view });
    const slate = pickSlate(input.graph, candidates, { ...options, ...(input.view ? { view: input.view } : {}) });
    for (const note of input.notes) io.stderr(`note: ${note}\n`);
    io.stderr(`Slate (${options.audience}) on ${file}: ${slate.picks.length} of ${candidates.length} candidates reach ${slate.reach} distinct people; guaranteed ≥ ${Math.round(100 * slate.guarantee)}% of the best slate\n`);
    reportWarnings(io, slate.warnings);
    const rows = slate.picks.map((p, i) => [i + 1, p.key, p.marginal, p.reach, p.cost]);
    const info = { audience: options.audience, reach: slate.reach, cost: slate.cost, guarantee: slate.guarantee, rule: slate.rule, warnings: slate.warnings };
    io.stdout(formatRecords({ columns: ['pick', 'node', 'adds', 'reach', 'cost'], rows }, format, info));
    return EXIT.ok;
  },
};
