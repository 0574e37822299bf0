/**
 * `influence-score advocates <file> --brand X`: who speaks for and against a brand, weighted by reach
 * (the `advocacy` preset), with the brand's own people apart as ambassadors under `--affiliation`.
 */
import { terminalText } from '../core/output-safety.js';
import { advocacy, type AdvocacyExtra, type AdvocateEntry, type AdvocacyOptions, InfluenceScoreError } from '../index.js';
import { type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, parseTop, UsageError } from './command.js';
import { type Cell, csvOf, objectsOf, type RecordTable, tableOf } from './format-records.js';
import { loadWithProgress } from './input.js';
import { reportNotes, reportWarnings } from './warnings.js';
import { parseDuration, VIEW_HELP } from './view-flags.js';
import { DATA_HELP } from './data-flags.js';
import { PROGRESS_HELP } from './progress.js';
import { integerOption } from './numbers.js';

const OPTIONS = {
  brand: { type: 'string', short: 'b' },
  'brand-topics': { type: 'string' },
  affiliation: { type: 'boolean' },
  'affiliated-with': { type: 'string' },
  'evidence-half-life': { type: 'string' },
  'min-evidence': { type: 'string' },
  top: { type: 'string', short: 'n' },
  ...FILE_COMMAND_OPTIONS,
} as const;

const DEFAULT_TOP = 20;

function help(): string {
  return `Usage: influence-score advocates <file> --brand <id> [options]

Lists who speaks for (advocates) and against (detractors) a brand: evidence from posts mentioning or
tagged with the brand and interactions with its account, with their sentiment, smoothed toward
neutral (one mention is weak evidence) and weighted by reach (PageRank percentile).
<file>: .ndjson/.jsonl records (posts with topics, sentiment, mentions; accounts with affiliation),
        or a .csv edge list with type, time, topics and sentiment columns; any may be .gz.

Options:
  -b, --brand <id>             the brand's account id (required unless --brand-topics is given)
      --brand-topics <a,b>     also count posts and interactions tagged with these topics
      --affiliation            list the brand's own people (accounts whose affiliation is the
                               brand id) apart, as ambassadors
      --affiliated-with <name> the affiliation value of the brand's people, if not the brand id
      --evidence-half-life <d> weigh evidence by age, halving every <d> (30d, 2w)
      --min-evidence <k>       label only accounts with at least k pieces of evidence (default 2;
                               the evidence column shows each account's count)
  -n, --top <k|all>            rows per list (default ${DEFAULT_TOP})
  -f, --format <fmt>           table (default), csv or json
      --directed / --undirected, --meta <file.json>, --no-meta: as in rank
${DATA_HELP}
${PROGRESS_HELP}
${VIEW_HELP}
  -h, --help                   show this help

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score advocates data/brand-world.ndjson --brand acme --brand-topics acme --affiliation
`;
}

const COLUMNS = ['group', 'rank', 'node', 'score', 'stance', 'smoothed', 'evidence', 'reach'];

function rowsOf(group: string, list: readonly AdvocateEntry[], top: number): Cell[][] {
  return list.slice(0, Number.isFinite(top) ? top : undefined).map((r) => [group, r.rank, r.key, r.value, r.stance, r.smoothed, r.evidence, r.reach]);
}

/** The `advocates` command. */
export const advocatesCommand: Command = {
  name: 'advocates',
  summary: "list a brand's advocates, detractors and (with --affiliation) ambassadors",
  help,
  async run(args, io) {
    const opened = openFileCommand('advocates', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view } = opened;
    const topics = values['brand-topics']?.split(',').map((t) => t.trim()).filter(Boolean);
    if (values.brand === undefined && !topics?.length) throw new UsageError('advocates needs --brand <id> (or --brand-topics a,b)');
    if (values['affiliated-with'] !== undefined && !values.affiliation) throw new UsageError('--affiliated-with goes with --affiliation');
    const top = parseTop(values.top, DEFAULT_TOP);
    const minEvidence = integerOption('min-evidence', values['min-evidence']);
    const options: AdvocacyOptions = {
      brand: topics?.length ? { ...(values.brand !== undefined ? { id: values.brand } : {}), topics } : values.brand!,
      ...(values.affiliation ? { affiliation: values['affiliated-with'] ?? true } : {}),
      ...(values['evidence-half-life'] !== undefined ? { halfLife: parseDuration('evidence-half-life', values['evidence-half-life']) } : {}),
      ...(minEvidence !== undefined ? { minEvidence } : {}),
    };
    const { input, progress } = await loadWithProgress(io, file, { directed, meta, view, data: opened.data }, opened.progress);
    let scorer;
    try {
      scorer = advocacy({ ...options, ...(input.view ? { view: input.view } : {}) });
    } catch (error) {
      if (error instanceof InfluenceScoreError && error.code === 'INVALID_OPTION') throw new UsageError(error.message);
      throw error;
    }
    progress.phase(`scoring ${scorer.label}`);
    let vector;
    try {
      vector = scorer.score(input.graph, progress.run);
    } finally {
      progress.done();
    }
    const extra = vector.meta.extra as AdvocacyExtra;
    reportNotes(io, input.notes);
    io.stderr(
      `Advocacy for ${terminalText(extra.brand.id ?? extra.brand.topics.join(' | '))} on ${terminalText(file)}: ${extra.totals.evidence} pieces of evidence from ${extra.totals.voices} accounts; ${extra.totals.advocates} advocates, ${extra.totals.detractors} detractors\n`,
    );
    reportWarnings(io, vector.meta.warnings);
    const groups: [string, RecordTable][] = [
      ['advocates', { columns: COLUMNS, rows: rowsOf('advocate', extra.advocates, top) }],
      ['detractors', { columns: COLUMNS, rows: rowsOf('detractor', extra.detractors, top) }],
      ...(extra.ambassadors ? [['ambassadors', { columns: COLUMNS, rows: rowsOf('ambassador', extra.ambassadors, top) }] as [string, RecordTable]] : []),
    ];
    if (format === 'json') {
      const info = { brand: extra.brand, params: vector.meta.params, totals: extra.totals, warnings: vector.meta.warnings };
      io.stdout(`${JSON.stringify({ ...info, ...Object.fromEntries(groups.map(([name, t]) => [name, objectsOf(t)])) }, null, 2)}\n`);
    } else if (format === 'csv') {
      io.stdout(csvOf({ columns: COLUMNS, rows: groups.flatMap(([, t]) => t.rows) }));
    } else {
      io.stdout(groups.map(([name, t]) => `${name[0].toUpperCase()}${name.slice(1)}\n${t.rows.length ? tableOf(t) : '(none)\n'}`).join('\n'));
    }
    return EXIT.ok;
  },
};
